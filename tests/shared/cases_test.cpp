// Customer requests and reports (rule M6) and call-backs (rule M5) in shared/: the categories are
// the seed's "十个不准" as it names them (section 四(二)), the status machine, field-precise
// validation, and which call-back answers contradict the record.
#include <gtest/gtest.h>

#include <set>

#include "gp/cases.h"

namespace {

gp::CaseSubmission good() {
  gp::CaseSubmission s;
  s.kind = "complaint";
  s.category = "extra_documents";
  s.text = "客户经理要求额外提供房屋平面图";
  s.contact_phone = "13800138000";
  return s;
}

std::string field_of(const gp::Status& s) { return s ? s->field : "<ok>"; }

}  // namespace

TEST(Cases, M6_ProhibitionsAreTheSevenTheSeedNames) {
  // Seed 四(二): 增收办电资料、增加客户办电成本、超出办电时限、提高办电门槛、私设审批环节、吃拿卡要、推诿拖延等行为.
  const std::vector<std::string> seed = {"增收办电资料", "增加客户办电成本", "超出办电时限", "提高办电门槛", "私设审批环节", "吃拿卡要", "推诿拖延"};
  std::vector<std::string> named;
  for (const auto& c : gp::case_categories())
    if (c.prohibition && std::string(c.code) != "other_prohibited") named.push_back(c.zh);
  EXPECT_EQ(named, seed);
  EXPECT_TRUE(gp::is_prohibition("other_prohibited"));  // "等": the ones the seed does not name
  EXPECT_FALSE(gp::is_prohibition("service_attitude"));
  EXPECT_FALSE(gp::is_prohibition("nonsense"));
  std::set<std::string> codes;
  for (const auto& c : gp::case_categories()) EXPECT_TRUE(codes.insert(c.code).second) << c.code;
}

TEST(Cases, M6_KindsDepartmentsAndDesks) {
  EXPECT_STREQ(gp::named(gp::CaseKind::report).zh, "举报");
  EXPECT_STREQ(gp::named(gp::CaseKind::complaint).zh, "投诉");
  EXPECT_STREQ(gp::named(gp::CaseKind::opinion).zh, "意见");
  EXPECT_STREQ(gp::named(gp::CaseKind::suggestion).zh, "建议");
  // rule C2's departments, as the seed names them.
  std::vector<std::string> deps;
  for (auto d : gp::all_departments()) deps.push_back(gp::named(d).zh);
  EXPECT_EQ(deps, (std::vector<std::string>{"营销部", "设备部", "调控中心", "物资部", "发展部"}));
  EXPECT_EQ(gp::parse_department("dispatch_control"), gp::Department::dispatch_control);
  EXPECT_FALSE(gp::parse_department("finance"));
  // Reports go to the discipline inspection department, not the command center.
  EXPECT_EQ(gp::case_desk(gp::CaseKind::report), gp::Role::discipline_inspector);
  EXPECT_EQ(gp::case_desk(gp::CaseKind::complaint), gp::Role::command_center);
  EXPECT_EQ(gp::parse_role("discipline_inspector"), gp::Role::discipline_inspector);
  EXPECT_TRUE(gp::is_staff(gp::Role::discipline_inspector));
}

TEST(Cases, M6_StatusMachine) {
  using S = gp::CaseStatus;
  using St = gp::CaseStep;
  EXPECT_FALSE(gp::check_case_step(S::received, St::assign, false));
  EXPECT_FALSE(gp::check_case_step(S::assigned, St::assign, false));  // re-assignment
  EXPECT_EQ(gp::check_case_step(S::answered, St::assign, false)->code, "not_allowed_now");
  EXPECT_TRUE(gp::check_case_step(S::received, St::answer, false));
  EXPECT_FALSE(gp::check_case_step(S::assigned, St::answer, false));
  EXPECT_TRUE(gp::check_case_step(S::assigned, St::close, false));
  EXPECT_FALSE(gp::check_case_step(S::answered, St::close, false));
  EXPECT_TRUE(gp::check_case_step(S::answered, St::rate, false));
  EXPECT_FALSE(gp::check_case_step(S::closed, St::rate, false));
  EXPECT_TRUE(gp::check_case_step(S::closed, St::rate, true));  // once
  EXPECT_EQ(gp::status_after(S::received, St::assign), S::assigned);
  EXPECT_EQ(gp::status_after(S::answered, St::close), S::closed);
}

TEST(Cases, M6_SubmissionErrorsNameTheField) {
  EXPECT_FALSE(gp::validate_case_submission(good()));
  auto with = [](auto change) {
    gp::CaseSubmission s = good();
    change(s);
    return field_of(gp::validate_case_submission(s));
  };
  EXPECT_EQ(with([](auto& s) { s.kind = "praise"; }), "kind");
  EXPECT_EQ(with([](auto& s) { s.category = "x"; }), "category");
  EXPECT_EQ(with([](auto& s) { s.kind = "suggestion"; }), "category");  // a prohibition: complaints and reports only
  EXPECT_EQ(with([](auto& s) { s.text = "太短"; }), "text");
  EXPECT_EQ(with([](auto& s) { s.text = std::string(gp::kCaseTextMax + 1, 'x'); }), "text");
  EXPECT_EQ(with([](auto& s) { s.anonymous = true; }), "anonymous");  // a complaint is never anonymous
  EXPECT_EQ(with([](auto& s) { s.contact_phone = "123"; }), "contact_phone");
  EXPECT_EQ(with([](auto& s) { s.contact_phone = ""; }), "contact_phone");  // no account: a phone to follow it
  EXPECT_EQ(with([](auto& s) { s.contact_phone = ""; s.has_account = true; }), "<ok>");
  EXPECT_EQ(with([](auto& s) { s.contact_name = std::string(41, 'x'); }), "contact_name");
  EXPECT_EQ(with([](auto& s) { s.application_number = std::string(41, '1'); }), "application_number");
  // An anonymous report: no phone needed, no name allowed.
  EXPECT_EQ(with([](auto& s) { s.kind = "report"; s.anonymous = true; s.contact_phone = ""; }), "<ok>");
  EXPECT_EQ(with([](auto& s) { s.kind = "report"; s.anonymous = true; s.contact_name = "张三"; }), "contact_name");
}

TEST(Cases, M6_FoundedProhibitionIsTracedToDepartmentTeamAndPerson) {
  gp::CaseClosing c;
  c.founded = true;
  EXPECT_EQ(field_of(gp::validate_case_closing(c, "bribery")), "responsible_department");
  c.department = "marketing";
  EXPECT_EQ(field_of(gp::validate_case_closing(c, "bribery")), "responsible_team");
  c.team = "城关供电所";
  EXPECT_EQ(field_of(gp::validate_case_closing(c, "bribery")), "responsible_person");
  c.has_person = true;
  EXPECT_EQ(field_of(gp::validate_case_closing(c, "bribery")), "<ok>");
  gp::CaseClosing general;
  general.founded = true;
  EXPECT_EQ(field_of(gp::validate_case_closing(general, "service_attitude")), "<ok>");
  general.department = "finance";
  EXPECT_EQ(field_of(gp::validate_case_closing(general, "service_attitude")), "responsible_department");
}

TEST(Callbacks, M5_AnswersValidated) {
  gp::CallbackAnswers a;
  EXPECT_EQ(field_of(gp::validate_callback(a)), "<ok>");  // not reached
  a.extra_document = true;
  EXPECT_EQ(field_of(gp::validate_callback(a)), "reached");
  a.reached = true;
  EXPECT_EQ(field_of(gp::validate_callback(a)), "satisfied");
  a.satisfied = false;
  EXPECT_EQ(field_of(gp::validate_callback(a)), "<ok>");
  a.other = std::string(1001, 'x');
  EXPECT_EQ(field_of(gp::validate_callback(a)), "other");
}

TEST(Callbacks, M5_MismatchesWithTheRecordMapToTheProhibitions) {
  gp::CallbackAnswers a;
  a.reached = true;
  a.satisfied = false;
  a.extra_document = a.visited_more_than_once = a.asked_to_pay = a.exceeded_time = true;
  gp::CallbackRecord rec;  // no fee, on time
  const auto m = gp::callback_mismatches(a, rec);
  ASSERT_EQ(m.size(), 4u);
  EXPECT_EQ(m[0].category, "extra_documents");   // D1: only the two documents
  EXPECT_EQ(m[1].category, "shirking_delay");    // G1: zero visits
  EXPECT_EQ(m[2].category, "extra_cost");        // F1: no fee
  EXPECT_EQ(m[3].category, "exceeded_limit");    // the record says the limit was kept
  for (const auto& x : m) EXPECT_TRUE(gp::is_prohibition(x.category)) << x.category;
  // What the record already shows is no contradiction: the dual-power fee (F1), a late record.
  rec.fee_recorded = true;
  rec.on_time = false;
  EXPECT_EQ(gp::callback_mismatches(a, rec).size(), 2u);
  // Not reached: nothing said, nothing compared.
  a.reached = false;
  EXPECT_TRUE(gp::callback_mismatches(a, rec).empty());
}
