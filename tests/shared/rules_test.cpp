// Step plans, limits, classification, fees and outage plans (rules I1–I5, S1–S6, T1–T6, F1, O1, G4).
#include <gtest/gtest.h>

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
  EXPECT_EQ(p.stages.size(), 3u);
  EXPECT_LE(p.stages.size(), 3u);  // rule S1: at most 3
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

TEST(Rules, S5_AssetTransferKeepsDesignReview) {
  json f = hv();
  f["asset_transfer"] = true;
  Plan p = plan_of(f);
  EXPECT_TRUE(p.design_review);
  EXPECT_TRUE(p.mid_inspection);
  EXPECT_EQ(p.time_limit_working_days, 21);
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

TEST(Rules, O1_OutagePlanLevels) {
  auto plan = [](json f) { return gp::to_string(plan_of(f).outage_plan); };
  json f = hv();
  EXPECT_STREQ(plan(f), "weekly");  // 10 kV
  f["voltage_kv"] = 35;
  EXPECT_STREQ(plan(f), "monthly");
  f["voltage_kv"] = 110;
  EXPECT_STREQ(plan(f), "monthly");
  f["affects_other_customers"] = false;
  EXPECT_STREQ(plan(f), "daily");
  f["live_work_possible"] = true;
  EXPECT_STREQ(plan(f), "on_request");
  EXPECT_STREQ(plan({{"business", "new_connection"}, {"customer_type", "lv_residential"}}), "daily");
}

TEST(Rules, T6_EveryCompanyStageHasItsOwnLimitSummingToTheTotal) {
  for (const auto& f : {hv(), lv_small_micro(), json{{"business", "new_connection"}, {"customer_type", "lv_residential"}}}) {
    Plan p = plan_of(f);
    int sum = 0;
    for (const auto& s : p.stages) {
      if (s.customer_side) continue;
      ASSERT_TRUE(s.limit_working_days.has_value());
      EXPECT_GT(*s.limit_working_days, 0);
      sum += *s.limit_working_days;
    }
    EXPECT_EQ(sum, p.time_limit_working_days);
  }
}

TEST(Rules, T6_ChangeOfUseLimitsAreConfigurationNotPolicy) {
  Plan p = plan_of({{"business", "ownership_transfer"}, {"customer_type", "lv_residential"}});
  EXPECT_EQ(p.limit_source, "configuration");
  EXPECT_EQ(p.time_limit_rule, "configuration");
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

TEST(Rules, D8_LvPlanKeepsElectronicArchivesOnly) {
  EXPECT_TRUE(plan_of({{"business", "new_connection"}, {"customer_type", "lv_residential"}}).electronic_archive_only);
  EXPECT_FALSE(plan_of(hv()).electronic_archive_only);
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
