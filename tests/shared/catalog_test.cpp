// The public catalogue and the service configuration (rules G1, G7, P3, F1, W1, D4, D7).
#include <gtest/gtest.h>

#include "gp/catalog.h"

using nlohmann::json;

TEST(Catalog, G1_EveryBusinessOnlineWithZeroVisits) {
  json c = gp::catalog_json();
  ASSERT_EQ(c["businesses"].size(), 19u);
  for (const auto& b : c["businesses"]) {
    EXPECT_TRUE(b["online"].get<bool>());
    EXPECT_TRUE(b["zero_visits"].get<bool>());
    EXPECT_EQ(b["by_customer_type"].size(), 8u) << b["code"];
    EXPECT_FALSE(b["name_zh"].get<std::string>().empty());
    EXPECT_FALSE(b["name_en"].get<std::string>().empty());
  }
}

TEST(Catalog, G7_P3_PublishesPhoneFeesLimitsWorksDocuments) {
  json c = gp::catalog_json();
  EXPECT_EQ(c["supervision_phone"], "95598");
  EXPECT_TRUE(c["fees"]["service_fees"].empty());  // rule F1
  EXPECT_EQ(c["fees"]["items"].size(), 1u);
  EXPECT_EQ(c["supporting_works"]["rows"].size(), 13u);  // rule W1
  EXPECT_EQ(c["limits"].size(), 5u);
  EXPECT_EQ(c["reservation"]["phone_dispatch_minutes"], 20);  // rule D4
  EXPECT_EQ(c["reservation"]["online_contact_hours"], 18);
  EXPECT_EQ(c["archive_checklist"]["items"].size(), 18u);  // rule D7
  EXPECT_EQ(c["scenarios"].size(), gp::publication_scenarios().size());
  for (const auto& l : c["change_of_use_limits"]) EXPECT_EQ(l["limit_source"], "configuration");
}

TEST(Catalog, ScenarioLimitsMatchThePolicy) {
  json c = gp::catalog_json();
  std::map<std::string, int> limits;
  for (const auto& s : c["scenarios"]) limits[s["code"]] = s["time_limit_working_days"];
  EXPECT_EQ(limits["lv_no_works"], 2);          // T1
  EXPECT_EQ(limits["lv_with_works"], 5);        // T2
  EXPECT_EQ(limits["lv_small_micro"], 15);      // T3
  EXPECT_EQ(limits["hv_standard"], 16);         // T4
  EXPECT_EQ(limits["hv_important"], 21);        // T5
}

TEST(ServiceConfig, BuiltinAndValidation) {
  const auto& c = gp::ServiceConfig::builtin();
  EXPECT_EQ(c.supervision_phone, "95598");
  EXPECT_EQ(c.change_of_use_limits.size(), 17u);
  EXPECT_DOUBLE_EQ(c.sla.warning_fraction, 0.8);
  auto again = gp::ServiceConfig::from_json(c.to_json());
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->to_json(), c.to_json());
  auto bad = gp::ServiceConfig::from_json(R"({"change_of_use_limits":{"rename":{"completion":-1}}})");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field, "change_of_use_limits.rename.completion");
  EXPECT_EQ(gp::ServiceConfig::from_json(R"({"change_of_use_limits":{"new_connection":{}}})").error().field,
            "change_of_use_limits.new_connection");
  EXPECT_EQ(gp::ServiceConfig::from_json(R"({"sla":{"warning_fraction":2}})").error().field, "sla.warning_fraction");
  EXPECT_FALSE(gp::ServiceConfig::from_json("{").ok());
}

TEST(Codes, WireNamesRoundTrip) {
  for (auto t : gp::all_customer_types()) EXPECT_EQ(gp::parse_customer_type(gp::to_string(t)), t);
  for (auto b : gp::all_businesses()) EXPECT_EQ(gp::parse_business(gp::to_string(b)), b);
  for (auto k : gp::all_works_kinds()) EXPECT_EQ(gp::parse_works_kind(gp::to_string(k)), k);
  EXPECT_FALSE(gp::parse_business("NEW_CONNECTION").has_value());
  EXPECT_EQ(gp::all_businesses().size(), 19u);  // 2 connection + 17 change-of-use
}
