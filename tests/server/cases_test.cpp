// Customer requests and reports over HTTP (rule M6): complaints, opinions and suggestions go to the
// command center, which assigns them to a department and person with the company's handling limit
// (warned and escalated once per level); the assignee answers; the command center closes; the
// customer follows the case (logged in, or by number + phone) and rates it. Reports (举报) go to
// the discipline inspector only: their text and reporter appear in no other answer.
#include <gtest/gtest.h>

#include "api_client.h"
#include "gp/cases.h"
#include "ops_helpers.h"

using gp::ops::json;
using gp::ops::Lab;
using gp::ops::Party;
using gp::ops::show;

namespace {

json lv_app(const Party& cm) {
  return {{"business", "new_connection"}, {"customer_type", "lv_residential"}, {"address", "邾县城关镇解放路12号"}, {"preferred_manager", cm.id}};
}

bool contains(const gp::ops::Reply& r, const std::string& needle) { return r.raw.find(needle) != std::string::npos; }

std::int64_t db_count(Lab& lab, const std::string& sql) { return gp::apitest::db_int(lab.data_dir() / "getpower.db", sql); }

}  // namespace

TEST(Cases, M6_ComplaintAssignedAnsweredClosedTracedAndRated) {
  Lab lab;
  Party cc = lab.staff("command_center", "cc.case", "指挥中心值班");
  Party cm = lab.staff("customer_manager", "cm.case", "赵晓燕");
  Party cust = lab.customer("王女士");
  lab.set_now("2026-12-07T09:00:00+08:00");
  const std::string app = lab.create_app(cust, lv_app(cm)).at("number");

  // A complaint of one of the ten prohibitions (the seed's 增收办电资料), tied to the customer's own application.
  auto r = gp::ops::post(lab, &cust, "/api/v1/cases",
                         {{"kind", "complaint"}, {"category", "extra_documents"}, {"text", "客户经理要求额外提供房屋平面图"}, {"application_number", app}});
  ASSERT_EQ(r.status, 201) << show(r);
  const std::string number = r.body.at("number");
  EXPECT_EQ(r.body.at("status").at("code"), "received");
  EXPECT_EQ(r.body.at("category").at("name_zh"), "增收办电资料");
  EXPECT_EQ(r.body.at("prohibition"), true);
  EXPECT_EQ(r.body.at("application_number"), app);
  EXPECT_EQ(r.body.at("limit_source"), "company_setting");

  // The command center's queue has it; the customer manager has nothing until it is assigned.
  EXPECT_EQ(lab.get_ok(cc, "/api/v1/cases?status=received").at("total"), 1);
  EXPECT_EQ(lab.get_ok(cm, "/api/v1/cases").at("total"), 0);
  EXPECT_EQ(gp::ops::get(lab, &cm, "/api/v1/cases/" + number).status, 404);
  EXPECT_EQ(gp::ops::post(lab, &cm, "/api/v1/cases/" + number + "/assign", {{"department", "marketing"}, {"assignee", cm.id}}).status, 403);
  // Closing before an answer is not possible.
  EXPECT_EQ(gp::ops::post(lab, &cc, "/api/v1/cases/" + number + "/close", {{"founded", false}}).status, 409);

  auto bad = gp::ops::post(lab, &cc, "/api/v1/cases/" + number + "/assign", {{"department", "finance"}, {"assignee", cm.id}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.field(), "department");
  bad = gp::ops::post(lab, &cc, "/api/v1/cases/" + number + "/assign", {{"department", "marketing"}, {"assignee", cust.id}});
  EXPECT_EQ(bad.field(), "assignee");
  json assigned = lab.post_ok(cc, "/api/v1/cases/" + number + "/assign", {{"department", "marketing"}, {"assignee", cm.id}});
  EXPECT_EQ(assigned.at("status").at("code"), "assigned");
  EXPECT_EQ(assigned.at("department").at("name_zh"), "营销部");
  EXPECT_EQ(assigned.at("limit_hours"), 72);  // the company setting's default (shared/data/service-config.json)
  EXPECT_EQ(assigned.at("due_at"), "2026-12-10T09:00:00+08:00");

  // The assignee sees and answers it; nobody else answers.
  EXPECT_EQ(lab.get_ok(cm, "/api/v1/cases").at("total"), 1);
  EXPECT_EQ(gp::ops::post(lab, &cc, "/api/v1/cases/" + number + "/answer", {{"answer", "不是承办人"}}).status, 403);
  lab.post_ok(cm, "/api/v1/cases/" + number + "/answer", {{"answer", "已核实，向客户致歉，撤回额外要求"}});

  // rule M6: founded and of the ten prohibitions: department, team and person are required.
  bad = gp::ops::post(lab, &cc, "/api/v1/cases/" + number + "/close", {{"founded", true}, {"responsible_department", "marketing"}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.field(), "responsible_team");
  bad = gp::ops::post(lab, &cc, "/api/v1/cases/" + number + "/close",
                      {{"founded", true}, {"responsible_department", "marketing"}, {"responsible_team", "城关供电所"}});
  EXPECT_EQ(bad.field(), "responsible_person");
  json closed = lab.post_ok(cc, "/api/v1/cases/" + number + "/close",
                            {{"founded", true}, {"responsible_department", "marketing"}, {"responsible_team", "城关供电所"},
                             {"responsible_person", cm.id}, {"note", "查实"}});
  EXPECT_EQ(closed.at("status").at("code"), "closed");
  EXPECT_EQ(closed.at("responsible").at("person").at("id"), cm.id);

  // The customer sees the outcome and rates it once.
  json mine = lab.get_ok(cust, "/api/v1/cases/" + number);
  EXPECT_EQ(mine.at("answer"), "已核实，向客户致歉，撤回额外要求");
  EXPECT_EQ(mine.at("founded"), true);
  EXPECT_EQ(gp::ops::post(lab, &cust, "/api/v1/cases/" + number + "/rate", {{"score", 6}}).field(), "score");
  lab.post_ok(cust, "/api/v1/cases/" + number + "/rate", {{"score", 4}, {"comment", "处理及时"}});
  EXPECT_EQ(gp::ops::post(lab, &cust, "/api/v1/cases/" + number + "/rate", {{"score", 5}}).status, 409);

  // Counted per month against department, team and person.
  json month = lab.get_ok(cc, "/api/v1/cases/prohibitions?month=2026-12");
  ASSERT_EQ(month.at("rows").size(), 1u);
  EXPECT_EQ(month.at("rows")[0].at("category").at("code"), "extra_documents");
  EXPECT_EQ(month.at("rows")[0].at("team"), "城关供电所");
  EXPECT_EQ(month.at("rows")[0].at("person").at("id"), cm.id);
  EXPECT_EQ(month.at("rows")[0].at("count"), 1);
  EXPECT_EQ(lab.get_ok(cc, "/api/v1/cases/prohibitions?month=2026-11").at("total"), 0);
  EXPECT_EQ(gp::ops::get(lab, &cm, "/api/v1/cases/prohibitions?month=2026-12").status, 403);
  EXPECT_EQ(gp::ops::get(lab, &cc, "/api/v1/cases/prohibitions?month=2026-13").field(), "month");
  // Every step is traced (rule M5).
  EXPECT_EQ(db_count(lab, "SELECT COUNT(*) FROM events WHERE type IN ('case_received','case_assigned','case_answered','case_closed','case_rated')"), 5);
}

TEST(Cases, M6_ReportIsSeenByTheDisciplineInspectorOnly) {
  Lab lab;
  Party admin = lab.admin();
  Party cc = lab.staff("command_center", "cc.rep", "指挥中心值班");
  Party cm = lab.staff("customer_manager", "cm.rep", "钱经理");
  Party di = lab.staff("discipline_inspector", "di.rep", "纪检孙");  // the admin creates the new role
  Party di2 = lab.staff("discipline_inspector", "di.rep2", "纪检周");
  Party reporter = lab.customer("举报人甲");
  Party other = lab.customer("路人乙");
  lab.set_now("2026-12-07T09:00:00+08:00");
  const std::string app = lab.create_app(reporter, lv_app(cm)).at("number");
  const std::string secret = "机密举报内容-钱经理收受红包-7731";

  auto r = gp::ops::post(lab, &reporter, "/api/v1/cases",
                         {{"kind", "report"}, {"category", "bribery"}, {"text", secret}, {"application_number", app}, {"contact_name", "李举报联系人"}});
  ASSERT_EQ(r.status, 201) << show(r);
  const std::string number = r.body.at("number");
  EXPECT_EQ(r.body.at("redacted"), true);  // not even the answer to the reporter carries it back
  EXPECT_FALSE(contains(r, secret));
  // An anonymous public report, with no account and no phone.
  auto anon = gp::ops::post(lab, nullptr, "/api/v1/cases", {{"kind", "report"}, {"category", "extra_cost"}, {"text", secret + "-匿名"}, {"anonymous", true}});
  ASSERT_EQ(anon.status, 201) << show(anon);
  const std::string anon_number = anon.body.at("number");
  EXPECT_FALSE(contains(anon, secret));

  // Every answer anyone but the inspector gets is searched for the text and the reporter's identity.
  std::vector<gp::ops::Reply> seen;
  for (Party* p : {&cc, &admin, &cm, &other, &reporter}) {
    seen.push_back(gp::ops::get(lab, p, "/api/v1/cases"));
    seen.push_back(gp::ops::get(lab, p, "/api/v1/cases?kind=report"));
    seen.push_back(gp::ops::get(lab, p, "/api/v1/cases/" + anon_number));
    seen.push_back(gp::ops::get(lab, p, "/api/v1/notifications"));
    seen.push_back(gp::ops::get(lab, p, "/api/v1/applications/" + app));
    seen.push_back(gp::ops::get(lab, p, "/api/v1/applications"));
  }
  for (Party* p : {&cc, &admin, &cm, &other}) {
    auto one = gp::ops::get(lab, p, "/api/v1/cases/" + number);
    EXPECT_EQ(one.status, 404) << p->login;  // a report is not there for them
    seen.push_back(one);
    // The desks that assign (command center, admin) find no such case; others may not assign at all.
    EXPECT_EQ(gp::ops::post(lab, p, "/api/v1/cases/" + number + "/assign", {{"department", "marketing"}, {"assignee", di.id}}).status,
              p == &cc || p == &admin ? 404 : 403);
  }
  for (Party* p : {&cc, &admin}) {
    seen.push_back(gp::ops::get(lab, p, "/api/v1/board"));
    seen.push_back(gp::ops::get(lab, p, "/api/v1/indicators?from=2026-12-01&to=2026-12-31"));
    seen.push_back(gp::ops::get(lab, p, "/api/v1/indicators.csv?from=2026-12-01&to=2026-12-31"));
    seen.push_back(gp::ops::get(lab, p, "/api/v1/cases/prohibitions?month=2026-12"));
    seen.push_back(gp::ops::get(lab, p, "/api/v1/admin/users"));
  }
  seen.push_back(gp::ops::post(lab, nullptr, "/api/v1/track", {{"number", app}, {"phone", reporter.phone}}));
  seen.push_back(gp::ops::post(lab, nullptr, "/api/v1/cases/lookup", {{"number", number}, {"phone", reporter.phone}}));
  EXPECT_EQ(seen.back().status, 200) << show(seen.back());  // the reporter follows it by number + phone ...
  EXPECT_EQ(seen.back().body.at("redacted"), true);         // ... without its text
  json own = lab.get_ok(reporter, "/api/v1/cases");
  ASSERT_EQ(own.at("total"), 1);
  EXPECT_TRUE(own.at("items")[0].at("text").is_null());
  EXPECT_TRUE(own.at("items")[0].at("contact").is_null());
  EXPECT_EQ(lab.get_ok(cc, "/api/v1/cases").at("total"), 0);  // never in the command center's queue
  for (const auto& s : seen) {
    EXPECT_FALSE(contains(s, secret)) << show(s);
    EXPECT_FALSE(contains(s, "李举报联系人")) << show(s);
  }
  // Nor in the event history or the notices (any reader of them).
  EXPECT_EQ(db_count(lab, "SELECT COUNT(*) FROM events WHERE data LIKE '%7731%' OR data LIKE '%李举报联系人%'"), 0);
  EXPECT_EQ(db_count(lab, "SELECT COUNT(*) FROM notifications WHERE title_zh LIKE '%7731%' OR body_zh LIKE '%7731%'"), 0);
  EXPECT_EQ(db_count(lab, "SELECT COUNT(*) FROM events WHERE type = 'case_received' AND actor_id IS NOT NULL"), 0);

  // The inspector sees both in full, handles, and closes with the person responsible.
  json desk = lab.get_ok(di, "/api/v1/cases");
  ASSERT_EQ(desk.at("total"), 2);
  json full = lab.get_ok(di, "/api/v1/cases/" + number);
  EXPECT_EQ(full.at("text"), secret);
  EXPECT_EQ(full.at("contact").at("name"), "李举报联系人");
  EXPECT_EQ(full.at("contact").at("phone"), reporter.phone);
  EXPECT_EQ(lab.get_ok(di, "/api/v1/cases/" + anon_number).at("anonymous"), true);
  // A report goes to an inspector, never to other staff.
  EXPECT_EQ(gp::ops::post(lab, &di, "/api/v1/cases/" + number + "/assign", {{"department", "marketing"}, {"assignee", cm.id}}).field(), "assignee");
  lab.post_ok(di, "/api/v1/cases/" + number + "/assign", {{"department", "marketing"}, {"assignee", di2.id}});
  lab.post_ok(di2, "/api/v1/cases/" + number + "/answer", {{"answer", "已立案调查"}});
  lab.post_ok(di, "/api/v1/cases/" + number + "/close",
              {{"founded", true}, {"responsible_department", "marketing"}, {"responsible_team", "城关供电所"}, {"responsible_person", cm.id}});
  // Counted for the command center without its text.
  auto counts = gp::ops::get(lab, &cc, "/api/v1/cases/prohibitions?month=2026-12");
  EXPECT_EQ(counts.body.at("total"), 1);
  EXPECT_FALSE(contains(counts, secret));
  auto outcome = gp::ops::post(lab, nullptr, "/api/v1/cases/lookup", {{"number", number}, {"phone", reporter.phone}});
  EXPECT_EQ(outcome.body.at("status").at("code"), "closed");
  EXPECT_FALSE(contains(outcome, secret));
  // The inspector does not work the command center's queue.
  auto c = gp::ops::post(lab, &reporter, "/api/v1/cases", {{"kind", "opinion"}, {"category", "channels"}, {"text", "希望增加夜间服务"}});
  EXPECT_EQ(gp::ops::get(lab, &di, "/api/v1/cases/" + c.body.at("number").get<std::string>()).status, 404);
}

TEST(Cases, M6_PublicSubmissionFollowedByNumberAndPhone) {
  Lab lab;
  Party cc = lab.staff("command_center", "cc.pub", "指挥中心值班");
  lab.set_now("2026-12-07T09:00:00+08:00");
  const std::string phone = lab.fresh_phone();
  auto r = gp::ops::post(lab, nullptr, "/api/v1/cases", {{"kind", "suggestion"}, {"category", "channels"}, {"text", "建议营业厅周末延长服务时间"}, {"contact_phone", phone}});
  ASSERT_EQ(r.status, 201) << show(r);
  const std::string number = r.body.at("number");
  EXPECT_EQ(r.body.at("channel"), "online");
  auto wrong = gp::ops::post(lab, nullptr, "/api/v1/cases/lookup", {{"number", number}, {"phone", "13900000000"}});
  auto unknown = gp::ops::post(lab, nullptr, "/api/v1/cases/lookup", {{"number", "SQ-20261207-9999"}, {"phone", phone}});
  EXPECT_EQ(wrong.status, 404);
  EXPECT_EQ(unknown.status, 404);
  EXPECT_EQ(wrong.raw, unknown.raw);  // one answer: nothing learnt about the number
  auto ok = gp::ops::post(lab, nullptr, "/api/v1/cases/lookup", {{"number", number}, {"phone", phone}});
  ASSERT_EQ(ok.status, 200) << show(ok);
  EXPECT_EQ(ok.body.at("status").at("code"), "received");
  EXPECT_TRUE(ok.body.at("text").is_null());
  // Rated without login once closed.
  Party pm = lab.staff("project_manager", "pm.pub", "方案工程师");
  lab.post_ok(cc, "/api/v1/cases/" + number + "/assign", {{"department", "development"}, {"assignee", pm.id}});
  EXPECT_EQ(gp::ops::post(lab, nullptr, "/api/v1/cases/lookup/rate", {{"number", number}, {"phone", phone}, {"score", 5}}).status, 409);
  lab.post_ok(pm, "/api/v1/cases/" + number + "/answer", {{"answer", "已纳入明年计划"}});
  lab.post_ok(cc, "/api/v1/cases/" + number + "/close", {{"founded", false}});
  auto rated = gp::ops::post(lab, nullptr, "/api/v1/cases/lookup/rate", {{"number", number}, {"phone", phone}, {"score", 5}});
  ASSERT_EQ(rated.status, 200) << show(rated);
  EXPECT_EQ(rated.body.at("rating"), 5);
  EXPECT_EQ(rated.body.at("answer"), "已纳入明年计划");
}

TEST(Cases, M6_BadInputNamesTheFieldAndStoresNothing) {
  Lab lab;
  Party cc = lab.staff("command_center", "cc.bad", "指挥中心值班");
  Party cm = lab.staff("customer_manager", "cm.bad", "孙经理");
  Party cust = lab.customer("客户丙");
  Party other = lab.customer("客户丁");
  lab.set_now("2026-12-07T09:00:00+08:00");
  const std::string others_app = lab.create_app(other, lv_app(cm)).at("number");
  const json base = {{"kind", "complaint"}, {"category", "exceeded_limit"}, {"text", "超过两个工作日仍未装表"}};
  auto with = [&](const char* k, json v) {
    json b = base;
    if (v.is_null()) b.erase(k);
    else b[k] = v;
    return gp::ops::post(lab, &cust, "/api/v1/cases", b);
  };
  struct Case { const char* key; json value; const char* field; };
  const std::vector<Case> cases = {
      {"kind", "praise", "kind"},
      {"kind", nullptr, "kind"},
      {"kind", 3, "kind"},
      {"category", "unknown", "category"},
      {"text", "短", "text"},
      {"text", std::string(2001, 'x'), "text"},
      {"anonymous", true, "anonymous"},            // only a report may be anonymous
      {"contact_phone", "12345", "contact_phone"},
      {"contact_name", std::string(41, 'x'), "contact_name"},
      {"application_number", others_app, "application_number"},  // not theirs
      {"application_number", "ZX-20990101-0001", "application_number"},
      {"surprise", 1, "surprise"},
  };
  for (const auto& c : cases) {
    auto r = with(c.key, c.value);
    EXPECT_EQ(r.status, 400) << c.key << " " << show(r);
    EXPECT_EQ(r.field(), c.field) << c.key << " " << show(r);
  }
  // A ten-prohibitions category is for complaints and reports only.
  json sug = base;
  sug["kind"] = "suggestion";
  EXPECT_EQ(gp::ops::post(lab, &cust, "/api/v1/cases", sug).field(), "category");
  // Without an account a phone is needed (to follow the outcome).
  EXPECT_EQ(gp::ops::post(lab, nullptr, "/api/v1/cases", base).field(), "contact_phone");
  EXPECT_EQ(gp::ops::send(lab, &cust, "POST", "/api/v1/cases", "{not json").status, 400);
  EXPECT_EQ(gp::ops::send(lab, &cust, "POST", "/api/v1/cases", "[1,2]").status, 400);
  // Staff other than the command center do not record requests.
  EXPECT_EQ(gp::ops::post(lab, &cm, "/api/v1/cases", base).status, 403);
  EXPECT_EQ(db_count(lab, "SELECT COUNT(*) FROM cases"), 0);
  EXPECT_EQ(gp::ops::get(lab, &cc, "/api/v1/cases?status=open").field(), "status");
  EXPECT_EQ(gp::ops::get(lab, &cc, "/api/v1/cases?kind=x").field(), "kind");
}

TEST(Cases, M6_PhoneIntakeAndHandlingLimitWarnedOncePerLevel) {
  Lab lab;
  Party cc = lab.staff("command_center", "cc.sla", "指挥中心值班");
  Party cm = lab.staff("customer_manager", "cm.sla", "李经理");
  Party caller = lab.customer("来电客户");
  lab.set_now("2026-12-07T09:00:00+08:00");
  // The command center records a call for the caller: channel phone; it shows in the caller's account.
  auto r = gp::ops::post(lab, &cc, "/api/v1/cases",
                         {{"kind", "complaint"}, {"category", "service_attitude"}, {"text", "营业厅工作人员态度生硬"}, {"contact_phone", caller.phone}, {"contact_name", "来电客户"}});
  ASSERT_EQ(r.status, 201) << show(r);
  const std::string number = r.body.at("number");
  EXPECT_EQ(r.body.at("channel"), "phone");
  EXPECT_EQ(lab.get_ok(caller, "/api/v1/cases").at("total"), 1);
  EXPECT_EQ(gp::ops::post(lab, &cc, "/api/v1/cases", {{"kind", "complaint"}, {"category", "other"}, {"text", "来电未留号码"}}).field(), "contact_phone");

  lab.post_ok(cc, "/api/v1/cases/" + number + "/assign", {{"department", "marketing"}, {"assignee", cm.id}});
  EXPECT_EQ(lab.sweep().at("marks_recorded"), 0);
  // 80 % of the 72 hours (the SLA policy's warning fraction): a warning, recorded once.
  lab.advance(58 * 3600);
  EXPECT_EQ(lab.sweep().at("marks_recorded"), 1);
  EXPECT_EQ(lab.sweep().at("marks_recorded"), 0);
  EXPECT_EQ(lab.get_ok(cm, "/api/v1/cases/" + number).at("level"), "warning");
  // Past the limit: overdue, once; then the rise to leadership, once.
  lab.advance(15 * 3600);
  EXPECT_EQ(lab.sweep().at("marks_recorded"), 1);
  EXPECT_EQ(lab.sweep().at("marks_recorded"), 0);
  lab.advance(30 * 3600);
  EXPECT_EQ(lab.sweep().at("marks_recorded"), 1);
  EXPECT_EQ(lab.sweep().at("marks_recorded"), 0);
  EXPECT_EQ(db_count(lab, "SELECT COUNT(*) FROM sla_marks WHERE subject LIKE 'case:%'"), 3);
  // Notified: the assignee, the command center; leadership (admin) at the rise.
  EXPECT_GE(db_count(lab, "SELECT COUNT(*) FROM notifications WHERE kind = 'sla_warning' AND user_id = " + std::to_string(cm.id)), 1);
  EXPECT_GE(db_count(lab, "SELECT COUNT(*) FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.kind = 'escalated' AND u.role = 'admin'"), 1);
  // Answered: the clock stops, no more marks.
  lab.post_ok(cm, "/api/v1/cases/" + number + "/answer", {{"answer", "已向客户道歉并批评教育"}});
  lab.advance(100 * 3600);
  EXPECT_EQ(lab.sweep().at("marks_recorded"), 0);
}
