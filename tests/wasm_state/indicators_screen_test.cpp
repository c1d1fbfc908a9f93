// Indicators (issue 5; rules M4, G5) through their apply(): a visit sets the month and loads the
// figures with reliability; periods asked; customers per area saved (admins); outage records
// imported as CSV text with the server's problems by line.
#include <gtest/gtest.h>

#include "gp/dto/indicators.h"
#include "gp/dto/reliability.h"
#include "screen_test_util.h"

using nlohmann::json;
using screen_test::error;
using screen_test::find;

namespace {

// The bodies as the server writes them: the shared DTOs (gp/dto/indicators.h, reliability.h).
json figures() {
  gp::dto::IndicatorsBody b;
  b.from = "2026-11-01";
  b.to = "2026-11-30";
  b.received = 224;
  b.completed = 58;
  b.scope = gp::dto::ScopeDto{};
  return b;
}
json reliability() {
  gp::dto::ReliabilityBody r;
  r.outages = 1;
  r.urban_customers = 12000;
  r.rural_customers = 30000;
  r.urban.area = "urban";
  r.urban.asai = 0.99999;
  r.urban.asai_target = 0.99961;  // rule G5
  r.rural.area = "rural";
  r.rural.asai = 0.998;
  r.rural.asai_target = 0.99804;  // rule G5
  r.rural.meets_asai = false;
  return r;
}
const json kFigures = figures();
const json kReliability = reliability();


state::AppState on_indicators() { return screen_test::user_on("admin", state::Screen::Indicators); }

TEST(IndicatorsScreen, M4_FiguresOfAnotherShapeAreNamedNotShownAsZeros) {
  auto s = on_indicators();
  state::IndicatorsIntent in;
  in.entered = true;
  in.today = "2026-11-30";
  auto rs = state::apply(s, in);
  json changed = kFigures;
  changed.erase("on_time_rate");
  state::answer(s, *find(rs, "GET", "/indicators"), state::reply(200, changed));
  EXPECT_FALSE(s.staff.indicators.data.has_value());
  EXPECT_NE(s.staff.indicators.errors["form"].find("on_time_rate"), std::string::npos) << s.staff.indicators.errors["form"];
}

TEST(IndicatorsScreen, M4_AVisitLoadsTheMonthsFiguresAndReliability) {
  auto s = on_indicators();
  state::IndicatorsIntent in;
  in.entered = true;
  in.today = "2026-11-30";
  auto rs = state::apply(s, in);
  ASSERT_EQ(rs.size(), 2u);
  const auto* fig = find(rs, "GET", "/indicators");
  const auto* rel = find(rs, "GET", "/reliability");
  ASSERT_TRUE(fig && rel);
  EXPECT_EQ(fig->path, "/indicators?from=2026-11-01&to=2026-11-30");
  EXPECT_EQ(rel->path, "/reliability?from=2026-11-01&to=2026-11-30");
  state::answer(s, *fig, state::reply(200, kFigures));
  state::answer(s, *rel, state::reply(200, kReliability));
  ASSERT_TRUE(s.staff.indicators.data);
  EXPECT_EQ(s.staff.indicators.data->received, 224);
  EXPECT_EQ(s.staff.indicators.loaded_query, "?from=2026-11-01&to=2026-11-30");
  ASSERT_TRUE(s.staff.indicators.reliability);
  EXPECT_EQ(s.staff.indicators.urban_customers, "12000");  // prefilled from the settings
  EXPECT_TRUE(state::apply(s, in).empty());  // the figures stay for the next visit
}

TEST(IndicatorsScreen, M4_APeriodAskedAndItsErrorsBesideTheDates) {
  auto s = on_indicators();
  state::IndicatorsIntent quick;
  quick.quick = 1;  // last month
  quick.today = "2026-03-15";
  auto rs = state::apply(s, quick);
  ASSERT_EQ(rs.size(), 2u);
  EXPECT_EQ(find(rs, "GET", "/indicators")->path, "/indicators?from=2026-02-01&to=2026-02-28");
  state::answer(s, *find(rs, "GET", "/indicators"), error(400, "结束日期早于开始日期", "to"));
  EXPECT_EQ(s.staff.indicators.errors.at("to"), "结束日期早于开始日期");
  state::answer(s, *find(rs, "GET", "/reliability"), state::reply(409, {{"error", {{"code", "not_configured"}, {"message_zh", "尚未设置各区域用户数"}, {"message_en", "x"}}}}));
  EXPECT_TRUE(s.staff.indicators.reliability_unconfigured);
  EXPECT_EQ(s.staff.indicators.reliability_error, "尚未设置各区域用户数");
  s.staff.indicators.from = "2026-1-1";
  state::IndicatorsIntent query;
  query.query = true;
  EXPECT_TRUE(state::apply(s, query).empty());  // checked here: nothing asked
  EXPECT_TRUE(s.staff.indicators.errors.count("from"));
}

TEST(IndicatorsScreen, G5_CustomersPerAreaAreCheckedSavedAndReliabilityReloaded) {
  auto s = on_indicators();
  s.staff.indicators.from = "2026-11-01";
  s.staff.indicators.to = "2026-11-30";
  s.staff.indicators.urban_customers = "12000";
  s.staff.indicators.rural_customers = "-3";
  state::IndicatorsIntent save;
  save.save_customers = true;
  EXPECT_TRUE(state::apply(s, save).empty());
  EXPECT_TRUE(s.staff.indicators.customer_errors.count("rural"));
  s.staff.indicators.rural_customers = "30000";
  auto rs = state::apply(s, save);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].method, "PUT");
  EXPECT_EQ(rs[0].path, "/admin/settings/customers");
  EXPECT_EQ(rs[0].body, (json{{"urban", 12000}, {"rural", 30000}}));
  state::answer(s, rs[0], error(400, "用户数过大", "urban"));
  EXPECT_EQ(s.staff.indicators.customer_errors.at("urban"), "用户数过大");
  rs = state::apply(s, save);
  auto next = state::answer(s, rs[0], state::reply(200, json::object()));
  ASSERT_EQ(next.size(), 1u);
  EXPECT_EQ(next[0].path, "/reliability?from=2026-11-01&to=2026-11-30");
}

TEST(IndicatorsScreen, G5_OutagesImportedAsTheCsvTypedWithProblemsByLine) {
  auto s = on_indicators();
  s.staff.indicators.from = "2026-11-01";
  s.staff.indicators.to = "2026-11-30";
  s.staff.indicators.outage_csv = "area,start,end,customers\nurban,x,y,3\n";
  state::IndicatorsIntent import;
  import.import_outages = true;
  auto rs = state::apply(s, import);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].method, "POST");
  EXPECT_EQ(rs[0].path, "/outages");
  EXPECT_EQ(rs[0].text, "area,start,end,customers\nurban,x,y,3\n");  // as typed: the server's errors name its lines
  EXPECT_EQ(rs[0].content_type, "text/csv; charset=utf-8");
  EXPECT_TRUE(s.staff.indicators.busy);
  state::answer(s, rs[0], state::reply(400, {{"error", {{"code", "invalid"}, {"message_zh", "导入有误"}, {"message_en", "x"}}},
                                             {"errors", {{{"field", "line 2: start"}, {"message_zh", "开始时间有误"}, {"message_en", "bad start"}}}}}));
  EXPECT_FALSE(s.staff.indicators.busy);
  ASSERT_TRUE(s.staff.indicators.outage_problems.count(2));
  rs = state::apply(s, import);
  auto next = state::answer(s, rs[0], state::reply(200, {{"imported", 1}}));
  EXPECT_TRUE(s.staff.indicators.outage_csv.empty());
  EXPECT_NE(s.staff.indicators.outage_notice.find("1"), std::string::npos);
  ASSERT_EQ(next.size(), 1u);
  EXPECT_EQ(next[0].path, "/reliability?from=2026-11-01&to=2026-11-30");
}

}  // namespace
