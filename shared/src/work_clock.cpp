// Working time between instants, with customer-side pauses removed (rule T6: the clock stops
// while the application waits on the customer). All arithmetic is in whole seconds; working
// days are reported as seconds / 86400.
#include "gp/work_clock.h"

#include <algorithm>
#include <cmath>

namespace gp {
namespace {

// A pause clipped to the counted period; `to` empty = still open.
struct Interval {
  Instant from;
  std::optional<Instant> to;
};

// The counted period starts at the CST midnight after `start`: the day of submission is not
// counted, like Calendar::add_working_days does not count `from`.
Instant counting_start(Instant start) { return cst_midnight(cst_date(start).plus_days(1)); }

// Working seconds in [a, b): whole CST days that are working days contribute all their seconds.
std::int64_t working_seconds(const Calendar& cal, Instant a, Instant b) {
  if (b <= a) return 0;
  const Date da = cst_date(a);
  const Date db = cst_date(b);
  if (da == db) return cal.is_working_day(da) ? b - a : 0;
  std::int64_t s = 0;
  if (cal.is_working_day(da)) s += cst_midnight(da.plus_days(1)) - a;
  s += cal.count_working_days(da, db.plus_days(-1)).working_days * kSecondsPerDay;
  if (cal.is_working_day(db)) s += b - cst_midnight(db);
  return s;
}

// The first instant t in [a, ...) at which working_seconds(a, t) == need (need > 0), assuming
// no pause interferes.
Instant locate(const Calendar& cal, Instant a, std::int64_t need) {
  const Date da = cst_date(a);
  const Instant next_midnight = cst_midnight(da.plus_days(1));
  if (cal.is_working_day(da)) {
    const std::int64_t avail = next_midnight - a;
    if (avail >= need) return a + need;
    need -= avail;
  }
  // From da's end on, whole working days: `full` of them, then `rest` seconds into the next one.
  const long long full = need / kSecondsPerDay;
  const std::int64_t rest = need % kSecondsPerDay;
  if (rest == 0) return cst_midnight(cal.add_working_days(da, full).date) + kSecondsPerDay;
  return cst_midnight(cal.add_working_days(da, full + 1).date) + rest;
}

// Pauses sorted, clipped to start no earlier than `from`, overlaps merged.
std::vector<Interval> merged_pauses(const std::vector<Pause>& pauses, Instant from) {
  std::vector<Interval> v;
  for (const auto& p : pauses) {
    if (p.to && (*p.to <= p.from || *p.to <= from)) continue;  // empty or over before counting
    v.push_back(Interval{std::max(p.from, from), p.to});
  }
  std::sort(v.begin(), v.end(), [](const Interval& x, const Interval& y) { return x.from < y.from; });
  std::vector<Interval> out;
  for (const auto& p : v) {
    if (!out.empty() && (!out.back().to || p.from <= *out.back().to)) {
      if (out.back().to) out.back().to = p.to ? std::max(*out.back().to, *p.to) : p.to;
      continue;
    }
    out.push_back(p);
  }
  return out;
}

// Whether every year of the CST days in [a, b) has published calendar data.
bool confirmed_between(const Calendar& cal, Instant a, Instant b) {
  if (b <= a) return true;
  return cal.count_working_days(cst_date(a).plus_days(-1), cst_date(b - 1)).confirmed;
}

}  // namespace

Elapsed elapsed_working_time(const Calendar& cal, Instant start, Instant now,
                             const std::vector<Pause>& pauses) {
  const Instant cs = counting_start(start);
  if (now <= cs) return Elapsed{0.0, true};
  std::int64_t secs = 0;
  Instant cursor = cs;
  for (const auto& p : merged_pauses(pauses, cs)) {
    if (p.from >= now) break;
    secs += working_seconds(cal, cursor, p.from);
    if (!p.to || *p.to >= now) {
      cursor = now;
      break;
    }
    cursor = *p.to;
  }
  secs += working_seconds(cal, cursor, now);
  return Elapsed{static_cast<double>(secs) / kSecondsPerDay, confirmed_between(cal, cs, now)};
}

Deadline working_deadline(const Calendar& cal, Instant start, double limit_working_days,
                          const std::vector<Pause>& pauses) {
  const Instant cs = counting_start(start);
  // ~3 million working days at most, so seconds stay far from overflow.
  const double limit = std::isfinite(limit_working_days)
                           ? std::clamp(limit_working_days, 0.0, 3.0e6)
                           : (limit_working_days > 0 ? 3.0e6 : 0.0);
  std::int64_t need = std::llround(limit * kSecondsPerDay);
  if (need <= 0) return Deadline{cs, true};  // a zero limit is reached as counting starts
  Instant cursor = cs;
  for (const auto& p : merged_pauses(pauses, cs)) {
    const std::int64_t avail = working_seconds(cal, cursor, p.from);
    if (avail >= need) break;  // reached before this pause begins
    need -= avail;
    if (!p.to) {
      // rule T6: an open pause began before the limit was reached, so the clock is stopped
      // and no deadline exists until the customer side is done.
      return Deadline{std::nullopt, confirmed_between(cal, cs, p.from)};
    }
    cursor = *p.to;
  }
  const Instant at = locate(cal, cursor, need);
  return Deadline{at, confirmed_between(cal, cs, at)};
}

}  // namespace gp
