// An application's life through the workflow (rules D2, D3, G6, S1–S6, T6, W1–W3, P1, M5).
#include <gtest/gtest.h>

#include <algorithm>

#include "gp/workflow.h"
#include "life.h"

using nlohmann::json;
using gp::Actor;
using gp::AppState;
using gp::Role;

namespace {

using gp::testlife::kMon;
using gp::testlife::Life;
using gp::testlife::lists;

// rule S5: a review answers each item of the plan's review checklist.
json reviewed(const AppState& s, json fields) {
  for (const auto& it : s.plan.review.items) fields["reviewed_" + it.code] = true;
  return fields;
}

void intake(Life& l) {
  l.act(Role::command_center, "accept");
  l.act(Role::command_center, "assign_managers", {{"customer_manager", "cm1"}, {"project_manager", "pm1"}});
  l.act(Role::customer_manager, "site_survey",
        {{"survey_date", "2026-11-30"}, {"findings", "具备接电条件"}, {"documents_collected", true}});
}

void connect(Life& l) {
  l.act(Role::customer_manager, "complete_inspection", {{"result", "passed"}, {"scope_checked", true}});
  l.act(Role::customer_manager, "install_meter", {{"meter_number", "ZX-000123"}, {"initial_reading", 0}});
  l.system("contract_signed");
  l.act(Role::customer_manager, "energize", {{"energized_at", gp::format_datetime_cst(l.now)}});
}

}  // namespace

TEST(Workflow, S1_LvResidentialLifeToEnergized) {
  Life l({{"business", "new_connection"}, {"customer_type", "lv_residential"}});
  EXPECT_EQ(l.stage(), "application");
  EXPECT_EQ(l.s.status, gp::AppStatus::in_progress);
  intake(l);
  EXPECT_EQ(l.stage(), "connect");
  EXPECT_TRUE(l.s.missing_documents().empty());  // rule D3: collected at the survey
  l.later(3);
  connect(l);
  EXPECT_EQ(l.s.status, gp::AppStatus::completed);
  auto v = gp::view_of(l.s, gp::Calendar::builtin(), l.now, {});
  EXPECT_TRUE(v.overall.done);
  EXPECT_TRUE(v.overall.on_time);
  for (const auto& st : v.stages) EXPECT_EQ(st.state, gp::StageState::done);
}

TEST(Workflow, D2_ThereIsNoRejectAction) {
  for (const auto& c : gp::all_action_codes()) {
    EXPECT_EQ(c.find("reject"), std::string::npos);
    EXPECT_EQ(c.find("refuse"), std::string::npos);
  }
  Life l({{"business", "new_connection"}, {"customer_type", "lv_residential"}});
  auto r = l.try_do(Role::customer_manager, "reject", json::object());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "action");
}

TEST(Workflow, G6_SurveyNeedsBothManagers) {
  Life l({{"business", "new_connection"}, {"customer_type", "lv_residential"}});
  l.act(Role::command_center, "accept");
  EXPECT_FALSE(l.can(Role::customer_manager, "site_survey"));
  auto r = l.try_do(Role::command_center, "site_survey", {{"survey_date", "2026-11-30"}, {"findings", "x"}, {"documents_collected", true}});
  EXPECT_EQ(r.error().code, "not_allowed_now");
  l.act(Role::command_center, "assign_managers", {{"customer_manager", "cm1"}, {"project_manager", "pm1"}});
  EXPECT_TRUE(l.can(Role::customer_manager, "site_survey"));
}

TEST(Workflow, D3_MissingDocumentsMustBeCollectedAtSurvey) {
  Life l({{"business", "new_connection"}, {"customer_type", "lv_non_residential"}, {"capacity_kw", 200}});
  l.act(Role::command_center, "accept");
  l.act(Role::command_center, "assign_managers", {{"customer_manager", "cm1"}, {"project_manager", "pm1"}});
  auto r = l.try_do(Role::customer_manager, "site_survey", {{"survey_date", "2026-11-30"}, {"findings", "ok"}, {"documents_collected", false}});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "fields.documents_collected");
  l.system("document_added", {{"kind", "subject_proof"}});
  l.system("document_added", {{"kind", "property_proof"}});
  l.act(Role::customer_manager, "site_survey", {{"survey_date", "2026-11-30"}, {"findings", "ok"}});
  EXPECT_EQ(l.stage(), "customer_works");
  EXPECT_EQ(l.s.status, gp::AppStatus::waiting_customer);  // rule T6: customer's time
}

TEST(Workflow, Roles_ForbiddenVersusNotNow) {
  Life l({{"business", "new_connection"}, {"customer_type", "lv_residential"}});
  auto r = l.try_do(Role::customer, "accept", json::object());
  EXPECT_EQ(r.error().code, "forbidden");
  r = l.try_do(Role::customer, "confirm_supply_plan", {{"agree", true}});
  EXPECT_EQ(r.error().code, "not_allowed_now");
  Actor stranger;
  stranger.role = Role::customer_manager;  // not assigned, and another manager is
  l.act(Role::command_center, "assign_managers", {{"customer_manager", "cm1"}, {"project_manager", "pm1"}});
  EXPECT_EQ(gp::validate_action(l.s, stranger, "accept", json::object(), l.now, lists()).error().code, "forbidden");
}

TEST(Workflow, FieldErrorsNameTheField) {
  Life l({{"business", "new_connection"}, {"customer_type", "lv_residential"}});
  l.act(Role::command_center, "accept");
  auto r = l.try_do(Role::command_center, "assign_managers", {{"customer_manager", "nobody"}, {"project_manager", "pm1"}});
  EXPECT_EQ(r.error().field, "fields.customer_manager");
  r = l.try_do(Role::command_center, "assign_managers", {{"project_manager", "pm1"}});
  EXPECT_EQ(r.error().code, "required");
  EXPECT_EQ(r.error().field, "fields.customer_manager");
  r = l.try_do(Role::command_center, "assign_managers", {{"customer_manager", "cm1"}, {"project_manager", "pm1"}, {"x", 1}});
  EXPECT_EQ(r.error().field, "fields.x");
  l.act(Role::command_center, "assign_managers", {{"customer_manager", "cm1"}, {"project_manager", "pm1"}});
  r = l.try_do(Role::customer_manager, "site_survey", {{"survey_date", "2026-02-30"}, {"findings", "x"}, {"documents_collected", true}});
  EXPECT_EQ(r.error().field, "fields.survey_date");
  r = l.try_do(Role::customer_manager, "site_survey", {{"survey_date", "2026-12-30"}, {"findings", "x"}, {"documents_collected", true}});
  EXPECT_EQ(r.error().field, "fields.survey_date");
  r = l.try_do(Role::customer_manager, "site_survey", {{"survey_date", "2026-11-30"}, {"findings", 5}, {"documents_collected", true}});
  EXPECT_EQ(r.error().field, "fields.findings");
  r = l.try_do(Role::customer_manager, "site_survey", {{"survey_date", "2026-11-30"}, {"findings", std::string(2000, 'x')}, {"documents_collected", true}});
  EXPECT_EQ(r.error().field, "fields.findings");
  r = l.try_do(Role::customer_manager, "site_survey", "not an object");
  EXPECT_EQ(r.error().field, "fields");
}

TEST(Workflow, T6_RequestInformationPausesTheClock) {
  Life l({{"business", "new_connection"}, {"customer_type", "lv_residential"}});
  l.act(Role::command_center, "accept");
  l.act(Role::command_center, "request_information", {{"message", "请补充产权证明"}});
  EXPECT_EQ(l.s.status, gp::AppStatus::waiting_customer);
  EXPECT_TRUE(l.s.paused());
  l.now += 10 * 86400;  // ten days on the customer
  auto v = gp::view_of(l.s, gp::Calendar::builtin(), l.now, {});
  EXPECT_TRUE(v.overall.paused);
  EXPECT_LT(v.overall.used, 0.01);
  l.act(Role::customer, "provide_information", {{"message", "已上传"}});
  EXPECT_EQ(l.s.status, gp::AppStatus::in_progress);
  EXPECT_FALSE(l.s.paused());
}

TEST(Workflow, S4_S5_W1_W2_HvImportantLife) {
  Life l({{"business", "new_connection"}, {"customer_type", "hv"}, {"capacity_kw", 2000}, {"important", true},
          {"supporting_works", json::array({{{"kind", "overhead_line"}, {"voltage_kv", 10}}})}});
  intake(l);
  EXPECT_EQ(l.stage(), "supply_plan");
  l.act(Role::customer_manager, "reply_supply_plan", {{"plan_summary", "10kV 单电源"}, {"connection_point", "邾城线 12 号杆"}});
  // rule C2 ("实现供电方案在线生成"): the supply plan is replied online, an event of the application.
  EXPECT_TRUE(l.s.plan_replied);
  EXPECT_EQ(l.events.back().type, "reply_supply_plan");
  EXPECT_EQ(l.s.status, gp::AppStatus::waiting_customer);
  auto r = l.try_do(Role::customer, "confirm_supply_plan", {{"agree", false}});
  EXPECT_EQ(r.error().field, "fields.comments");
  l.act(Role::customer, "confirm_supply_plan", {{"agree", true}});
  EXPECT_TRUE(l.s.contract_available());
  EXPECT_EQ(l.stage(), "design_review");
  EXPECT_EQ(l.s.waiting_for, "design");
  l.act(Role::customer, "submit_design", {{"design_document", "7"}});
  l.act(Role::project_manager, "complete_design_review", reviewed(l.s, {{"result", "changes_required"}, {"opinion", "补充保安电源"}}));
  EXPECT_EQ(l.s.waiting_for, "design");
  l.act(Role::customer, "submit_design", {{"design_document", "7"}});
  l.act(Role::project_manager, "complete_design_review", reviewed(l.s, {{"result", "approved"}, {"opinion", "同意"}}));
  EXPECT_EQ(l.stage(), "customer_works");
  l.act(Role::customer, "start_customer_works", {{"expected_completion_date", "2026-12-24"}});
  // rule W2: the agreed date may not be after the customer's own completion (nor after W1's 20
  // working days from today, 2026-11-30 -> 2026-12-28: works_contract_test)
  auto w = l.try_do(Role::project_manager, "record_supporting_works",
                    {{"kind", "overhead_line"}, {"voltage_kv", "10"}, {"agreed_completion_date", "2026-12-25"}});
  ASSERT_FALSE(w.ok());
  EXPECT_EQ(w.error().field, "fields.agreed_completion_date");
  l.act(Role::project_manager, "record_supporting_works", {{"kind", "overhead_line"}, {"voltage_kv", "10"}, {"agreed_completion_date", "2026-12-22"}});
  ASSERT_EQ(l.s.works.size(), 1u);
  EXPECT_EQ(l.s.works[0].limit_working_days, 20);  // rule W1
  EXPECT_EQ(l.s.works[0].funding, gp::FundingRoute::annual_plan);  // rule W3
  l.later(24 * 20);
  l.act(Role::customer, "finish_customer_works", {{"completion_date", gp::cst_date(l.now).iso()}});
  EXPECT_EQ(l.stage(), "mid_inspection");
  l.act(Role::customer_manager, "complete_mid_inspection", reviewed(l.s, {{"result", "passed"}, {"findings", "合格"}}));
  EXPECT_EQ(l.stage(), "connect");
  l.act(Role::customer_manager, "complete_inspection", {{"result", "passed"}, {"scope_checked", true}});
  l.act(Role::customer_manager, "install_meter", {{"meter_number", "HV-0001"}, {"initial_reading", 0}});
  l.system("contract_signed");
  EXPECT_FALSE(l.can(Role::customer_manager, "energize"));  // supporting works still open
  l.act(Role::project_manager, "complete_supporting_works", {{"works_item", "1"}});
  l.act(Role::customer_manager, "energize", {{"energized_at", gp::format_datetime_cst(l.now)}});
  EXPECT_EQ(l.s.status, gp::AppStatus::completed);
}

TEST(Workflow, P1_EnergizeNeedsTheSignedContract) {
  Life l({{"business", "new_connection"}, {"customer_type", "ev_residential"}});
  intake(l);
  l.act(Role::customer_manager, "complete_inspection", {{"result", "passed"}, {"scope_checked", true}});
  l.act(Role::customer_manager, "install_meter", {{"meter_number", "EV-0001"}, {"initial_reading", 0}});
  EXPECT_FALSE(l.can(Role::customer_manager, "energize"));
  l.system("contract_signed");
  EXPECT_TRUE(l.can(Role::customer_manager, "energize"));
}

TEST(Workflow, S6_InspectionMustCoverTheScope) {
  Life l({{"business", "new_connection"}, {"customer_type", "well_individual"}});
  intake(l);
  EXPECT_EQ(l.stage(), "customer_works");  // an irrigation well is not a red-line class (rule I1)
  l.act(Role::customer, "start_customer_works", {{"expected_completion_date", "2026-12-10"}});
  l.act(Role::customer, "finish_customer_works", {{"completion_date", "2026-11-30"}});
  auto r = l.try_do(Role::customer_manager, "complete_inspection", {{"result", "passed"}, {"scope_checked", false}});
  EXPECT_EQ(r.error().field, "fields.scope_checked");
  auto acts = gp::next_actions(l.s, Life::as(Role::customer_manager), lists());
  auto it = std::find_if(acts.begin(), acts.end(), [](const gp::ActionSpec& a) { return a.action == "complete_inspection"; });
  ASSERT_NE(it, acts.end());
  EXPECT_NE(it->fields[1].label_zh.find("直接接网设备"), std::string::npos);
}

TEST(Workflow, WithdrawByTheCustomerOnly) {
  Life l({{"business", "new_connection"}, {"customer_type", "base_station_5g"}});
  EXPECT_EQ(l.try_do(Role::customer_manager, "withdraw", {{"reason", "x"}}).error().code, "forbidden");
  l.act(Role::customer, "withdraw", {{"reason", "项目取消"}});
  EXPECT_EQ(l.s.status, gp::AppStatus::withdrawn);
  EXPECT_TRUE(gp::next_actions(l.s, Life::as(Role::customer), lists()).empty());
}

TEST(Workflow, ChangeOfUseTwoStepsWithConfiguredLimit) {
  Life l({{"business", "ownership_transfer"}, {"customer_type", "lv_residential"}});
  intake(l);
  EXPECT_EQ(l.stage(), "connect");
  EXPECT_FALSE(l.can(Role::customer_manager, "complete_inspection"));
  l.act(Role::customer_manager, "complete_change", {{"result_note", "已过户"}});
  EXPECT_EQ(l.s.status, gp::AppStatus::completed);
}

TEST(Workflow, S2_ProactiveSmallMicroSingleStage) {
  Life l({{"business", "new_connection"}, {"customer_type", "lv_non_residential"}, {"capacity_kw", 80}, {"proactive", true}});
  ASSERT_EQ(l.s.plan.stages.size(), 1u);
  intake(l);
  EXPECT_EQ(l.stage(), "connect");
  connect(l);
  EXPECT_EQ(l.s.status, gp::AppStatus::completed);
}

TEST(Workflow, M1_StageDeadlinesAndWarnings) {
  Life l({{"business", "new_connection"}, {"customer_type", "lv_residential"}});
  const auto& cal = gp::Calendar::builtin();
  auto v = gp::view_of(l.s, cal, l.now, {});
  ASSERT_TRUE(v.stages[0].sla.has_value());
  // application: 1 working day, counted from the next midnight: due end of Tue 2026-12-01 (CST)
  EXPECT_EQ(*v.stages[0].sla->deadline, gp::cst_midnight({2026, 12, 2}));
  EXPECT_EQ(*v.overall.deadline, gp::cst_midnight({2026, 12, 3}));
  v = gp::view_of(l.s, cal, gp::cst_midnight({2026, 12, 2}) + 3600, {});
  EXPECT_EQ(v.level, gp::SlaLevel::overdue);
  EXPECT_GE(static_cast<int>(v.escalation), static_cast<int>(gp::Escalation::command_center));
}

// rule T4: "10千伏及以上项目不含配套工程办电时长不超过16个工作日". An HV red-line job (rule I1a, S4: three
// steps) with a 10 kV overhead line (rule W1: 20 working days) is on time when the company's own
// steps take no more than 16 working days, however long the works take within their own limit;
// the works run on their own clock, which warns and escalates by itself.
TEST(Workflow, T4_W1_HvLimitExcludesSupportingWorks) {
  Life l({{"business", "new_connection"}, {"customer_type", "hv"}, {"voltage_kv", 10}, {"capacity_kw", 800},
          {"industry", "industrial"}, {"in_provincial_park", true},
          {"supporting_works", json::array({{{"kind", "overhead_line"}, {"voltage_kv", 10}}})}});
  ASSERT_EQ(l.s.plan.stages.size(), 3u);  // rule S4: application, supply plan, metering and energizing
  EXPECT_EQ(l.s.plan.time_limit_working_days, 16);  // rule T4
  EXPECT_TRUE(gp::limit_excludes_supporting_works(l.s.plan));
  const auto& cal = gp::Calendar::builtin();
  intake(l);
  l.act(Role::customer_manager, "reply_supply_plan", {{"plan_summary", "10kV 架空线路接入"}, {"connection_point", "邾城线 8 号杆"}});
  l.act(Role::customer, "confirm_supply_plan", {{"agree", true}});
  ASSERT_EQ(l.stage(), "connect");
  l.act(Role::project_manager, "record_supporting_works",
        {{"kind", "overhead_line"}, {"voltage_kv", "10"}, {"agreed_completion_date", "2026-12-24"}});
  ASSERT_EQ(l.s.works.size(), 1u);
  EXPECT_EQ(l.s.works[0].limit_working_days, 20);  // rule W1: 10 kV new/rebuilt overhead line
  const gp::Instant works_start = l.now;

  // 16.5 working days of works later (counted from 2026-12-01, noon of 2026-12-23): the old single
  // clock would be past its 16 days; the application's clock has not moved, the works clock is in
  // warning (16.5 / 20 > 80 %, rule M1).
  l.now = gp::cst_midnight({2026, 12, 23}) + 12 * 3600;
  auto v = gp::view_of(l.s, cal, l.now, {});
  EXPECT_EQ(v.overall.level, gp::SlaLevel::normal);
  EXPECT_LT(v.overall.used, 16.0);
  EXPECT_FALSE(v.overall.deadline.has_value());  // stopped while the works are under way
  ASSERT_EQ(v.works.size(), 1u);
  EXPECT_EQ(v.works[0].level, gp::SlaLevel::warning);
  EXPECT_EQ(v.works_level, gp::SlaLevel::warning);
  EXPECT_EQ(v.level, gp::SlaLevel::warning);  // the command center sees the works' warning (rule M1)
  // The next change the supervision job must look at is the works' own 20-day limit (rule M2).
  auto next = gp::next_sla_change(l.s, cal, l.now, {});
  ASSERT_TRUE(next.has_value());
  EXPECT_EQ(*next, *gp::working_deadline(cal, works_start, 20, {}).at);

  // Works overdue by their own limit: escalated on the works clock, still not the application's.
  l.now = gp::cst_midnight({2027, 1, 6}) + 12 * 3600;
  v = gp::view_of(l.s, cal, l.now, {});
  EXPECT_EQ(v.works[0].level, gp::SlaLevel::overdue);
  EXPECT_EQ(v.overall.level, gp::SlaLevel::normal);
  EXPECT_GT(gp::supporting_works_working_days(l.s, cal, l.now), 20.0);

  l.act(Role::project_manager, "complete_supporting_works", {{"works_item", "1"}});
  v = gp::view_of(l.s, cal, l.now, {});
  EXPECT_TRUE(v.overall.deadline.has_value());  // the application's clock runs again
  connect(l);
  EXPECT_EQ(l.s.status, gp::AppStatus::completed);
  v = gp::view_of(l.s, cal, l.now, {});
  EXPECT_TRUE(v.overall.on_time);
  EXPECT_LT(v.overall.used, 16.0);
}

// rules T2, T4: the LV totals include the supporting works (LV 3 + 2 = 5, rule W1): the same
// period counts against the application's 5 working days.
TEST(Workflow, T2_LvLimitIncludesSupportingWorks) {
  Life l({{"business", "new_connection"}, {"customer_type", "lv_non_residential"}, {"industry", "other"},
          {"capacity_kw", 50}, {"customer_external_works", false},
          {"supporting_works", json::array({{{"kind", "lv"}, {"voltage_kv", 0.4}}})}});
  EXPECT_EQ(l.s.plan.time_limit_working_days, 5);  // rule T2
  EXPECT_FALSE(gp::limit_excludes_supporting_works(l.s.plan));
  intake(l);
  l.act(Role::project_manager, "record_supporting_works",
        {{"kind", "lv"}, {"voltage_kv", "0.4"}, {"agreed_completion_date", "2026-12-03"}});
  EXPECT_EQ(l.s.works[0].limit_working_days, 3);  // rule W1: LV, not small/micro
  l.now = gp::cst_midnight({2026, 12, 8}) + 12 * 3600;  // 6 working days after submission
  auto v = gp::view_of(l.s, gp::Calendar::builtin(), l.now, {});
  EXPECT_EQ(v.overall.level, gp::SlaLevel::overdue);
}

// rule S5: "简化重要或有特殊负荷客户的设计审查和中间检查内容，客户内部土建工程、非涉网设备等不作为审查
// 内容". The review of an important customer ticks the grid-related items (S6's list for important
// customers: power sources, emergency self-supply, grid automation, interlocks, metering) and
// records the two items it never looks at.
TEST(Workflow, S5_ReviewChecklistWithExcludedItems) {
  Life l({{"business", "new_connection"}, {"customer_type", "hv"}, {"capacity_kw", 2000}, {"important", true}});
  std::vector<std::string> items, excluded;
  for (const auto& it : l.s.plan.review.items) items.push_back(it.code);
  for (const auto& it : l.s.plan.review.excluded) excluded.push_back(it.code);
  for (const char* c : {"power_source_configuration", "emergency_self_supply", "grid_automation", "multi_source_interlock", "metering_devices"})
    EXPECT_NE(std::find(items.begin(), items.end(), c), items.end()) << c;
  EXPECT_EQ(excluded, (std::vector<std::string>{"internal_civil_works", "non_grid_equipment"}));
  intake(l);
  l.act(Role::customer_manager, "reply_supply_plan", {{"plan_summary", "双电源"}, {"connection_point", "邾城线 3 号杆"}});
  l.act(Role::customer, "confirm_supply_plan", {{"agree", true}});
  l.act(Role::customer, "submit_design", {{"design_document", "7"}});
  json fields = reviewed(l.s, {{"result", "approved"}, {"opinion", "同意"}});
  fields["reviewed_metering_devices"] = false;
  auto r = l.try_do(Role::project_manager, "complete_design_review", fields);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "fields.reviewed_metering_devices");
  fields.erase("reviewed_grid_automation");
  r = l.try_do(Role::project_manager, "complete_design_review", fields);
  EXPECT_EQ(r.error().field, "fields.reviewed_grid_automation");  // every item is answered
  l.act(Role::project_manager, "complete_design_review", reviewed(l.s, {{"result", "approved"}, {"opinion", "同意"}}));
  const json& d = l.events.back().data;
  EXPECT_EQ(d.at("rule"), "S5");
  EXPECT_EQ(d.at("checklist").size(), items.size());
  EXPECT_EQ(d.at("not_reviewed")[0].at("code"), "internal_civil_works");
  EXPECT_EQ(d.at("not_reviewed")[1].at("code"), "non_grid_equipment");
  // An ordinary HV customer has no design review at all (rule S5: abolished).
  Life o({{"business", "new_connection"}, {"customer_type", "hv"}, {"capacity_kw", 800}});
  EXPECT_FALSE(o.s.plan.design_review);
  EXPECT_TRUE(o.s.plan.review.items.empty());
}
