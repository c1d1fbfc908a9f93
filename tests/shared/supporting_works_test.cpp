// Supporting works (rules W1, W2, W3).
#include <gtest/gtest.h>

#include "gp/supporting_works.h"

namespace {
gp::WorksItem item(double kv, gp::WorksKind k, bool urgent = false) { return {kv, k, urgent}; }
}  // namespace

TEST(SupportingWorks, W1_AllThirteenRows) {
  using K = gp::WorksKind;
  EXPECT_EQ(gp::works_limit_table().size(), 13u);
  EXPECT_EQ(gp::works_limit_working_days(item(0.4, K::lv), false), 3);
  EXPECT_EQ(gp::works_limit_working_days(item(0.4, K::lv), true), 13);
  EXPECT_EQ(gp::works_limit_working_days(item(10, K::t_connection), false), 7);
  EXPECT_EQ(gp::works_limit_working_days(item(10, K::overhead_line), false), 20);
  EXPECT_EQ(gp::works_limit_working_days(item(10, K::ring_main_unit), false), 30);
  EXPECT_EQ(gp::works_limit_working_days(item(10, K::switching_station_or_cable), false), 50);
  EXPECT_EQ(gp::works_limit_working_days(item(10, K::substation_bay), false), 60);
  EXPECT_EQ(gp::works_limit_working_days(item(35, K::substation_bay), false), 60);
  EXPECT_EQ(gp::works_limit_working_days(item(35, K::overhead_line), false), 90);
  EXPECT_EQ(gp::works_limit_working_days(item(35, K::cable_or_other), false), 120);
  EXPECT_EQ(gp::works_limit_working_days(item(110, K::substation_bay), false), 90);
  EXPECT_EQ(gp::works_limit_working_days(item(110, K::overhead_line), false), 120);
  EXPECT_EQ(gp::works_limit_working_days(item(110, K::cable_or_other), false), 180);
  EXPECT_FALSE(gp::works_limit_working_days(item(35, K::t_connection), false).has_value());
  EXPECT_FALSE(gp::works_limit_working_days(item(10, K::cable_or_other), false).has_value());
}

TEST(SupportingWorks, W2_ContractDateNeverAfterCustomerCompletion) {
  auto d = [](int y, int m, int dd) { return gp::Date{y, m, dd}; };
  EXPECT_FALSE(gp::check_contract_date(d(2026, 12, 10), d(2026, 12, 10), "agreed").has_value());
  EXPECT_FALSE(gp::check_contract_date(d(2026, 12, 1), d(2026, 12, 10), "agreed").has_value());
  auto e = gp::check_contract_date(d(2026, 12, 11), d(2026, 12, 10), "fields.agreed_completion_date");
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->field, "fields.agreed_completion_date");
  EXPECT_NE(e->message_zh.find("不得晚于"), std::string::npos);
}

TEST(SupportingWorks, W3_FundingRoutes) {
  using K = gp::WorksKind;
  EXPECT_EQ(gp::funding_route(item(10, K::overhead_line, true)), gp::FundingRoute::project_package);
  EXPECT_EQ(gp::funding_route(item(10, K::overhead_line, false)), gp::FundingRoute::annual_plan);
  EXPECT_EQ(gp::funding_route(item(0.4, K::lv)), gp::FundingRoute::lv_repair_materials);
  EXPECT_EQ(gp::funding_route(item(35, K::overhead_line, true)), gp::FundingRoute::annual_plan);
}
