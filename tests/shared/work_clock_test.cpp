// Elapsed working time with customer-side pauses (rule T6), counted in CST working days.
#include "gp/work_clock.h"

#include <gtest/gtest.h>

namespace {

gp::Date D(const char* s) { return gp::parse_date(s).value(); }
gp::Instant T(const char* s) { return gp::parse_datetime(s).value(); }
const gp::Calendar& cal() { return gp::Calendar::builtin(); }

double elapsed(gp::Instant start, gp::Instant now, const std::vector<gp::Pause>& p = {}) {
  return gp::elapsed_working_time(cal(), start, now, p).working_days;
}
std::optional<gp::Instant> deadline(gp::Instant start, double limit, const std::vector<gp::Pause>& p = {}) {
  return gp::working_deadline(cal(), start, limit, p).at;
}

// Monday 2026-11-02 09:00 CST; counting starts Tuesday 2026-11-03 00:00 CST.
const gp::Instant kMon = T("2026-11-02T09:00:00+08:00");

TEST(WorkClock, T6_NoPauseDeadlineIsEndOfNthWorkingDay) {
  EXPECT_EQ(deadline(kMon, 5), T("2026-11-10T00:00:00+08:00"));
  // The documented identity: 24:00 CST of add_working_days(cst_date(start), N).
  const gp::Instant s = T("2026-09-28T10:00:00+08:00");
  const gp::Date end = cal().add_working_days(gp::cst_date(s), 2).date;
  EXPECT_EQ(end.iso(), "2026-09-30");
  EXPECT_EQ(deadline(s, 2), gp::cst_midnight(end) + gp::kSecondsPerDay);
  EXPECT_EQ(deadline(s, 2), T("2026-10-01T00:00:00+08:00"));
  EXPECT_DOUBLE_EQ(elapsed(s, T("2026-10-01T00:00:00+08:00")), 2.0);
  EXPECT_DOUBLE_EQ(elapsed(s, T("2026-10-07T12:00:00+08:00")), 2.0);  // National Day: no accrual
}

TEST(WorkClock, T6_DayOfSubmissionNotCounted) {
  EXPECT_DOUBLE_EQ(elapsed(kMon, T("2026-11-02T23:59:59+08:00")), 0.0);
  EXPECT_DOUBLE_EQ(elapsed(kMon, T("2026-11-03T06:00:00+08:00")), 0.25);
  EXPECT_DOUBLE_EQ(elapsed(kMon, T("2026-11-07T00:00:00+08:00")), 4.0);
  EXPECT_DOUBLE_EQ(elapsed(kMon, T("2026-11-08T20:00:00+08:00")), 4.0);  // weekend
  EXPECT_DOUBLE_EQ(elapsed(kMon, kMon - 3600), 0.0);                    // now before start
}

TEST(WorkClock, T6_StartOnHoliday) {
  const gp::Instant s = T("2026-10-03T10:00:00+08:00");  // National Day
  EXPECT_EQ(deadline(s, 1), T("2026-10-09T00:00:00+08:00"));
  EXPECT_DOUBLE_EQ(elapsed(s, T("2026-10-07T23:00:00+08:00")), 0.0);
  EXPECT_DOUBLE_EQ(elapsed(s, T("2026-10-08T12:00:00+08:00")), 0.5);
}

TEST(WorkClock, T6_StartLateAtNightUsesCstDate) {
  // 2026-11-30T17:00Z is Tuesday 2026-12-01 01:00 CST: the day of submission is 12-01.
  const gp::Instant s = T("2026-11-30T17:00:00Z");
  EXPECT_EQ(deadline(s, 1), T("2026-12-03T00:00:00+08:00"));
  EXPECT_DOUBLE_EQ(elapsed(s, T("2026-12-01T23:00:00+08:00")), 0.0);
  EXPECT_DOUBLE_EQ(elapsed(s, T("2026-12-02T12:00:00+08:00")), 0.5);
}

TEST(WorkClock, T6_PauseAcrossWeekend) {
  // Friday 12:00 to Monday 12:00: only the two half working days are removed.
  const std::vector<gp::Pause> p{{T("2026-11-06T12:00:00+08:00"), T("2026-11-09T12:00:00+08:00")}};
  EXPECT_DOUBLE_EQ(elapsed(kMon, T("2026-11-10T00:00:00+08:00"), p), 4.0);
  EXPECT_DOUBLE_EQ(elapsed(kMon, T("2026-11-08T00:00:00+08:00"), p), 3.5);
  EXPECT_EQ(deadline(kMon, 5, p), T("2026-11-11T00:00:00+08:00"));
}

TEST(WorkClock, T6_OverlappingPausesCountOnce) {
  const std::vector<gp::Pause> p{
      {T("2026-11-04T06:00:00+08:00"), T("2026-11-05T06:00:00+08:00")},
      {T("2026-11-04T00:00:00+08:00"), T("2026-11-04T12:00:00+08:00")},
      {T("2026-11-04T08:00:00+08:00"), T("2026-11-04T09:00:00+08:00")},  // inside both
  };
  // Paused Wed 00:00 to Thu 06:00 = 1.25 working days.
  EXPECT_DOUBLE_EQ(elapsed(kMon, T("2026-11-07T00:00:00+08:00"), p), 2.75);
  EXPECT_EQ(deadline(kMon, 5, p), T("2026-11-11T06:00:00+08:00"));
}

TEST(WorkClock, T6_OpenPauseFreezesAndHidesDeadline) {
  const std::vector<gp::Pause> p{{T("2026-11-05T12:00:00+08:00"), std::nullopt}};
  EXPECT_DOUBLE_EQ(elapsed(kMon, T("2026-11-20T12:00:00+08:00"), p), 2.5);
  EXPECT_FALSE(deadline(kMon, 5, p));
  // A limit already reached before the pause began keeps its deadline.
  EXPECT_EQ(deadline(kMon, 2, p), T("2026-11-05T00:00:00+08:00"));
}

TEST(WorkClock, T6_OpenPauseAfterDeadlineKeepsDeadline) {
  EXPECT_EQ(deadline(kMon, 5, {{T("2026-11-10T08:00:00+08:00"), std::nullopt}}),
            T("2026-11-10T00:00:00+08:00"));
  // Starting exactly at the deadline: the limit was reached at that instant.
  EXPECT_EQ(deadline(kMon, 5, {{T("2026-11-10T00:00:00+08:00"), std::nullopt}}),
            T("2026-11-10T00:00:00+08:00"));
  // One second earlier and the last second is still owed.
  EXPECT_FALSE(deadline(kMon, 5, {{T("2026-11-09T23:59:59+08:00"), std::nullopt}}));
}

TEST(WorkClock, T6_PausesBeforeCountingStarts) {
  // Over before counting starts: no effect.
  EXPECT_EQ(deadline(kMon, 1, {{kMon + 600, kMon + 3600}}), T("2026-11-04T00:00:00+08:00"));
  // Reaching into the first counted day: only the counted part is removed.
  const std::vector<gp::Pause> p{{T("2026-11-02T20:00:00+08:00"), T("2026-11-03T06:00:00+08:00")}};
  EXPECT_DOUBLE_EQ(elapsed(kMon, T("2026-11-04T00:00:00+08:00"), p), 0.75);
  EXPECT_EQ(deadline(kMon, 1, p), T("2026-11-04T06:00:00+08:00"));
  // Empty and reversed pauses are ignored.
  EXPECT_EQ(deadline(kMon, 1, {{kMon + 86400, kMon + 86400}, {kMon + 90000, kMon + 80000}}),
            T("2026-11-04T00:00:00+08:00"));
}

TEST(WorkClock, T6_ZeroAndFractionalLimits) {
  EXPECT_EQ(deadline(kMon, 0), T("2026-11-03T00:00:00+08:00"));
  EXPECT_EQ(deadline(kMon, 0, {{kMon, std::nullopt}}), T("2026-11-03T00:00:00+08:00"));
  EXPECT_EQ(deadline(kMon, 1.5), T("2026-11-04T12:00:00+08:00"));
  EXPECT_EQ(deadline(kMon, 0.25), T("2026-11-03T06:00:00+08:00"));
  // From Thursday 2026-11-05: Friday counts whole, the remaining half day is Monday morning.
  EXPECT_EQ(deadline(T("2026-11-05T09:00:00+08:00"), 1.5), T("2026-11-09T12:00:00+08:00"));
}

TEST(WorkClock, T6_UnpublishedYearIsUnconfirmed) {
  const gp::Instant s = T("2026-12-30T10:00:00+08:00");
  const auto one = gp::working_deadline(cal(), s, 1, {});
  EXPECT_EQ(one.at, T("2027-01-01T00:00:00+08:00"));
  EXPECT_TRUE(one.confirmed);
  const auto three = gp::working_deadline(cal(), s, 3, {});
  EXPECT_EQ(three.at, T("2027-01-05T00:00:00+08:00"));  // 2027-01-01 provisional working day
  EXPECT_FALSE(three.confirmed);
  EXPECT_TRUE(gp::elapsed_working_time(cal(), s, T("2026-12-31T20:00:00+08:00"), {}).confirmed);
  EXPECT_FALSE(gp::elapsed_working_time(cal(), s, T("2027-01-01T20:00:00+08:00"), {}).confirmed);
}

TEST(WorkClock, T6_DeadlineIsFirstInstantElapsedReachesLimit) {
  const std::vector<gp::Pause> p{{T("2026-02-12T15:00:00+08:00"), T("2026-02-26T10:00:00+08:00")},
                                 {T("2026-09-29T00:00:00+08:00"), T("2026-10-09T08:00:00+08:00")}};
  for (gp::Instant s = T("2026-01-01T00:00:00+08:00"); s < T("2026-11-01T00:00:00+08:00");
       s += 86400 * 3 + 3607) {
    for (double limit : {0.5, 1.0, 2.0, 3.75, 5.0, 16.0, 21.0}) {
      const auto at = deadline(s, limit, p);
      ASSERT_TRUE(at);
      ASSERT_NEAR(elapsed(s, *at, p), limit, 1e-9) << gp::format_datetime_cst(s) << " " << limit;
      ASSERT_LT(elapsed(s, *at - 1, p), limit);
    }
  }
}

}  // namespace
