// Monthly indicators (rule M4) and manager figures (rule M3) on a fixed data set computed by hand.
#include <gtest/gtest.h>

#include "gp/channel.h"
#include "gp/indicators.h"
#include "gp/rules.h"
#include "gp/working_days_taken.h"

namespace {

gp::Instant at(int y, int m, int d, int h = 10) { return gp::cst_midnight({y, m, d}) + h * 3600; }

gp::IndicatorRecord rec(const char* n, gp::CustomerType t, const char* channel, gp::Instant sub, std::optional<gp::Instant> done,
                        double days, int limit, std::optional<int> score, std::int64_t mgr) {
  gp::IndicatorRecord r;
  r.number = n;
  r.customer_type = t;
  r.channel = channel;
  r.submitted_at = sub;
  r.completed_at = done;
  r.open = !done;
  r.working_days = days;
  r.limit_working_days = limit;
  r.on_time = days <= limit;
  r.stage_count = t == gp::CustomerType::hv ? 4 : 2;
  r.stages = {{gp::StageCode::application, 1.0, true}, {gp::StageCode::connect, days - 1.0, done.has_value()}};
  r.service_score = score;
  r.manager_score = score;
  r.manager_id = mgr;
  r.manager_name = mgr == 1 ? "王" : "李";
  return r;
}

// Six applications: five received in November 2026, four completed in it.
std::vector<gp::IndicatorRecord> data() {
  using C = gp::CustomerType;
  return {
      rec("A", C::lv_residential, "online", at(2026, 11, 2), at(2026, 11, 4), 2.0, 2, 5, 1),
      rec("B", C::lv_residential, "kiosk", at(2026, 11, 3), at(2026, 11, 9), 4.0, 2, 3, 1),
      rec("C", C::hv, "service_hall", at(2026, 11, 5), at(2026, 11, 20), 12.0, 16, 4, 2),
      rec("D", C::lv_non_residential, "online", at(2026, 11, 10), at(2026, 11, 11), 1.0, 2, std::nullopt, 2),
      rec("E", C::hv, "online", at(2026, 11, 25), std::nullopt, 3.0, 16, std::nullopt, 2),
      rec("F", C::lv_residential, "online", at(2026, 10, 30), at(2026, 11, 2), 1.5, 2, 5, 1),  // received in October
  };
}

// The same, with the one fee recorded (rule F1): C and E are dual-power HV customers charged the
// high-reliability supply fee with their plans; F (received in October) too.
std::vector<gp::IndicatorRecord> data_with_fees() {
  auto v = data();
  v[2].cost_fen = 1234567;  // C: 12,345.67 yuan
  v[4].cost_fen = 50000;    // E: 500.00 yuan, still open
  v[5].cost_fen = 99900;    // F: 999.00 yuan, received in October
  return v;
}

}  // namespace

TEST(Indicators, M4_FiguresComputedByHand) {
  auto ind = gp::compute_indicators(data(), {2026, 11, 1}, {2026, 11, 30});
  EXPECT_EQ(ind.received, 5);   // A B C D E
  EXPECT_EQ(ind.completed, 5);  // A B C D F
  // working days of completed: 2, 4, 12, 1, 1.5 -> average 20.5/5 = 4.1; p90 nearest rank ceil(4.5)=5th -> 12
  EXPECT_DOUBLE_EQ(ind.total_working_days.average, 4.1);
  EXPECT_DOUBLE_EQ(ind.total_working_days.p90, 12.0);
  EXPECT_DOUBLE_EQ(ind.on_time_rate, 4.0 / 5.0);        // B late (4 > 2)
  // rule D2: A D E online; B (kiosk) and C (counter) at the hall — the kiosk stands in the hall.
  EXPECT_DOUBLE_EQ(ind.online_share, 3.0 / 5.0);
  EXPECT_DOUBLE_EQ(ind.hall_share, 2.0 / 5.0);
  EXPECT_DOUBLE_EQ(ind.average_steps, (2 + 2 + 4 + 2 + 2) / 5.0);
  EXPECT_EQ(ind.cost_to_customer_fen, 0);               // rule F1: no fee recorded in these fixtures
  ASSERT_TRUE(ind.satisfaction.has_value());
  EXPECT_DOUBLE_EQ(*ind.satisfaction, (5 + 3 + 4 + 5) / 4.0);
  EXPECT_DOUBLE_EQ(*ind.satisfaction_rate, 3.0 / 4.0);
  // stage "connect": 1, 3, 11, 0, 0.5 -> average 15.5/5 = 3.1
  EXPECT_DOUBLE_EQ(ind.stage_working_days.at(gp::StageCode::connect).average, 3.1);
  EXPECT_DOUBLE_EQ(ind.stage_working_days.at(gp::StageCode::application).p90, 1.0);
}

// rule F1: the cost to customers is the sum of the fees recorded for the period's applications
// (C 1,234,567 + E 50,000 fen; F was received in October), and per application received (5).
TEST(Indicators, F1_CostToCustomersIsTheSumOfRecordedFees) {
  const auto ind = gp::compute_indicators(data_with_fees(), {2026, 11, 1}, {2026, 11, 30});
  EXPECT_EQ(ind.cost_to_customer_fen, 1234567 + 50000);
  EXPECT_EQ(ind.charged, 2);
  EXPECT_DOUBLE_EQ(ind.average_cost_to_customer_fen, (1234567 + 50000) / 5.0);
  const auto oct = gp::compute_indicators(data_with_fees(), {2026, 10, 1}, {2026, 10, 31});
  EXPECT_EQ(oct.cost_to_customer_fen, 99900);
  EXPECT_EQ(oct.charged, 1);
  const auto hv = gp::compute_indicators(data_with_fees(), {2026, 11, 1}, {2026, 11, 30}, gp::CustomerType::hv);
  EXPECT_EQ(hv.cost_to_customer_fen, 1234567 + 50000);
  const nlohmann::json j = ind;
  EXPECT_EQ(j.at("cost_to_customer_fen"), 1284567);
  EXPECT_NE(gp::indicators_csv(ind).find("cost_to_customer_fen,1284567\r\n"), std::string::npos);
}

TEST(Indicators, M3_ManagerTable) {
  auto ind = gp::compute_indicators(data(), {2026, 11, 1}, {2026, 11, 30});
  ASSERT_EQ(ind.managers.size(), 2u);
  const auto& wang = ind.managers[0];
  EXPECT_EQ(wang.handled, 3);  // A B F
  EXPECT_DOUBLE_EQ(wang.average_working_days, (2 + 4 + 1.5) / 3.0);
  EXPECT_DOUBLE_EQ(wang.on_time_rate, 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(*wang.satisfaction, (5 + 3 + 5) / 3.0);
  const auto& li = ind.managers[1];
  EXPECT_EQ(li.handled, 2);  // C D
  EXPECT_EQ(li.open, 1);     // E
  EXPECT_EQ(li.ratings, 1);
}

TEST(Indicators, M4_FilterByCustomerTypeAndEmptyPeriod) {
  auto hv = gp::compute_indicators(data(), {2026, 11, 1}, {2026, 11, 30}, gp::CustomerType::hv);
  EXPECT_EQ(hv.received, 2);
  EXPECT_EQ(hv.completed, 1);
  EXPECT_DOUBLE_EQ(hv.total_working_days.average, 12.0);
  auto none = gp::compute_indicators(data(), {2025, 1, 1}, {2025, 1, 31});
  EXPECT_EQ(none.received, 0);
  EXPECT_EQ(none.on_time_rate, 0);
  EXPECT_FALSE(none.satisfaction.has_value());
}

// rule D2: "办电业务仅有营业厅和线上办电两类受理渠道"; the raw channel "kiosk" is the hall's.
TEST(Indicators, D2_TwoIntakeChannelsTheKioskIsHall) {
  EXPECT_EQ(gp::intake_channel_class("kiosk"), gp::IntakeChannel::hall);
  EXPECT_EQ(gp::intake_channel_class("service_hall"), gp::IntakeChannel::hall);
  EXPECT_EQ(gp::intake_channel_class("online"), gp::IntakeChannel::online);
  EXPECT_EQ(gp::intake_channel_class("proactive"), gp::IntakeChannel::none);  // staff-started, no intake
  EXPECT_STREQ(gp::to_string(gp::IntakeChannel::hall), "hall");
  // A month of kiosk applications only: no online share at all.
  std::vector<gp::IndicatorRecord> v = data();
  for (auto& r : v) r.channel = "kiosk";
  const auto ind = gp::compute_indicators(v, {2026, 11, 1}, {2026, 11, 30});
  EXPECT_DOUBLE_EQ(ind.online_share, 0.0);
  EXPECT_DOUBLE_EQ(ind.hall_share, 1.0);
}

TEST(Indicators, P90IsNearestRank) {
  EXPECT_DOUBLE_EQ(gp::distribution({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}).p90, 9);
  EXPECT_DOUBLE_EQ(gp::distribution({7}).p90, 7);
  EXPECT_EQ(gp::distribution({}).count, 0);
}

TEST(Indicators, JsonKeysSayWhatTheyAreAndCsvHasEveryFigure) {
  nlohmann::json j = gp::compute_indicators(data(), {2026, 11, 1}, {2026, 11, 30});
  for (const char* k : {"received", "completed", "average_working_days", "p90_working_days", "on_time_rate", "average_steps",
                        "cost_to_customer_fen", "average_cost_to_customer_fen", "charged", "online_share", "hall_share",
                        "proactive_share", "satisfaction", "managers", "stages"})
    EXPECT_TRUE(j.contains(k)) << k;
  const std::string csv = gp::indicators_csv(gp::compute_indicators(data(), {2026, 11, 1}, {2026, 11, 30}));
  EXPECT_EQ(csv.rfind("\xEF\xBB\xBF", 0), 0u);
  EXPECT_NE(csv.find("on_time_rate,0.8"), std::string::npos);
  EXPECT_NE(csv.find("average_working_days,4.1"), std::string::npos);
  EXPECT_NE(csv.find("online_share,0.6\r\n"), std::string::npos);  // rule D2: A D E of five
  EXPECT_NE(csv.find("hall_share,0.4\r\n"), std::string::npos);    // B (kiosk) and C
}

// rules M3, M4, T6: "working days taken" is one function for the managers list and the indicators:
// company time from the midnight after submission, the customer's pauses excluded. An LV
// application submitted Monday 2026-07-06 09:00, waiting on the customer from Tuesday 12:00 to
// Thursday 12:00, energized Friday 07-10 12:00: 0.5 + 1.0 = 1.5 working days (whole dates: 4).
TEST(Indicators, M3_M4_WorkingDaysTakenExcludesTheCustomersPauses) {
  auto plan = gp::evaluate_json({{"business", "new_connection"}, {"customer_type", "lv_residential"}});
  ASSERT_TRUE(plan);
  auto T = [](const char* iso) { return *gp::parse_datetime(iso); };
  gp::AppState s = gp::start_application(plan.value(), T("2026-07-06T09:00:00+08:00"), "online");
  s.pauses.push_back({T("2026-07-07T12:00:00+08:00"), T("2026-07-09T12:00:00+08:00")});
  s.completed_at = T("2026-07-10T12:00:00+08:00");
  const double taken = gp::working_days_taken(s, gp::Calendar::builtin(), T("2026-08-01T00:00:00+08:00"), {});
  EXPECT_DOUBLE_EQ(taken, 1.5);
  // Without the pause: 07-07, 07-08, 07-09 and half of 07-10.
  s.pauses.clear();
  EXPECT_DOUBLE_EQ(gp::working_days_taken(s, gp::Calendar::builtin(), T("2026-08-01T00:00:00+08:00"), {}), 3.5);
}
