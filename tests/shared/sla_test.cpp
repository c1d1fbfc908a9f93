// Time-limit supervision: warning before the breach (rule M1), automatic escalation (rule M2),
// working-day limits (T1–T6) and clock-time reservation limits (D4).
#include "gp/sla.h"

#include <gtest/gtest.h>

namespace {

gp::Instant T(const char* s) { return gp::parse_datetime(s).value(); }
const gp::Calendar& cal() { return gp::Calendar::builtin(); }

// Monday 2026-11-02 09:00 CST with a 5-working-day limit (rule T2): counting Tue 11-03 to
// Mon 11-09, deadline 2026-11-10 00:00 CST; 80 % used at Saturday 2026-11-07 00:00 CST.
gp::SlaInput five_days() {
  gp::SlaInput in;
  in.start = T("2026-11-02T09:00:00+08:00");
  in.limit = 5;
  return in;
}

gp::SlaStatus at(const gp::SlaInput& in, const char* now, const gp::SlaPolicy& p = {}) {
  return gp::evaluate_working_days(cal(), in, T(now), p);
}

TEST(Sla, ToStrings) {
  EXPECT_STREQ(gp::to_string(gp::SlaLevel::normal), "normal");
  EXPECT_STREQ(gp::to_string(gp::SlaLevel::warning), "warning");
  EXPECT_STREQ(gp::to_string(gp::SlaLevel::overdue), "overdue");
  EXPECT_STREQ(gp::to_string(gp::Escalation::none), "none");
  EXPECT_STREQ(gp::to_string(gp::Escalation::customer_manager), "customer_manager");
  EXPECT_STREQ(gp::to_string(gp::Escalation::command_center), "command_center");
  EXPECT_STREQ(gp::to_string(gp::Escalation::leadership), "leadership");
}

TEST(Sla, M1_NormalBeforeWarning) {
  const auto st = at(five_days(), "2026-11-06T23:59:59+08:00");
  EXPECT_EQ(st.level, gp::SlaLevel::normal);
  EXPECT_EQ(st.escalation, gp::Escalation::none);
  EXPECT_LT(st.used_fraction, 0.8);
  EXPECT_EQ(st.deadline, T("2026-11-10T00:00:00+08:00"));
  EXPECT_EQ(st.warning_at, T("2026-11-07T00:00:00+08:00"));
  EXPECT_FALSE(st.paused);
  EXPECT_FALSE(st.done);
  EXPECT_TRUE(st.confirmed);
}

TEST(Sla, M1_WarningAtExactly80Percent) {
  const auto st = at(five_days(), "2026-11-07T00:00:00+08:00");
  EXPECT_DOUBLE_EQ(st.used, 4.0);
  EXPECT_DOUBLE_EQ(st.used_fraction, 0.8);
  EXPECT_DOUBLE_EQ(st.remaining, 1.0);
  EXPECT_EQ(st.level, gp::SlaLevel::warning);
  EXPECT_EQ(st.escalation, gp::Escalation::customer_manager);
  // The weekend does not use the limit up.
  EXPECT_EQ(at(five_days(), "2026-11-08T23:00:00+08:00").level, gp::SlaLevel::warning);
}

TEST(Sla, M2_OverdueAtDeadlineGoesToCommandCenter) {
  EXPECT_EQ(at(five_days(), "2026-11-09T23:59:59+08:00").level, gp::SlaLevel::warning);
  const auto st = at(five_days(), "2026-11-10T00:00:00+08:00");
  EXPECT_EQ(st.level, gp::SlaLevel::overdue);
  EXPECT_DOUBLE_EQ(st.remaining, 0.0);
  // Default command_center_overdue_fraction is 0: the breach itself reaches the command center.
  EXPECT_EQ(st.escalation, gp::Escalation::command_center);
}

TEST(Sla, M2_LeadershipAfterFurtherOverdue) {
  // max(20 % of 5 days, 1 day) = 1 working day overdue.
  EXPECT_EQ(at(five_days(), "2026-11-10T23:59:59+08:00").escalation, gp::Escalation::command_center);
  const auto st = at(five_days(), "2026-11-11T00:00:00+08:00");
  EXPECT_EQ(st.escalation, gp::Escalation::leadership);
  EXPECT_DOUBLE_EQ(st.remaining, -1.0);
  // A longer limit: 20 % of 16 working days (rule T4) = 3.2 days overdue.
  gp::SlaInput hv = five_days();
  hv.limit = 16;
  const auto dl = gp::working_deadline(cal(), hv.start, 16 + 3.2, {}).at;
  ASSERT_TRUE(dl);
  EXPECT_EQ(gp::evaluate_working_days(cal(), hv, *dl - 1).escalation, gp::Escalation::command_center);
  EXPECT_EQ(gp::evaluate_working_days(cal(), hv, *dl).escalation, gp::Escalation::leadership);
}

TEST(Sla, M2_CommandCenterThresholdConfigurable) {
  gp::SlaPolicy p;
  p.command_center_overdue_fraction = 0.1;  // 0.5 working day of a 5-day limit
  EXPECT_EQ(at(five_days(), "2026-11-10T11:59:59+08:00", p).escalation, gp::Escalation::customer_manager);
  EXPECT_EQ(at(five_days(), "2026-11-10T11:59:59+08:00", p).level, gp::SlaLevel::overdue);
  EXPECT_EQ(at(five_days(), "2026-11-10T12:00:00+08:00", p).escalation, gp::Escalation::command_center);
}

TEST(Sla, M2_LeadershipMinimumWorkingDays) {
  gp::SlaInput in = five_days();
  in.limit = 2;  // rule T1; deadline 2026-11-05 00:00 CST
  // 20 % of 2 days is 0.4, but leadership waits at least one working day.
  EXPECT_EQ(at(in, "2026-11-05T23:59:59+08:00").escalation, gp::Escalation::command_center);
  EXPECT_EQ(at(in, "2026-11-06T00:00:00+08:00").escalation, gp::Escalation::leadership);
  gp::SlaPolicy p;
  p.leadership_min_overdue_working_days = 0;
  EXPECT_EQ(at(in, "2026-11-05T09:35:59+08:00", p).escalation, gp::Escalation::command_center);
  EXPECT_EQ(at(in, "2026-11-05T09:36:00+08:00", p).escalation, gp::Escalation::leadership);
}

TEST(Sla, T6_DoneOnTimeFreezes) {
  gp::SlaInput in = five_days();
  in.done = T("2026-11-06T12:00:00+08:00");
  const auto st = at(in, "2026-12-20T00:00:00+08:00");
  EXPECT_TRUE(st.done);
  EXPECT_TRUE(st.on_time);
  EXPECT_DOUBLE_EQ(st.used, 3.5);
  EXPECT_EQ(st.level, gp::SlaLevel::normal);
  EXPECT_EQ(st.escalation, gp::Escalation::none);
  EXPECT_FALSE(st.paused);
}

TEST(Sla, T6_DoneExactlyAtDeadlineIsOnTime) {
  gp::SlaInput in = five_days();
  in.done = T("2026-11-10T00:00:00+08:00");
  const auto st = at(in, "2026-12-20T00:00:00+08:00");
  EXPECT_TRUE(st.on_time);
  EXPECT_DOUBLE_EQ(st.used, 5.0);
  EXPECT_EQ(st.level, gp::SlaLevel::warning);  // final state: the whole limit used
}

TEST(Sla, T6_DoneLate) {
  gp::SlaInput in = five_days();
  in.done = T("2026-11-10T12:00:00+08:00");
  const auto st = at(in, "2026-12-20T00:00:00+08:00");
  EXPECT_TRUE(st.done);
  EXPECT_FALSE(st.on_time);
  EXPECT_DOUBLE_EQ(st.used, 5.5);
  EXPECT_EQ(st.level, gp::SlaLevel::overdue);
  EXPECT_EQ(st.escalation, gp::Escalation::command_center);
  // Evaluated before it was done, the item is still running.
  const auto before = at(in, "2026-11-06T12:00:00+08:00");
  EXPECT_TRUE(before.done);
  EXPECT_DOUBLE_EQ(before.used, 3.5);
}

TEST(Sla, T6_PausedWaitingOnCustomer) {
  gp::SlaInput in = five_days();
  in.pauses.push_back({T("2026-11-05T12:00:00+08:00"), std::nullopt});
  const auto st = at(in, "2026-11-20T00:00:00+08:00");
  EXPECT_TRUE(st.paused);
  EXPECT_DOUBLE_EQ(st.used, 2.5);
  EXPECT_EQ(st.level, gp::SlaLevel::normal);
  EXPECT_FALSE(st.deadline);
  EXPECT_FALSE(st.warning_at);
  // Paused after the warning started: the warning stands, the deadline is unknown.
  gp::SlaInput late = five_days();
  late.pauses.push_back({T("2026-11-07T10:00:00+08:00"), std::nullopt});
  const auto w = at(late, "2026-11-20T00:00:00+08:00");
  EXPECT_EQ(w.level, gp::SlaLevel::warning);
  EXPECT_EQ(w.warning_at, T("2026-11-07T00:00:00+08:00"));
  EXPECT_FALSE(w.deadline);
  // A closed pause moves the deadline and is not "paused" afterwards.
  gp::SlaInput closed = five_days();
  closed.pauses.push_back({T("2026-11-05T00:00:00+08:00"), T("2026-11-06T00:00:00+08:00")});
  const auto c = at(closed, "2026-11-10T00:00:00+08:00");
  EXPECT_FALSE(c.paused);
  EXPECT_EQ(c.deadline, T("2026-11-11T00:00:00+08:00"));
  EXPECT_EQ(c.level, gp::SlaLevel::warning);
}

TEST(Sla, T6_ZeroLimitOverdueWhenCountingStarts) {
  gp::SlaInput in = five_days();
  in.limit = 0;
  EXPECT_EQ(at(in, "2026-11-02T23:59:59+08:00").level, gp::SlaLevel::normal);
  const auto st = at(in, "2026-11-03T00:00:00+08:00");
  EXPECT_EQ(st.level, gp::SlaLevel::overdue);
  EXPECT_DOUBLE_EQ(st.used_fraction, 0.0);
  EXPECT_EQ(st.deadline, T("2026-11-03T00:00:00+08:00"));
}

TEST(Sla, T6_UnconfirmedWhenUnpublishedYearInvolved) {
  gp::SlaInput in;
  in.start = T("2026-12-30T10:00:00+08:00");
  in.limit = 3;
  EXPECT_FALSE(gp::evaluate_working_days(cal(), in, T("2026-12-31T10:00:00+08:00")).confirmed);
  in.limit = 1;
  EXPECT_TRUE(gp::evaluate_working_days(cal(), in, T("2026-12-31T10:00:00+08:00")).confirmed);
}

TEST(Sla, T1_AcrossSpringFestival2026) {
  // Submitted Friday 2026-02-13: 02-14 (Saturday, worked) then nothing until 02-24.
  gp::SlaInput in;
  in.start = T("2026-02-13T15:00:00+08:00");
  in.limit = 2;
  const auto st = gp::evaluate_working_days(cal(), in, T("2026-02-20T12:00:00+08:00"));
  EXPECT_DOUBLE_EQ(st.used, 1.0);
  EXPECT_EQ(st.deadline, T("2026-02-25T00:00:00+08:00"));
  EXPECT_EQ(st.level, gp::SlaLevel::normal);
}

// rule D4: the seed's own numbers, "挂机后 20 分钟内派发预约工单至客户经理" and "18 小时内联系客户确认",
// are constants of shared/ (not inputs of the test), and what stops each clock.
TEST(Sla, D4_ReservationLimitsAreTheSeedsNumbers) {
  EXPECT_EQ(gp::kPhoneReservationDispatchSeconds, 20 * 60);
  EXPECT_EQ(gp::kOnlineReservationContactSeconds, 18 * 3600);
  EXPECT_EQ(gp::reservation_limit_seconds("phone"), 20 * 60);
  EXPECT_EQ(gp::reservation_limit_seconds("online"), 18 * 3600);
  // Phone: only a dispatch naming a customer manager; online: only contacting the customer.
  EXPECT_TRUE(gp::reservation_action_meets_limit("phone", "dispatch", true));
  EXPECT_FALSE(gp::reservation_action_meets_limit("phone", "dispatch", false));
  EXPECT_FALSE(gp::reservation_action_meets_limit("phone", "contact", true));
  EXPECT_TRUE(gp::reservation_action_meets_limit("online", "contact", false));
  EXPECT_FALSE(gp::reservation_action_meets_limit("online", "dispatch", true));
}

// rule D4: 20 minutes after a phone call ends, the reservation order must be dispatched.
TEST(Sla, D4_PhoneReservation20MinutesClockTime) {
  gp::SlaInput in;
  in.start = T("2026-10-01T09:00:00+08:00");  // a public holiday: clock time runs regardless
  in.limit = static_cast<double>(gp::reservation_limit_seconds("phone"));
  const gp::Instant s = in.start;
  EXPECT_EQ(gp::evaluate_clock_time(in, s + 959).level, gp::SlaLevel::normal);
  const auto w = gp::evaluate_clock_time(in, s + 960);  // exactly 80 %
  EXPECT_EQ(w.level, gp::SlaLevel::warning);
  EXPECT_EQ(w.escalation, gp::Escalation::customer_manager);
  EXPECT_EQ(w.warning_at, s + 960);
  EXPECT_EQ(w.deadline, s + 1200);
  EXPECT_DOUBLE_EQ(w.used, 960);
  const auto o = gp::evaluate_clock_time(in, s + 1200);
  EXPECT_EQ(o.level, gp::SlaLevel::overdue);
  EXPECT_EQ(o.escalation, gp::Escalation::command_center);
  // Leadership: max(20 % of 20 minutes, 1 hour) overdue.
  EXPECT_EQ(gp::evaluate_clock_time(in, s + 1200 + 3599).escalation, gp::Escalation::command_center);
  EXPECT_EQ(gp::evaluate_clock_time(in, s + 1200 + 3600).escalation, gp::Escalation::leadership);
  // Pauses do not apply to clock-time limits.
  in.pauses.push_back({s, std::nullopt});
  EXPECT_EQ(gp::evaluate_clock_time(in, s + 1200).level, gp::SlaLevel::overdue);
  EXPECT_FALSE(gp::evaluate_clock_time(in, s + 1200).paused);
}

// rule D4: online reservations are confirmed with the customer within 18 hours.
TEST(Sla, D4_OnlineReservation18HoursClockTime) {
  gp::SlaInput in;
  in.start = T("2026-11-06T20:00:00+08:00");  // Friday evening; the weekend counts
  in.limit = static_cast<double>(gp::reservation_limit_seconds("online"));
  const gp::Instant s = in.start;
  EXPECT_EQ(gp::evaluate_clock_time(in, s + 51839).level, gp::SlaLevel::normal);
  EXPECT_EQ(gp::evaluate_clock_time(in, s + 51840).level, gp::SlaLevel::warning);
  const auto o = gp::evaluate_clock_time(in, T("2026-11-07T14:00:00+08:00"));
  EXPECT_EQ(o.level, gp::SlaLevel::overdue);
  EXPECT_EQ(o.deadline, T("2026-11-07T14:00:00+08:00"));
  // 20 % of 18 hours (3.6 h) exceeds the one-hour minimum.
  EXPECT_EQ(gp::evaluate_clock_time(in, s + 64800 + 12959).escalation, gp::Escalation::command_center);
  EXPECT_EQ(gp::evaluate_clock_time(in, s + 64800 + 12960).escalation, gp::Escalation::leadership);
}

TEST(Sla, D4_ClockTimeDone) {
  gp::SlaInput in;
  in.start = T("2026-11-06T20:00:00+08:00");
  in.limit = 1200;
  in.done = in.start + 600;
  auto st = gp::evaluate_clock_time(in, in.start + 100000);
  EXPECT_TRUE(st.done);
  EXPECT_TRUE(st.on_time);
  EXPECT_EQ(st.level, gp::SlaLevel::normal);
  EXPECT_DOUBLE_EQ(st.used, 600);
  in.done = in.start + 1200;
  EXPECT_TRUE(gp::evaluate_clock_time(in, in.start + 100000).on_time);
  in.done = in.start + 1500;
  st = gp::evaluate_clock_time(in, in.start + 100000);
  EXPECT_FALSE(st.on_time);
  EXPECT_EQ(st.level, gp::SlaLevel::overdue);
  EXPECT_DOUBLE_EQ(st.remaining, -300);
}

// rule M2: a warning acknowledged at level 2 (command center "ack_2", or an admin "ack_3") is not
// raised to leadership; one already raised stays raised; a customer manager's "ack_1" stops nothing.
TEST(SlaEscalationCap, AcknowledgedAtLevelTwoStopsTheRiseToLeadership) {
  const std::set<std::string> raised_to_2 = {"warning", "overdue", "escalation_2"};
  EXPECT_FALSE(gp::rise_to_leadership_stopped(raised_to_2));
  EXPECT_TRUE(gp::may_record_escalation(3, raised_to_2));
  EXPECT_EQ(gp::escalation_standing(3, raised_to_2), 3);

  for (const char* ack : {"ack_2", "ack_3"}) {
    auto handled = raised_to_2;
    handled.insert(ack);
    EXPECT_TRUE(gp::rise_to_leadership_stopped(handled)) << ack;
    EXPECT_FALSE(gp::may_record_escalation(3, handled)) << ack;
    EXPECT_TRUE(gp::may_record_escalation(2, handled)) << ack;  // lower rises are still recorded
    EXPECT_EQ(gp::escalation_standing(3, handled), 2) << ack;
    EXPECT_EQ(gp::escalation_standing(2, handled), 2) << ack;
    EXPECT_EQ(gp::escalation_standing(1, handled), 1) << ack;
  }

  auto by_manager = raised_to_2;
  by_manager.insert("ack_1");
  EXPECT_FALSE(gp::rise_to_leadership_stopped(by_manager));
  EXPECT_EQ(gp::escalation_standing(3, by_manager), 3);

  auto already_raised = raised_to_2;
  already_raised.insert("escalation_3");
  already_raised.insert("ack_2");
  EXPECT_EQ(gp::escalation_standing(3, already_raised), 3);
}

}  // namespace
