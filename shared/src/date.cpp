// Civil-date arithmetic (proleptic Gregorian, H. Hinnant's days_from_civil / civil_from_days)
// and the CST (UTC+8) view of instants used by every working-day rule (T1–T6).
#include "gp/date.h"

#include <cstdio>

namespace gp {
namespace {

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  std::int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

std::int64_t days_from_civil(std::int64_t y, int m, int d) {
  y -= m <= 2 ? 1 : 0;
  const std::int64_t era = floor_div(y, 400);
  const std::int64_t yoe = y - era * 400;
  const std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

bool digits(const std::string& s, std::size_t pos, std::size_t n, int& out) {
  if (pos + n > s.size()) return false;
  int v = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    const char c = s[i];
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  out = v;
  return true;
}

bool valid_ymd(int y, int m, int d) {
  return m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

}  // namespace

std::int64_t Date::serial() const { return days_from_civil(year, month, day); }

Date Date::from_serial(std::int64_t z) {
  z += 719468;
  const std::int64_t era = floor_div(z, 146097);
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const std::int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return Date{static_cast<int>(y), m, d};
}

int Date::weekday() const {
  // 1970-01-01 was a Thursday (ISO 4).
  const std::int64_t s = serial();
  return static_cast<int>(s + 3 - floor_div(s + 3, 7) * 7) + 1;
}

std::string Date::iso() const {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

bool is_leap_year(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static const int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && is_leap_year(y) ? 29 : kDays[m - 1];
}

std::optional<Date> parse_date(const std::string& s) {
  int y = 0, m = 0, d = 0;
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  if (!digits(s, 0, 4, y) || !digits(s, 5, 2, m) || !digits(s, 8, 2, d)) return std::nullopt;
  if (!valid_ymd(y, m, d)) return std::nullopt;
  return Date{y, m, d};
}

std::optional<Instant> parse_datetime(const std::string& s) {
  // RFC 3339 profile of ISO 8601: date 'T' hh:mm[:ss[.frac]] ('Z' | ±hh:mm). An offset is
  // mandatory: a bare local time would be ambiguous between the browser's zone and CST.
  if (s.size() < 17) return std::nullopt;
  const auto date = parse_date(s.substr(0, 10));
  if (!date || (s[10] != 'T' && s[10] != 't')) return std::nullopt;
  int hh = 0, mi = 0, ss = 0;
  if (!digits(s, 11, 2, hh) || s[13] != ':' || !digits(s, 14, 2, mi)) return std::nullopt;
  std::size_t p = 16;
  if (p < s.size() && s[p] == ':') {
    if (!digits(s, p + 1, 2, ss)) return std::nullopt;
    p += 3;
    if (p < s.size() && s[p] == '.') {
      // Fractional seconds are accepted (JavaScript's toISOString sends them) and truncated.
      std::size_t q = p + 1;
      while (q < s.size() && s[q] >= '0' && s[q] <= '9') ++q;
      if (q == p + 1) return std::nullopt;
      p = q;
    }
  }
  if (hh > 23 || mi > 59 || ss > 59) return std::nullopt;
  std::int64_t offset = 0;
  if (p >= s.size()) return std::nullopt;
  if (s[p] == 'Z' || s[p] == 'z') {
    ++p;
  } else if (s[p] == '+' || s[p] == '-') {
    int oh = 0, om = 0;
    if (!digits(s, p + 1, 2, oh) || p + 3 >= s.size() || s[p + 3] != ':' ||
        !digits(s, p + 4, 2, om) || oh > 23 || om > 59) {
      return std::nullopt;
    }
    offset = (oh * 3600 + om * 60) * (s[p] == '-' ? -1 : 1);
    p += 6;
  } else {
    return std::nullopt;
  }
  if (p != s.size()) return std::nullopt;
  return date->serial() * kSecondsPerDay + hh * 3600 + mi * 60 + ss - offset;
}

std::string format_datetime_cst(Instant t) {
  const Instant local = t + kCstOffsetSeconds;
  const std::int64_t day = floor_div(local, kSecondsPerDay);
  const std::int64_t sec = local - day * kSecondsPerDay;
  const Date d = Date::from_serial(day);
  char buf[48];
  std::snprintf(buf, sizeof buf, "%sT%02d:%02d:%02d+08:00", d.iso().c_str(),
                static_cast<int>(sec / 3600), static_cast<int>(sec / 60 % 60),
                static_cast<int>(sec % 60));
  return buf;
}

Date cst_date(Instant t) {
  return Date::from_serial(floor_div(t + kCstOffsetSeconds, kSecondsPerDay));
}

Instant cst_midnight(const Date& d) { return d.serial() * kSecondsPerDay - kCstOffsetSeconds; }

}  // namespace gp
