// Parsing and validation of application facts: every bad input names its field.
#include <gtest/gtest.h>

#include <set>

#include "gp/facts.h"

using nlohmann::json;

namespace {
gp::Error error_of(const json& j) {
  auto r = gp::parse_facts(j);
  EXPECT_FALSE(r.ok()) << j.dump();
  return r.ok() ? gp::Error{} : r.error();
}
json base() { return {{"business", "new_connection"}, {"customer_type", "hv"}}; }
json with(json j, const char* k, json v) {
  j[k] = std::move(v);
  return j;
}
}  // namespace

TEST(Facts, RequiredFieldsAreNamed) {
  EXPECT_EQ(error_of(json::object()).field, "business");
  EXPECT_EQ(error_of({{"business", "new_connection"}}).field, "customer_type");
  EXPECT_EQ(error_of(json::array()).code, "invalid_type");
  EXPECT_EQ(error_of("text").code, "invalid_type");
}

TEST(Facts, UnknownAndMistypedFields) {
  auto e = error_of(with(base(), "colour", "red"));
  EXPECT_EQ(e.code, "unknown_field");
  EXPECT_EQ(e.field, "colour");
  EXPECT_EQ(error_of(with(base(), "capacity_kw", "800")).field, "capacity_kw");
  EXPECT_EQ(error_of(with(base(), "important", "true")).field, "important");
  EXPECT_EQ(error_of(with(base(), "business", 3)).field, "business");
  EXPECT_EQ(error_of(with(base(), "business", "teleport")).field, "business");
  EXPECT_EQ(error_of(with(base(), "customer_type", "martian")).field, "customer_type");
  EXPECT_EQ(error_of(with(base(), "industry", "mining")).field, "industry");
  EXPECT_FALSE(error_of(with(base(), "industry", "mining")).message_zh.empty());
  // extra keys can be allowed by the caller (facts embedded in an application body)
  EXPECT_TRUE(gp::parse_facts(with(base(), "address", "x"), {"address"}).ok());
}

TEST(Facts, OutOfRange) {
  for (json v : {json(0), json(-5), json(2e6)}) {
    auto e = error_of(with(base(), "capacity_kw", v));
    EXPECT_EQ(e.field, "capacity_kw");
    EXPECT_EQ(e.code, "out_of_range");
  }
  EXPECT_EQ(error_of(with(base(), "voltage_kv", 0.38)).field, "voltage_kv");  // HV type at LV
  EXPECT_EQ(error_of(with(base(), "voltage_kv", 20)).code, "contradictory");
  EXPECT_EQ(error_of({{"business", "new_connection"}, {"customer_type", "lv_residential"}, {"voltage_kv", 10}}).field, "voltage_kv");
}

TEST(Facts, ContradictoryFacts) {
  EXPECT_EQ(error_of({{"business", "new_connection"}, {"customer_type", "lv_residential"}, {"industry", "industrial"}}).field, "industry");
  EXPECT_EQ(error_of({{"business", "new_connection"}, {"customer_type", "well_individual"}, {"industry", "commercial"}}).field, "industry");
  EXPECT_EQ(error_of({{"business", "new_connection"}, {"customer_type", "lv_non_residential"}, {"industry", "residential"}}).field, "industry");
  auto sub = base();
  sub["capacity_kw"] = 100;
  sub["substitution_capacity_kw"] = 101;
  EXPECT_EQ(error_of(sub).field, "substitution_capacity_kw");
  // rule S5: important / asset-transfer customers are HV
  EXPECT_EQ(error_of({{"business", "new_connection"}, {"customer_type", "lv_non_residential"}, {"important", true}}).field, "important");
  EXPECT_EQ(error_of({{"business", "new_connection"}, {"customer_type", "lv_non_residential"}, {"asset_transfer", true}}).field, "asset_transfer");
  // rules S2/S4: proactive service is for enterprises and connection businesses
  EXPECT_EQ(error_of({{"business", "new_connection"}, {"customer_type", "lv_residential"}, {"proactive", true}}).field, "proactive");
  EXPECT_EQ(error_of({{"business", "rename"}, {"customer_type", "hv"}, {"proactive", true}}).field, "proactive");
}

TEST(Facts, W1_SupportingWorksItemsValidatedByTable) {
  auto w = [](json items) { return with(base(), "supporting_works", std::move(items)); };
  EXPECT_TRUE(gp::parse_facts(w(json::array({{{"kind", "overhead_line"}, {"voltage_kv", 35}}}))).ok());
  EXPECT_EQ(error_of(w(json::array({{{"kind", "t_connection"}, {"voltage_kv", 35}}}))).field, "supporting_works[0].kind");
  EXPECT_EQ(error_of(w(json::array({{{"kind", "overhead_line"}}, {{"kind", "warp"}}}))).field, "supporting_works[1].kind");
  EXPECT_EQ(error_of(w(json::array({{{"voltage_kv", 10}}}))).field, "supporting_works[0].kind");
  EXPECT_EQ(error_of(w(json::array({{{"kind", "lv"}}}))).field, "supporting_works[0].kind");  // HV customer
  EXPECT_EQ(error_of(w(json::array({{{"kind", "overhead_line"}, {"extra", 1}}}))).field, "supporting_works[0].extra");
  EXPECT_EQ(error_of(w("lots")).field, "supporting_works");
  EXPECT_EQ(error_of({{"business", "new_connection"}, {"customer_type", "lv_residential"},
                      {"supporting_works", json::array({{{"kind", "overhead_line"}}})}}).field, "supporting_works[0].kind");
  EXPECT_EQ(error_of({{"business", "rename"}, {"customer_type", "lv_residential"},
                      {"supporting_works", json::array({{{"kind", "lv"}}})}}).field, "supporting_works");
}

// Rule W1's table, as the seed lists it: 10 kV has T-connection, overhead line, ring main unit,
// switching station/cable, substation bay; 35 kV and 110 kV have substation bay, overhead line,
// cable/other. Accepted kinds per voltage are exactly those (facts read the table, issue 16).
TEST(Facts, W1_KindsPerVoltageAreTheTablesRows) {
  auto accepted_at = [](double kv) {
    std::set<std::string> out;
    for (const char* k : {"lv", "t_connection", "overhead_line", "ring_main_unit", "switching_station_or_cable", "substation_bay", "cable_or_other"}) {
      json f = {{"business", "new_connection"}, {"customer_type", "hv"}, {"capacity_kw", 800}, {"voltage_kv", kv},
                {"supporting_works", json::array({{{"kind", k}, {"voltage_kv", kv}}})}};
      if (gp::parse_facts(f).ok()) out.insert(k);
    }
    return out;
  };
  EXPECT_EQ(accepted_at(10), (std::set<std::string>{"t_connection", "overhead_line", "ring_main_unit", "switching_station_or_cable", "substation_bay"}));
  EXPECT_EQ(accepted_at(35), (std::set<std::string>{"substation_bay", "overhead_line", "cable_or_other"}));
  EXPECT_EQ(accepted_at(110), (std::set<std::string>{"substation_bay", "overhead_line", "cable_or_other"}));
}

TEST(Facts, S3_MeterLocationValidated) {
  json f = {{"business", "new_connection"}, {"customer_type", "lv_residential"}};
  EXPECT_EQ(error_of(with(f, "meter_location", {{"latitude", 34.6}})).field, "meter_location.longitude");
  EXPECT_EQ(error_of(with(f, "meter_location", {{"latitude", 95}, {"longitude", 113}})).field, "meter_location.latitude");
  EXPECT_EQ(error_of(with(f, "meter_location", {{"latitude", 48.85}, {"longitude", 2.35}})).field.rfind("meter_location", 0), 0u);
  EXPECT_TRUE(gp::parse_facts(with(f, "meter_location", {{"latitude", 33.74}, {"longitude", 113.19}})).ok());
}

TEST(Facts, DefaultsPerCustomerTypeAndRoundTrip) {
  auto r = gp::parse_facts({{"business", "new_connection"}, {"customer_type", "base_station_5g"}});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->industry, gp::Industry::telecom_base_station);
  EXPECT_DOUBLE_EQ(r->voltage_kv, 0.38);
  json j = r.value();
  auto again = gp::parse_facts(j);
  ASSERT_TRUE(again.ok()) << again.error().message_en;
  json j2 = again.value();
  EXPECT_EQ(j, j2);
}

TEST(Facts, NullMeansAbsent) {
  auto r = gp::parse_facts(with(base(), "customer_external_works", nullptr));
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->customer_external_works.has_value());
}
