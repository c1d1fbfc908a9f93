// "What applies to me?": the form builds the same facts the server takes and evaluates them with
// the shared rules (one rule, one place), asking only what matters for the case.
#include <gtest/gtest.h>

#include "gp/rules.h"
#include "state/rules_form.h"

using state::RulesForm;

TEST(RulesForm, ResidentDefaultsGiveT1Plan) {
  RulesForm f;
  auto out = state::evaluate_form(f, false);
  ASSERT_TRUE(out.errors.empty());
  ASSERT_TRUE(out.plan.has_value());
  EXPECT_EQ((*out.plan)["time_limit_working_days"], 2);  // rule T1
  EXPECT_EQ(out.facts["customer_type"], "lv_residential");
}

TEST(RulesForm, SamePlanAsTheServerWouldCompute) {
  RulesForm f;
  f.customer_type = gp::CustomerType::hv;
  f.capacity_kw = "1200";
  f.important = true;
  f.works = {{1, 0, false}};  // 10 kV overhead line
  auto out = state::evaluate_form(f, true);
  ASSERT_TRUE(out.plan.has_value());
  nlohmann::json server = gp::evaluate_json(out.facts).value();
  EXPECT_EQ(*out.plan, server);
  EXPECT_EQ((*out.plan)["time_limit_working_days"], 21);  // rule T5
  EXPECT_EQ((*out.plan)["supporting_works"][0]["limit_working_days"], 20);  // rule W1
}

TEST(RulesForm, TypedErrorsNameTheField) {
  RulesForm f;
  f.capacity_kw = "8千瓦";
  auto out = state::evaluate_form(f, false);
  EXPECT_FALSE(out.plan.has_value());
  EXPECT_TRUE(out.errors.count("capacity_kw"));
  f.capacity_kw = "0";
  out = state::evaluate_form(f, true);
  ASSERT_TRUE(out.errors.count("capacity_kw"));  // out of range, from shared/ validation
  EXPECT_NE(out.errors["capacity_kw"].find("out of range"), std::string::npos);
  f.capacity_kw = "8";
  f.latitude = "33.7";
  out = state::evaluate_form(f, false);
  EXPECT_TRUE(out.errors.count("meter_location.longitude"));
}

TEST(RulesForm, AsksOnlyWhatMatters) {
  RulesForm f;  // a resident: no industry, no park, no proactive
  auto r = state::relevance(f);
  EXPECT_FALSE(r.industry);
  EXPECT_FALSE(r.park);
  EXPECT_FALSE(r.proactive);
  EXPECT_TRUE(r.meter_location);  // rule S3
  f.customer_type = gp::CustomerType::hv;
  r = state::relevance(f);
  EXPECT_TRUE(r.park);
  EXPECT_TRUE(r.important);
  EXPECT_FALSE(r.meter_location);
  f.business = gp::Business::rename;
  r = state::relevance(f);
  EXPECT_FALSE(r.works);
  // irrelevant flags never reach the facts
  f.customer_type = gp::CustomerType::lv_residential;
  f.business = gp::Business::new_connection;
  f.in_provincial_park = true;
  f.proactive = true;
  auto out = state::evaluate_form(f, false);
  EXPECT_FALSE(out.facts.contains("in_provincial_park"));
  EXPECT_FALSE(out.facts.contains("proactive"));
  EXPECT_TRUE(out.plan.has_value());
}

TEST(RulesForm, SmallMicroEnterpriseT3) {
  RulesForm f;
  f.customer_type = gp::CustomerType::lv_non_residential;
  f.capacity_kw = "100";
  f.works = {{0, 0, false}};
  auto out = state::evaluate_form(f, false);
  ASSERT_TRUE(out.plan.has_value());
  EXPECT_TRUE((*out.plan)["small_micro"].get<bool>());
  EXPECT_EQ((*out.plan)["time_limit_working_days"], 15);  // rule T3
}

// rule G1: the apply wizard offers every business of the catalogue (at least the seed's 24) and
// each gives a plan the server would accept, for every customer type.
TEST(RulesForm, G1_EveryBusinessOfTheWizardGivesAPlan) {
  ASSERT_GE(gp::all_businesses().size(), 24u);
  for (auto b : gp::all_businesses())
    for (auto t : gp::all_customer_types()) {
      RulesForm f;
      f.business = b;
      f.customer_type = t;
      auto out = state::evaluate_form(f, false);
      EXPECT_TRUE(out.errors.empty()) << gp::to_string(b) << "/" << gp::to_string(t);
      ASSERT_TRUE(out.plan.has_value()) << gp::to_string(b) << "/" << gp::to_string(t);
      EXPECT_EQ((*out.plan)["business"]["code"], gp::to_string(b));
      EXPECT_TRUE(gp::evaluate_json(out.facts).ok()) << gp::to_string(b);
    }
}
