// Civil dates and CST instants, the base of every working-day rule (T1–T6 count CST days).
#include "gp/date.h"

#include <gtest/gtest.h>

namespace {

gp::Date D(const char* s) { return gp::parse_date(s).value(); }
gp::Instant T(const char* s) { return gp::parse_datetime(s).value(); }

TEST(Date, SerialEpochAndNegative) {
  EXPECT_EQ(D("1970-01-01").serial(), 0);
  EXPECT_EQ(D("1970-01-02").serial(), 1);
  EXPECT_EQ(D("1969-12-31").serial(), -1);
  EXPECT_EQ(D("2000-03-01").serial(), 11017);
  EXPECT_EQ(gp::Date::from_serial(-1).iso(), "1969-12-31");
}

TEST(Date, SerialRoundTripEveryDay1900To2200) {
  gp::Date expect{1900, 1, 1};
  for (std::int64_t s = D("1900-01-01").serial(); s <= D("2200-12-31").serial(); ++s) {
    const gp::Date d = gp::Date::from_serial(s);
    ASSERT_EQ(d.year, expect.year);
    ASSERT_EQ(d.month, expect.month);
    ASSERT_EQ(d.day, expect.day);
    ASSERT_EQ(d.serial(), s);
    if (++expect.day > gp::days_in_month(expect.year, expect.month)) {
      expect.day = 1;
      if (++expect.month > 12) {
        expect.month = 1;
        ++expect.year;
      }
    }
  }
}

TEST(Date, WeekdayIso) {
  EXPECT_EQ(D("1970-01-01").weekday(), 4);  // Thursday
  EXPECT_EQ(D("2026-09-18").weekday(), 5);  // Friday
  EXPECT_EQ(D("2024-02-04").weekday(), 7);  // Sunday
  EXPECT_EQ(D("2026-10-10").weekday(), 6);  // Saturday
  EXPECT_EQ(D("1969-12-29").weekday(), 1);  // Monday, before the epoch
  EXPECT_TRUE(D("2026-10-10").is_weekend());
  EXPECT_FALSE(D("2026-09-18").is_weekend());
}

TEST(Date, LeapYearsAndMonthLengths) {
  EXPECT_TRUE(gp::is_leap_year(2000));
  EXPECT_FALSE(gp::is_leap_year(1900));
  EXPECT_TRUE(gp::is_leap_year(2024));
  EXPECT_FALSE(gp::is_leap_year(2026));
  EXPECT_EQ(gp::days_in_month(2024, 2), 29);
  EXPECT_EQ(gp::days_in_month(2026, 2), 28);
  EXPECT_EQ(gp::days_in_month(2026, 4), 30);
  EXPECT_EQ(gp::days_in_month(2026, 13), 0);
}

TEST(Date, ParseDateStrict) {
  EXPECT_TRUE(gp::parse_date("2024-02-29"));
  EXPECT_FALSE(gp::parse_date("2023-02-29"));
  EXPECT_FALSE(gp::parse_date("2026-9-18"));
  EXPECT_FALSE(gp::parse_date("2026-09-18 "));
  EXPECT_FALSE(gp::parse_date("2026/09/18"));
  EXPECT_FALSE(gp::parse_date("2026-13-01"));
  EXPECT_FALSE(gp::parse_date("2026-00-10"));
  EXPECT_FALSE(gp::parse_date("2026-04-31"));
  EXPECT_FALSE(gp::parse_date("+026-04-01"));
  EXPECT_FALSE(gp::parse_date(""));
  EXPECT_EQ(D("2026-09-18").iso(), "2026-09-18");
}

TEST(Date, ParseDatetimeOffsets) {
  const gp::Instant cst = T("2026-11-30T09:15:00+08:00");
  EXPECT_EQ(cst, T("2026-11-30T01:15:00Z"));
  EXPECT_EQ(cst, T("2026-11-30T09:15+08:00"));  // seconds optional
  EXPECT_EQ(cst, T("2026-11-30T01:15:00.999Z"));  // fraction truncated
  EXPECT_EQ(cst, T("2026-11-29T20:15:00-05:00"));
  EXPECT_EQ(T("1970-01-01T00:00:00Z"), 0);
  EXPECT_FALSE(gp::parse_datetime("2026-11-30T09:15:00"));  // no offset: ambiguous
  EXPECT_FALSE(gp::parse_datetime("2026-11-30 09:15:00+08:00"));
  EXPECT_FALSE(gp::parse_datetime("2026-11-30T24:00:00+08:00"));
  EXPECT_FALSE(gp::parse_datetime("2026-11-30T09:60:00+08:00"));
  EXPECT_FALSE(gp::parse_datetime("2026-11-30T09:15:00+0800"));
  EXPECT_FALSE(gp::parse_datetime("2026-02-30T09:15:00Z"));
  EXPECT_FALSE(gp::parse_datetime("2026-11-30T09:15:00.Z"));
  EXPECT_FALSE(gp::parse_datetime("2026-11-30T09:15:00Zx"));
}

TEST(Date, T6_CstDateAcrossUtcMidnight) {
  // 2026-11-30T17:00Z is already 2026-12-01 01:00 in China: working days follow the CST date.
  EXPECT_EQ(gp::cst_date(T("2026-11-30T17:00:00Z")).iso(), "2026-12-01");
  EXPECT_EQ(gp::cst_date(T("2026-11-30T15:59:59Z")).iso(), "2026-11-30");
  EXPECT_EQ(gp::cst_date(T("2026-11-30T16:00:00Z")).iso(), "2026-12-01");
  EXPECT_EQ(gp::cst_midnight(D("2026-12-01")), T("2026-11-30T16:00:00Z"));
  EXPECT_EQ(gp::cst_date(-1).iso(), "1970-01-01");  // 07:59:59 CST
  EXPECT_EQ(gp::cst_date(-8 * 3600 - 1).iso(), "1969-12-31");
}

TEST(Date, FormatDatetimeCst) {
  EXPECT_EQ(gp::format_datetime_cst(T("2026-11-30T17:00:00Z")), "2026-12-01T01:00:00+08:00");
  EXPECT_EQ(gp::format_datetime_cst(0), "1970-01-01T08:00:00+08:00");
  EXPECT_EQ(gp::format_datetime_cst(-8 * 3600 - 1), "1969-12-31T23:59:59+08:00");
  const gp::Instant t = T("2024-02-29T23:59:59+08:00");
  EXPECT_EQ(gp::parse_datetime(gp::format_datetime_cst(t)), t);
}

}  // namespace
