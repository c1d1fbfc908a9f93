// Step plans, limits, classification, fees and outage plans (rules I1–I5, S1–S6, T1–T6, F1, O1, G4).
#include <gtest/gtest.h>

#include <algorithm>

#include "gp/contract.h"
#include "gp/rules.h"

using gp::Plan;
using nlohmann::json;

namespace {

Plan plan_of(const json& facts) {
  auto r = gp::evaluate_json(facts);
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().field + ": " + r.error().message_en);
  return r.ok() ? r.value() : Plan{};
}

std::vector<std::string> codes(const Plan& p) {
  std::vector<std::string> v;
  for (const auto& s : p.stages) v.push_back(gp::to_string(s.code));
  return v;
}

json lv_small_micro() {
  return {{"business", "new_connection"}, {"customer_type", "lv_non_residential"},
          {"capacity_kw", 100}, {"industry", "commercial"}};
}
json hv() { return {{"business", "new_connection"}, {"customer_type", "hv"}, {"capacity_kw", 800}}; }
const json kLvWorks = json::array({{{"kind", "lv"}}});

}  // namespace

TEST(Rules, S1_T1_LvResidentialNoWorksTwoStagesTwoDays) {
  Plan p = plan_of({{"business", "new_connection"}, {"customer_type", "lv_residential"}});
  EXPECT_EQ(codes(p), (std::vector<std::string>{"application", "connect"}));
  EXPECT_EQ(p.time_limit_working_days, 2);
  EXPECT_EQ(p.time_limit_rule, "T1");
  EXPECT_EQ(p.stages.back().name_zh, "装表送电");
}

TEST(Rules, S1_LvCustomerExternalWorksThreeStagesAtMost) {
  Plan p = plan_of({{"business", "new_connection"}, {"customer_type", "lv_non_residential"},
                    {"capacity_kw", 200}, {"customer_external_works", true}});
  EXPECT_EQ(codes(p), (std::vector<std::string>{"application", "customer_works", "connect"}));
  EXPECT_FALSE(p.stages[1].limit_working_days.has_value());  // customer time (T6)
  EXPECT_TRUE(p.stages[1].customer_side);
  EXPECT_EQ(p.time_limit_working_days, 2);
}

TEST(Rules, S1_LvNonSmallMicroDefaultsToCustomerExternalWorks) {
  Plan p = plan_of({{"business", "new_connection"}, {"customer_type", "lv_non_residential"}, {"capacity_kw", 200}});
  EXPECT_FALSE(p.small_micro.yes);
  EXPECT_FALSE(p.red_line.yes);
  // rule S1: "低压客户…用电申请、客户外部工程实施、装表送电" — the seed's three, in order.
  EXPECT_EQ(codes(p), (std::vector<std::string>{"application", "customer_works", "connect"}));
  EXPECT_EQ(p.time_limit_working_days, 2);  // rule T1: customer works are the customer's time
}

TEST(Rules, T2_LvWithSupportingWorksFiveDays) {
  json f = {{"business", "new_connection"}, {"customer_type", "lv_residential"}, {"supporting_works", kLvWorks}};
  Plan p = plan_of(f);
  EXPECT_EQ(p.time_limit_working_days, 5);
  EXPECT_EQ(p.time_limit_rule, "T2");
  ASSERT_EQ(p.supporting_works.size(), 1u);
  EXPECT_EQ(p.supporting_works[0].limit_working_days, 3);  // W1: LV non-small/micro
}

TEST(Rules, S2_T3_LvSmallMicroTwoStagesFifteenDays) {
  json f = lv_small_micro();
  f["supporting_works"] = kLvWorks;
  Plan p = plan_of(f);
  EXPECT_TRUE(p.small_micro.yes);
  EXPECT_EQ(codes(p), (std::vector<std::string>{"application", "connect"}));
  EXPECT_EQ(p.time_limit_working_days, 15);
  EXPECT_EQ(p.time_limit_rule, "T3");
  EXPECT_EQ(p.supporting_works[0].limit_working_days, 13);  // W1: LV small/micro
}

TEST(Rules, S2_SmallMicroNeverHasCustomerExternalWorks) {
  json f = lv_small_micro();
  f["customer_external_works"] = true;
  Plan p = plan_of(f);
  EXPECT_EQ(p.stages.size(), 2u);
  EXPECT_EQ(p.facts.customer_external_works, false);
  ASSERT_FALSE(p.notes.empty());
  EXPECT_EQ(p.notes.back().rule, "S2");
}

TEST(Rules, S2_ProactiveSmallMicroOneStage) {
  json f = lv_small_micro();
  f["proactive"] = true;
  Plan p = plan_of(f);
  EXPECT_EQ(codes(p), (std::vector<std::string>{"connect"}));
  EXPECT_EQ(p.time_limit_working_days, 2);
}

TEST(Rules, S4_T4_HvFourStagesSixteenDays) {
  Plan p = plan_of(hv());
  EXPECT_EQ(codes(p), (std::vector<std::string>{"application", "supply_plan", "customer_works", "connect"}));
  EXPECT_EQ(p.time_limit_working_days, 16);
  EXPECT_EQ(p.time_limit_rule, "T4");
  EXPECT_FALSE(p.design_review);  // rule S5: abolished for ordinary customers
  EXPECT_FALSE(p.mid_inspection);
}

TEST(Rules, S4_HvRedLineNewConnectionThreeStages) {
  json f = hv();
  f["in_provincial_park"] = true;
  Plan p = plan_of(f);
  EXPECT_TRUE(p.red_line.yes);
  EXPECT_EQ(codes(p), (std::vector<std::string>{"application", "supply_plan", "connect"}));
  EXPECT_EQ(p.time_limit_working_days, 16);
}

TEST(Rules, S4_HvCapacityIncreaseWithoutCustomerWorksThreeStages) {
  json f = hv();
  f["business"] = "capacity_increase";
  f["customer_external_works"] = false;
  EXPECT_EQ(codes(plan_of(f)), (std::vector<std::string>{"application", "supply_plan", "connect"}));
  f["customer_external_works"] = true;
  EXPECT_EQ(plan_of(f).stages.size(), 4u);
}

TEST(Rules, S4_HvProactiveTwoStages) {
  json f = hv();
  f["proactive"] = true;
  Plan p = plan_of(f);
  EXPECT_EQ(codes(p), (std::vector<std::string>{"application_with_plan", "connect"}));
  EXPECT_EQ(p.time_limit_working_days, 16);
}

TEST(Rules, S5_T5_ImportantCustomerDesignReviewAndMidInspection) {
  json f = hv();
  f["important"] = true;
  Plan p = plan_of(f);
  EXPECT_EQ(codes(p), (std::vector<std::string>{"application", "supply_plan", "design_review", "customer_works",
                                                "mid_inspection", "connect"}));
  EXPECT_EQ(p.time_limit_working_days, 21);
  EXPECT_EQ(p.time_limit_rule, "T5");
  EXPECT_EQ(p.stages[2].limit_working_days, 3);
  EXPECT_EQ(p.stages[4].limit_working_days, 2);
}

// rules S5/T5: asset-transfer customers keep design review and mid-term inspection (S5:
// "除拟定的重要用户和资产移交客户外，一律取消设计审查和中间检查"), but the +3/+2 days are the important
// customers' ("重要客户设计审查和中间检查分别增加 3 个、2 个工作日"): for asset-transfer-only applications
// the 21 days are a company setting, never labelled T5.
TEST(Rules, S5_T5_AssetTransferOnlyReviewDaysAreACompanySettingNotT5) {
  json f = hv();
  f["asset_transfer"] = true;
  Plan p = plan_of(f);
  EXPECT_TRUE(p.design_review);
  EXPECT_TRUE(p.mid_inspection);
  EXPECT_EQ(p.time_limit_working_days, 21);  // the company's default keeps 16 + 3 + 2
  EXPECT_EQ(p.time_limit_rule, "company_setting");
  EXPECT_EQ(p.limit_source, "company_setting");
  EXPECT_EQ(std::find(p.rule_ids.begin(), p.rule_ids.end(), "T5"), p.rule_ids.end());
  EXPECT_EQ(p.stages[p.stage_index(gp::StageCode::design_review)].source, "company_setting");
  EXPECT_EQ(p.stages[p.stage_index(gp::StageCode::mid_inspection)].source, "company_setting");
  auto cfg = gp::ServiceConfig::from_json(R"({"asset_transfer_review":{"design_review":5,"mid_inspection":4}})");
  ASSERT_TRUE(cfg.ok());
  auto configured = gp::evaluate_json(f, cfg.value());
  ASSERT_TRUE(configured.ok());
  EXPECT_EQ(configured->time_limit_working_days, 16 + 5 + 4);
  // Important AND asset transfer: the seed's T5, 21, policy — the company setting does not apply.
  f["important"] = true;
  auto important = gp::evaluate_json(f, cfg.value());
  ASSERT_TRUE(important.ok());
  EXPECT_EQ(important->time_limit_working_days, 21);
  EXPECT_EQ(important->time_limit_rule, "T5");
  EXPECT_EQ(important->limit_source, "policy");
}

TEST(Rules, S6_CompletionInspectionScope) {
  auto scope = [](const Plan& p) {
    std::vector<std::string> v;
    for (const auto& s : p.completion_inspection_scope) v.push_back(s.code);
    return v;
  };
  EXPECT_EQ(scope(plan_of(hv())), (std::vector<std::string>{"directly_connected_equipment"}));
  json at = hv();
  at["asset_transfer"] = true;
  EXPECT_EQ(scope(plan_of(at)), (std::vector<std::string>{"transferred_equipment", "directly_connected_equipment"}));
  json imp = hv();
  imp["important"] = true;
  auto s = scope(plan_of(imp));
  for (const char* c : {"power_source_configuration", "emergency_self_supply", "grid_automation", "multi_source_interlock", "metering_devices"})
    EXPECT_NE(std::find(s.begin(), s.end(), c), s.end()) << c;
  json sp = hv();
  sp["special_load"] = true;
  s = scope(plan_of(sp));
  EXPECT_NE(std::find(s.begin(), s.end(), "power_quality_devices"), s.end());
}

TEST(Rules, S3_MeterLocationGivesSurveyWithoutMeeting) {
  json f = {{"business", "new_connection"}, {"customer_type", "lv_residential"},
            {"meter_location", {{"latitude", 34.6}, {"longitude", 113.2}}}};
  EXPECT_TRUE(plan_of(f).survey_without_meeting);
  f.erase("meter_location");
  EXPECT_FALSE(plan_of(f).survey_without_meeting);
}

TEST(Rules, I4_SmallMicroEveryExclusion) {
  EXPECT_TRUE(plan_of(lv_small_micro()).small_micro.yes);
  auto excluded = [](json f, const char* reason) {
    auto p = plan_of(f);
    EXPECT_FALSE(p.small_micro.yes) << reason;
    auto& ex = p.small_micro.exclusions;
    EXPECT_NE(std::find(ex.begin(), ex.end(), reason), ex.end()) << reason;
  };
  json f = lv_small_micro();
  f["capacity_kw"] = 160;
  EXPECT_TRUE(plan_of(f).small_micro.yes);  // 160 kW and below
  f["capacity_kw"] = 160.5;
  excluded(f, "capacity_over_160kw");
  for (const char* ind : {"non_residential_lighting", "agricultural", "telecom_base_station", "petrol_station", "other"}) {
    json g = lv_small_micro();
    g["industry"] = ind;
    excluded(g, "industry");
  }
  for (const char* flag : {"state_owned_or_chain_branch", "temporary", "batch"}) {
    json g = lv_small_micro();
    g[flag] = true;
    excluded(g, flag);
  }
  json g = lv_small_micro();
  g["industry"] = "industrial";
  EXPECT_TRUE(plan_of(g).small_micro.yes);
  EXPECT_FALSE(plan_of({{"business", "new_connection"}, {"customer_type", "base_station_5g"}}).small_micro.yes);
  EXPECT_FALSE(plan_of({{"business", "new_connection"}, {"customer_type", "well_individual"}}).small_micro.yes);
}

TEST(Rules, I4_HvSmallMicroMayChooseLv) {
  json f = hv();
  f["capacity_kw"] = 150;
  f["industry"] = "commercial";
  Plan p = plan_of(f);
  EXPECT_TRUE(p.small_micro.yes);
  EXPECT_TRUE(p.may_choose_lv);
}

TEST(Rules, I1_RedLineClasses) {
  auto basis = [](const json& f) { return plan_of(f).red_line.basis; };
  json park = hv();
  park["in_provincial_park"] = true;
  EXPECT_EQ(basis(park), "I1a");
  for (const char* ind : {"residential", "agricultural", "non_residential_lighting"}) {
    json g = park;
    g["industry"] = ind;
    EXPECT_EQ(basis(g), "") << ind;  // rule I1a exclusions
  }
  json tmp = park;
  tmp["temporary"] = true;
  EXPECT_EQ(basis(tmp), "");
  json sub = hv();
  sub["capacity_kw"] = 1000;
  sub["substitution_capacity_kw"] = 500;
  EXPECT_EQ(basis(sub), "");  // exactly 50 % is not above 50 %
  sub["substitution_capacity_kw"] = 500.1;
  EXPECT_EQ(basis(sub), "I1b");
  EXPECT_EQ(basis({{"business", "new_connection"}, {"customer_type", "ev_non_residential"}, {"voltage_kv", 10}, {"capacity_kw", 900}}), "I1c");
  EXPECT_EQ(basis({{"business", "new_connection"}, {"customer_type", "lv_residential"}}), "I1d");
  EXPECT_EQ(basis({{"business", "new_connection"}, {"customer_type", "ev_residential"}}), "I1d");
  EXPECT_EQ(basis(lv_small_micro()), "I1e");
  EXPECT_EQ(basis({{"business", "new_connection"}, {"customer_type", "lv_non_residential"}, {"capacity_kw", 200}}), "");
  EXPECT_EQ(basis(hv()), "");
}

TEST(Rules, I2_I3_PropertyBoundaryAndMetering) {
  Plan red = plan_of({{"business", "new_connection"}, {"customer_type", "lv_residential"}});
  EXPECT_EQ(red.property_boundary.code, "first_breaker_or_support_outside_red_line");
  Plan not_red = plan_of(hv());
  EXPECT_EQ(not_red.property_boundary.code, "nearest_public_grid_point");
  EXPECT_EQ(not_red.metering_point.code, "at_property_boundary");
  EXPECT_EQ(not_red.metering_point.rule, "I3");
}

// rules I2/I6: "公司投资建设产权分界点及以上电网侧供电设施，应包括产权分界点的支持物、第一断路器、计费计量装置等
// …公司投资建设的开关站或环网柜具备接地保护时，可不另装设智能型断路器分界开关". Red-line connections only.
TEST(Rules, I6_CompanyFundsSupportFirstBreakerAndMeterAtTheBoundary) {
  json park = hv();
  park["in_provincial_park"] = true;  // I1a: the company invests to the red line
  Plan p = plan_of(park);
  std::vector<std::string> items;
  for (const auto& i : p.company_boundary_items) items.push_back(i.zh);
  EXPECT_EQ(items, (std::vector<std::string>{"产权分界点的支持物", "第一断路器", "计费计量装置"}));
  EXPECT_EQ(p.boundary_switch_exemption.rule, "I6");
  EXPECT_NE(p.boundary_switch_exemption.zh.find("环网柜具备接地保护时"), std::string::npos);
  EXPECT_NE(std::find(p.rule_ids.begin(), p.rule_ids.end(), "I6"), p.rule_ids.end());
  json j;
  gp::to_json(j, p);
  ASSERT_EQ(j.at("company_boundary_items").size(), 3u);
  EXPECT_EQ(j.at("company_boundary_items")[1].at("rule"), "I6");
  EXPECT_EQ(j.at("boundary_switch_exemption").at("rule"), "I6");
  // The supply contract states them (rule P1's text, from the same plan).
  const std::string text = gp::supply_contract_text(p, {"GP-1", "某厂", "邾县园区1号", "13900000000", "2026-10-09"},
                                                    gp::ServiceConfig::builtin());
  EXPECT_NE(text.find("第一断路器"), std::string::npos);
  EXPECT_NE(text.find("可不另装设智能型断路器分界开关"), std::string::npos);
  // Not at the red line (I2's nearest public-grid point): the customer's own side, nothing listed.
  Plan not_red = plan_of(hv());
  EXPECT_TRUE(not_red.company_boundary_items.empty());
  EXPECT_TRUE(not_red.boundary_switch_exemption.code.empty());
  // LV red line (I1d): the items, but no 10 kV boundary-switch exemption.
  Plan lv = plan_of({{"business", "new_connection"}, {"customer_type", "lv_residential"}});
  EXPECT_EQ(lv.company_boundary_items.size(), 3u);
  EXPECT_TRUE(lv.boundary_switch_exemption.code.empty());
}

TEST(Rules, I5_NoNewDedicatedLinesNoteForHv) {
  Plan p = plan_of(hv());
  bool found = false;
  for (const auto& n : p.notes) found = found || n.rule == "I5";
  EXPECT_TRUE(found);
}

TEST(Rules, F1_G4_NoFeesButHighReliabilityForDualPower) {
  EXPECT_TRUE(plan_of(hv()).fees.empty());
  EXPECT_TRUE(plan_of({{"business", "new_connection"}, {"customer_type", "lv_residential"}}).fees.empty());
  json f = hv();
  f["dual_power"] = true;
  Plan p = plan_of(f);
  ASSERT_EQ(p.fees.size(), 1u);
  EXPECT_EQ(p.fees[0].code, "high_reliability_supply_fee");
}

// rule O1: "35 千伏及以上报装接电纳入月停（送）电计划管理，10 千伏报装接电纳入周停（送）电计划管理，
// 不涉及其他客户停电的纳入日停（送）电计划'随到随批'…具备不停电作业条件的，实行'随报随接'". Voltage decides first.
TEST(Rules, O1_VoltageDecidesBeforeOtherCustomers) {
  auto level = [](json f) { return std::string(gp::to_string(plan_of(f).outage_plan)); };
  json f = hv();
  EXPECT_EQ(level(f), "weekly");  // 10 kV
  f["affects_other_customers"] = false;
  EXPECT_EQ(level(f), "weekly");  // 10 kV cutting no one else: still the weekly plan
  f["voltage_kv"] = 35;
  EXPECT_EQ(level(f), "monthly");
  f["voltage_kv"] = 110;
  EXPECT_EQ(level(f), "monthly");  // 110 kV, no other customer affected: monthly, never daily
  Plan p = plan_of(f);
  EXPECT_EQ(p.outage_plan_clause.rule, "O1");
  EXPECT_EQ(p.outage_plan_clause.source, "policy");
  EXPECT_NE(p.outage_plan_clause.zh.find("35 千伏及以上"), std::string::npos);
  f["live_work_possible"] = true;
  EXPECT_EQ(level(f), "on_request");  // 不停电作业: no outage to plan, at any voltage
  EXPECT_NE(plan_of(f).outage_plan_clause.zh.find("随报随接"), std::string::npos);
}

TEST(Rules, O1_LowVoltageFollowsTheSeedOnlyAndTheRestIsACompanySetting) {
  json lv = {{"business", "new_connection"}, {"customer_type", "lv_residential"}};
  EXPECT_STREQ(gp::to_string(plan_of(lv).outage_plan), "daily");  // cuts no one else: 随到随批
  EXPECT_EQ(plan_of(lv).outage_plan_clause.source, "policy");
  lv["affects_other_customers"] = true;
  Plan p = plan_of(lv);
  EXPECT_EQ(p.outage_plan_clause.source, "company_setting");  // the seed is silent here
  EXPECT_STREQ(gp::to_string(p.outage_plan), "weekly");      // shared/data/service-config.json
  auto cfg = gp::ServiceConfig::from_json(R"({"lv_outage_plan_affecting_others":"daily"})");
  ASSERT_TRUE(cfg.ok());
  EXPECT_EQ(gp::outage_plan_for(p.facts, cfg.value()).plan, gp::OutagePlan::daily);
  EXPECT_FALSE(gp::ServiceConfig::from_json(R"({"lv_outage_plan_affecting_others":"yearly"})").ok());
  lv["live_work_possible"] = true;
  EXPECT_STREQ(gp::to_string(plan_of(lv).outage_plan), "on_request");
}

// rule T6: every company step has its own limit, but only the totals are the plan's (T1 2, T3 15,
// T4 16); the split between steps is the company's setting and is labelled so.
TEST(Rules, T6_TotalsArePolicyAndThePerStepSplitIsACompanySetting) {
  json works_sm = lv_small_micro();
  works_sm["supporting_works"] = kLvWorks;
  const std::vector<std::pair<json, int>> cases = {
      {hv(), 16}, {works_sm, 15}, {json{{"business", "new_connection"}, {"customer_type", "lv_residential"}}, 2}};
  for (const auto& [f, total] : cases) {
    Plan p = plan_of(f);
    EXPECT_EQ(p.time_limit_working_days, total) << f.dump();
    EXPECT_EQ(p.limit_source, "policy");
    for (const auto& s : p.stages) {
      if (s.customer_side) {
        EXPECT_EQ(s.source, "");
        continue;
      }
      ASSERT_TRUE(s.limit_working_days.has_value());
      EXPECT_EQ(s.source, "company_setting") << gp::to_string(s.code);
    }
    json j;
    gp::to_json(j, p);
    EXPECT_EQ(j.at("time_limit").at("source"), "policy");
    EXPECT_EQ(j.at("time_limit").at("working_days"), total);
    EXPECT_EQ(j.at("stages")[0].at("source"), "company_setting");
  }
  // The company's default split of T4 (2 + 7 + 7) can change; the total stays the plan's 16.
  auto cfg = gp::ServiceConfig::from_json(R"({"stage_split":{"hv_application":1,"hv_supply_plan":8,"hv_connect":7}})");
  ASSERT_TRUE(cfg.ok());
  auto p = gp::evaluate(plan_of(hv()).facts, cfg.value());
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->stages[0].limit_working_days, 1);
  EXPECT_EQ(p->stages[1].limit_working_days, 8);
  EXPECT_EQ(p->time_limit_working_days, 16);
  // A split that would change the total is refused, naming the field.
  auto bad = gp::ServiceConfig::from_json(R"({"stage_split":{"hv_application":3}})");  // 3 + 7 + 7 = 17
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field, "stage_split");
  EXPECT_EQ(gp::ServiceConfig::from_json(R"({"stage_split":{"lv_application":2}})").error().field, "stage_split.lv_application");
  // A proactive small/micro enterprise's single step is the whole total: nothing is split.
  json pro = lv_small_micro();
  pro["proactive"] = true;
  EXPECT_EQ(plan_of(pro).stages.at(0).source, "policy");
}

TEST(Rules, T6_ChangeOfUseLimitsAreACompanySettingNotPolicy) {
  Plan p = plan_of({{"business", "ownership_transfer"}, {"customer_type", "lv_residential"}});
  EXPECT_EQ(p.limit_source, "company_setting");
  EXPECT_EQ(p.time_limit_rule, "company_setting");
  EXPECT_EQ(p.time_limit_working_days, 1 + 2);  // shared/data/service-config.json: ownership_transfer 1 + 2
  EXPECT_EQ(p.stages.size(), 2u);
  EXPECT_FALSE(p.red_line.yes);
  EXPECT_EQ(p.property_boundary.code, "unchanged");
  EXPECT_EQ(plan_of(hv()).limit_source, "policy");
}

TEST(Rules, G1_EveryBusinessEvaluatesForEveryCustomerType) {
  for (auto b : gp::all_businesses())
    for (auto t : gp::all_customer_types()) {
      auto r = gp::evaluate_json({{"business", gp::to_string(b)}, {"customer_type", gp::to_string(t)}});
      ASSERT_TRUE(r.ok()) << gp::to_string(b) << "/" << gp::to_string(t) << ": " << r.error().message_en;
      EXPECT_FALSE(r->stages.empty());
      EXPECT_GE(r->documents.size(), 1u);
      EXPECT_LE(r->documents.size(), 2u);  // rule D1: two documents for ordinary customers
    }
}

// rule D8: "低压手机APP办理的业务，取消纸质档案管理": LV and done in the app, nothing else.
TEST(Rules, D8_ElectronicOnlyArchiveIsForLvBusinessDoneOnline) {
  Plan lv = plan_of({{"business", "new_connection"}, {"customer_type", "lv_residential"}});
  EXPECT_TRUE(lv.electronic_archive_only);  // before the channel is known: as if applied online
  gp::apply_channel(lv, "online");
  EXPECT_TRUE(lv.electronic_archive_only);
  for (const char* paper : {"service_hall", "kiosk", "proactive"}) {
    gp::apply_channel(lv, paper);
    EXPECT_FALSE(lv.electronic_archive_only) << paper << " keeps the paper archive";
    json j;
    gp::to_json(j, lv);
    EXPECT_EQ(j.at("paper_archive"), true) << paper;
  }
  Plan hv_plan = plan_of(hv());
  gp::apply_channel(hv_plan, "online");
  EXPECT_FALSE(hv_plan.electronic_archive_only);  // HV is not "低压"
}

TEST(Rules, PlanJsonNamesEveryPartAndItsRule) {
  json j;
  gp::to_json(j, plan_of(hv()));
  for (const char* k : {"small_micro", "invest_to_red_line", "stages", "time_limit_working_days", "supporting_works",
                        "documents", "fees", "outage_plan", "rule_ids", "rules", "facts"})
    EXPECT_TRUE(j.contains(k)) << k;
  EXPECT_EQ(j["stages"][0]["code"], "application");
  EXPECT_EQ(j["outage_plan"], "weekly");
  EXPECT_EQ(j["rules"]["time_limit"], "T4");
  EXPECT_TRUE(j["fees"].empty());
}

// rule G2: "明确全业务、全流程、各环节时限要求" — the seed's totals, one case each: LV without works 2,
// LV with works 5, LV small/micro 15, 10 kV and above 16 (works not counted, T4), important 21.
TEST(Rules, G2_TheSeedsTotalsForEachKindOfApplication) {
  EXPECT_EQ(plan_of({{"business", "new_connection"}, {"customer_type", "lv_residential"}}).time_limit_working_days, 2);
  json lv_works = {{"business", "new_connection"}, {"customer_type", "lv_residential"}, {"supporting_works", kLvWorks}};
  EXPECT_EQ(plan_of(lv_works).time_limit_working_days, 5);
  json sm = lv_small_micro();
  sm["supporting_works"] = kLvWorks;
  EXPECT_EQ(plan_of(sm).time_limit_working_days, 15);
  json hv_works = hv();
  hv_works["supporting_works"] = json::array({{{"kind", "overhead_line"}, {"voltage_kv", 10}}});
  EXPECT_EQ(plan_of(hv_works).time_limit_working_days, 16);  // not 16 + 20: the works run on their own clock
  json important = hv();
  important["important"] = true;
  EXPECT_EQ(plan_of(important).time_limit_working_days, 21);
}

// rule G3: "公司投资界面延伸至客户规划红线" for the classes of rule I1: each of them gets the red-line
// boundary (the first breaker or first support outside the red line, I2); a class outside I1 does not.
TEST(Rules, G3_CompanyInvestsToTheRedLineForTheI1Classes) {
  json park = hv();
  park["in_provincial_park"] = true;
  park["industry"] = "industrial";
  json sub = hv();
  sub["capacity_kw"] = 1000;
  sub["substitution_capacity_kw"] = 600;
  const std::vector<json> classes = {park, sub,
                                     {{"business", "new_connection"}, {"customer_type", "ev_non_residential"}, {"voltage_kv", 10}, {"capacity_kw", 900}},
                                     {{"business", "new_connection"}, {"customer_type", "lv_residential"}}, lv_small_micro()};
  for (const auto& f : classes) {
    const Plan p = plan_of(f);
    EXPECT_TRUE(p.red_line.yes) << f.dump();
    EXPECT_EQ(p.property_boundary.code, "first_breaker_or_support_outside_red_line") << f.dump();
  }
  EXPECT_FALSE(plan_of(hv()).red_line.yes);
  EXPECT_EQ(plan_of(hv()).property_boundary.code, "nearest_public_grid_point");
}
