// Civil dates and instants. Working-day arithmetic is done in China Standard Time (UTC+8);
// instants are stored as seconds since the Unix epoch (UTC). No clock is read here:
// "now" is always a parameter.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

namespace gp {

using Instant = std::int64_t;  // seconds since 1970-01-01T00:00:00Z

constexpr std::int64_t kSecondsPerDay = 86400;
constexpr std::int64_t kCstOffsetSeconds = 8 * 3600;  // China Standard Time, no DST

// A calendar date (proleptic Gregorian), comparable and countable.
struct Date {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31

  // Days since 1970-01-01.
  std::int64_t serial() const;
  static Date from_serial(std::int64_t days);
  Date plus_days(std::int64_t n) const { return from_serial(serial() + n); }
  int weekday() const;  // 1 = Monday ... 7 = Sunday (ISO)
  bool is_weekend() const { return weekday() >= 6; }
  std::string iso() const;  // "YYYY-MM-DD"

  friend bool operator==(const Date& a, const Date& b) { return a.serial() == b.serial(); }
  friend bool operator!=(const Date& a, const Date& b) { return !(a == b); }
  friend bool operator<(const Date& a, const Date& b) { return a.serial() < b.serial(); }
  friend bool operator<=(const Date& a, const Date& b) { return a.serial() <= b.serial(); }
  friend bool operator>(const Date& a, const Date& b) { return b < a; }
  friend bool operator>=(const Date& a, const Date& b) { return b <= a; }
};

bool is_leap_year(int y);
int days_in_month(int y, int m);

// Strict "YYYY-MM-DD" with a real date (no 2023-02-29); nullopt otherwise.
std::optional<Date> parse_date(const std::string& s);

// Strict ISO-8601 date-time with an offset ("2026-11-30T09:15:00+08:00" or "...Z"), seconds optional.
std::optional<Instant> parse_datetime(const std::string& s);
// "2026-11-30T09:15:00+08:00" (China Standard Time).
std::string format_datetime_cst(Instant t);

// The CST calendar date an instant falls on, and the instant a CST date starts.
Date cst_date(Instant t);
Instant cst_midnight(const Date& d);

}  // namespace gp
