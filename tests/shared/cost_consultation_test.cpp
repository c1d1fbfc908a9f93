// Rule P4 in shared/: the cost consultation's request, its first estimate (company settings: the
// seed promises only the consultation, no formula) and the rental-package choice.
#include <gtest/gtest.h>

#include "gp/cost_consultation.h"
#include "gp/service_config.h"

namespace {

using nlohmann::json;

json request(double voltage_kv, const char* use, int count, double kw_each) {
  return {{"equipment", json::array({{{"kind", "设备"}, {"count", count}, {"kw_each", kw_each}}})},
          {"use", use}, {"voltage_kv", voltage_kv}, {"area", "城关镇"}, {"address", "邾县城关镇解放路1号"}};
}

gp::CostEstimate estimate(const json& body) {
  auto r = gp::parse_cost_request(body);
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message_en);
  return gp::estimate_cost(r.value(), gp::ServiceConfig::builtin().cost_consultation);
}

}  // namespace

TEST(CostConsultation, P4_DefaultSettingsAreTheCompanysAndRead) {
  const auto& s = gp::ServiceConfig::builtin().cost_consultation;
  EXPECT_EQ(s.answer_limit_working_days, 2);
  EXPECT_DOUBLE_EQ(s.power_factor, 0.85);
  EXPECT_DOUBLE_EQ(s.demand_factor("industrial"), 0.75);
  EXPECT_FALSE(s.typical_designs.empty());
  // Written and read back unchanged.
  auto again = gp::ServiceConfig::from_json(gp::ServiceConfig::builtin().to_json());
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(gp::cost_settings_json(again->cost_consultation), gp::cost_settings_json(s));
  auto bad = gp::ServiceConfig::from_json(R"({"cost_consultation":{"power_factor":1.5}})");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field, "cost_consultation.power_factor");
  auto desc = gp::ServiceConfig::from_json(R"({"cost_consultation":{"transformer_sizes_kva":[100,50]}})");
  ASSERT_FALSE(desc.ok());
  EXPECT_EQ(desc.error().field, "cost_consultation.transformer_sizes_kva[1]");
}

TEST(CostConsultation, P4_EstimateRoundsUpToAStandardSize) {
  // 20 × 25 kW industrial at 10 kV: 500 × 0.75 ÷ 0.85 = 441.2 kVA -> 500 kVA.
  auto e = estimate(request(10, "industrial", 20, 25));
  EXPECT_DOUBLE_EQ(e.installed_kw, 500);
  EXPECT_NEAR(e.demand_kva, 441.18, 0.01);
  EXPECT_DOUBLE_EQ(e.suggested_capacity, 500);
  EXPECT_EQ(e.unit, "kVA");
  EXPECT_FALSE(e.low_voltage);
  EXPECT_NE(e.equipment_zh.find("箱式变电站"), std::string::npos);
  // Exactly a standard size stays that size: 400 kVA demand (340 kW ÷ 0.85) -> 400.
  auto exact = estimate(request(10, "industrial", 1, 340 / 0.75));
  EXPECT_DOUBLE_EQ(exact.suggested_capacity, 400);
  // Small load at 10 kV: pole-mounted transformer band.
  auto pole = estimate(request(10, "agricultural", 10, 10));  // 100 × 0.8 ÷ 0.85 = 94 -> 100
  EXPECT_DOUBLE_EQ(pole.suggested_capacity, 100);
  EXPECT_NE(pole.equipment_zh.find("柱上变压器"), std::string::npos);
  // Large: a 10 kV switch room.
  auto room = estimate(request(10, "industrial", 10, 150));  // 1500 × 0.75 ÷ 0.85 = 1323.5 -> 1600
  EXPECT_DOUBLE_EQ(room.suggested_capacity, 1600);
  EXPECT_NE(room.equipment_zh.find("配电室"), std::string::npos);
  // Beyond the table: decided on site.
  auto huge = estimate(request(35, "industrial", 100, 100));
  EXPECT_TRUE(huge.beyond_table);
}

TEST(CostConsultation, P4_LowVoltageWishWithinTheLimitNeedsNoTransformer) {
  auto lv = estimate(request(0.38, "commercial", 4, 10));  // 40 × 0.7 = 28 kW
  EXPECT_TRUE(lv.low_voltage);
  EXPECT_DOUBLE_EQ(lv.suggested_capacity, 28);
  EXPECT_EQ(lv.unit, "kW");
  auto over = estimate(request(0.38, "industrial", 10, 20));  // 200 × 0.75 = 150 kW > 100
  EXPECT_FALSE(over.low_voltage);
  EXPECT_EQ(over.unit, "kVA");
  EXPECT_NE(over.note_zh.find("10 千伏"), std::string::npos);
}

TEST(CostConsultation, P4_R2_RequestFieldsArePrecise) {
  auto firm = request(10, "industrial", 1, 100);
  firm["company"] = "邾县精工机械有限公司";
  EXPECT_EQ(gp::parse_cost_request(firm).error().field, "credit_code");
  firm["credit_code"] = "91350100M000100Y43";
  EXPECT_TRUE(gp::parse_cost_request(firm).ok());
  auto body = request(10, "industrial", 1, 100);
  body["equipment"][0]["count"] = 0;
  EXPECT_EQ(gp::parse_cost_request(body).error().field, "equipment[0].count");
  body = request(0.4, "industrial", 1, 100);
  EXPECT_EQ(gp::parse_cost_request(body).error().field, "voltage_kv");
  // What is stored reads back the same.
  auto r = gp::parse_cost_request(firm);
  EXPECT_EQ(gp::to_json(gp::parse_cost_request(gp::to_json(r.value())).value()), gp::to_json(r.value()));
}

TEST(CostConsultation, P4_AnswerAndRating) {
  EXPECT_EQ(gp::parse_cost_answer({{"recommended_capacity_kva", 0}, {"standard_equipment", "箱变"}, {"cost_reference", "约10万元"}})
                .error().field, "recommended_capacity_kva");
  EXPECT_TRUE(gp::parse_cost_answer({{"recommended_capacity_kva", 400}, {"standard_equipment", "箱变"}, {"cost_reference", "约10万元"}}).ok());
  EXPECT_EQ(gp::parse_cost_rating({{"score", 0}}).error().field, "score");
  EXPECT_EQ(gp::parse_cost_rating({{"score", 5}, {"comment", "好"}}).value().score, 5);
}

TEST(CostConsultation, P4_RentalChoiceIsForTemporarySupplyAndLargeEnough) {
  gp::RentalPackageFacts p{true, true, 200, "200 kVA"};
  EXPECT_FALSE(gp::check_rental_choice(p, gp::Business::temporary_supply, 200, "rental_package_id"));
  EXPECT_EQ(gp::check_rental_choice(p, gp::Business::temporary_supply, 201, "rental_package_id")->code, "too_small");
  EXPECT_EQ(gp::check_rental_choice(p, gp::Business::new_connection, 100, "rental_package_id")->code, "not_allowed");
  p.active = false;
  EXPECT_EQ(gp::check_rental_choice(p, gp::Business::temporary_supply, 100, "rental_package_id")->field, "rental_package_id");
  auto pkg = gp::parse_rental_package({{"name", "A"}, {"capacity_kva", 100}, {"monthly_price_yuan", 12.5}, {"deposit_yuan", 0}, {"min_term_months", 3}});
  ASSERT_TRUE(pkg.ok());
  EXPECT_EQ(pkg->monthly_price_fen, 1250);
  EXPECT_EQ(gp::parse_rental_package({{"name", "A"}, {"capacity_kva", 100}, {"monthly_price_yuan", 1.001}, {"deposit_yuan", 0}, {"min_term_months", 3}})
                .error().field, "monthly_price_yuan");
}
