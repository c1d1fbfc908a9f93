// Time-limit supervision: usage, warning level and escalation (rules M1, M2; limits T1–T6, W1,
// and D4's clock-time limits).
//
// Definitions (all comparisons in whole seconds, so thresholds are exact):
//  - A running item is overdue once its limit is used up (used >= limit, i.e. now >= deadline);
//    with a zero limit, from the instant counting starts.
//  - A finished item is evaluated at min(now, done): it is on time when it used no more than the
//    limit (used <= limit, so finishing at the deadline instant is on time), and overdue otherwise.
//  - Warning from warning_fraction of the limit used (rule M1: warn before the breach).
//  - Escalation (rule M2): customer manager from the warning; command center once overdue by
//    command_center_overdue_fraction of the limit; leadership once overdue by
//    max(leadership_overdue_fraction of the limit, the policy's minimum).
#include "gp/sla.h"

#include <algorithm>
#include <cmath>

namespace gp {
namespace {

constexpr double kMaxWorkingDays = 3.0e6;  // keeps seconds far from overflow
constexpr double kMaxUnits = 1.0e15;       // any limit or threshold, in seconds

std::int64_t to_units(double v, double scale, double max) {
  if (!(v > 0)) return 0;  // also NaN
  return std::llround(std::min(v, max) * scale);
}

// The parts common to both kinds of limit, in whole units (seconds).
struct Measured {
  std::int64_t used = 0;
  std::int64_t limit = 0;
  bool counting = false;  // the counted period has begun (matters only for a zero limit)
};

void classify(const Measured& m, bool done, const SlaPolicy& policy,
              std::int64_t min_leadership_units, SlaStatus& st) {
  // "Reached" a usage mark: a positive mark by usage; a zero mark once counting has begun.
  const auto reached = [&](std::int64_t mark) { return mark > 0 ? m.used >= mark : m.counting; };
  const double limit = static_cast<double>(m.limit);
  const std::int64_t warn = to_units(policy.warning_fraction * limit, 1, kMaxUnits);
  const std::int64_t cc = to_units(policy.command_center_overdue_fraction * limit, 1, kMaxUnits);
  const std::int64_t lead =
      std::max(to_units(policy.leadership_overdue_fraction * limit, 1, kMaxUnits), min_leadership_units);

  const bool overdue = done ? m.used > m.limit : reached(m.limit);
  st.on_time = !done || !overdue;
  if (overdue) {
    st.level = SlaLevel::overdue;
    if (reached(m.limit + lead)) {
      st.escalation = Escalation::leadership;
    } else if (reached(m.limit + cc)) {
      st.escalation = Escalation::command_center;
    } else {
      st.escalation = Escalation::customer_manager;
    }
  } else if (reached(warn)) {
    st.level = SlaLevel::warning;
    st.escalation = Escalation::customer_manager;
  } else {
    st.level = SlaLevel::normal;
    st.escalation = Escalation::none;
  }
}

}  // namespace

const char* to_string(SlaLevel l) {
  switch (l) {
    case SlaLevel::normal: return "normal";
    case SlaLevel::warning: return "warning";
    case SlaLevel::overdue: return "overdue";
  }
  return "normal";
}

const char* to_string(Escalation e) {
  switch (e) {
    case Escalation::none: return "none";
    case Escalation::customer_manager: return "customer_manager";
    case Escalation::command_center: return "command_center";
    case Escalation::leadership: return "leadership";
  }
  return "none";
}

SlaStatus evaluate_working_days(const Calendar& cal, const SlaInput& in, Instant now,
                                const SlaPolicy& policy) {
  SlaStatus st;
  const Instant t = in.done ? std::min(now, *in.done) : now;
  st.done = in.done.has_value();

  const Elapsed e = elapsed_working_time(cal, in.start, t, in.pauses);
  const double limit = std::isfinite(in.limit) ? std::clamp(in.limit, 0.0, kMaxWorkingDays) : 0.0;
  Measured m;
  m.used = std::llround(e.working_days * kSecondsPerDay);
  m.limit = to_units(limit, kSecondsPerDay, kMaxWorkingDays);
  m.counting = t >= cst_midnight(cst_date(in.start).plus_days(1));

  st.used = e.working_days;
  st.remaining = limit - st.used;
  st.used_fraction = limit > 0 ? st.used / limit : 0.0;
  const Deadline deadline = working_deadline(cal, in.start, limit, in.pauses);
  const Deadline warning = working_deadline(cal, in.start, limit * policy.warning_fraction, in.pauses);
  st.deadline = deadline.at;
  st.warning_at = warning.at;
  // rule T6: paused while an unfinished pause covers the evaluation instant.
  if (!st.done) {
    st.paused = std::any_of(in.pauses.begin(), in.pauses.end(), [&](const Pause& p) {
      return p.from <= t && (!p.to || *p.to > t);
    });
  }
  st.confirmed = e.confirmed && deadline.confirmed;

  classify(m, st.done, policy,
           to_units(policy.leadership_min_overdue_working_days, kSecondsPerDay, kMaxWorkingDays), st);
  return st;
}

Instant reservation_limit_seconds(const std::string& channel) {
  return channel == "phone" ? kPhoneReservationDispatchSeconds : kOnlineReservationContactSeconds;  // rule D4
}

bool reservation_action_meets_limit(const std::string& channel, const std::string& action, bool customer_manager_named) {
  if (channel == "phone") return action == "dispatch" && customer_manager_named;  // rule D4: 派发至客户经理
  return action == "contact";                                                      // rule D4: 联系客户确认
}

// rule M2: acknowledged at level 2 stops the rise to leadership.
bool rise_to_leadership_stopped(const std::set<std::string>& marks) { return marks.count("ack_2") || marks.count("ack_3"); }

// rule M2
bool may_record_escalation(int escalation, const std::set<std::string>& marks) {
  return escalation < 3 || !rise_to_leadership_stopped(marks);
}

// rule M2
int escalation_standing(int clock_escalation, const std::set<std::string>& marks) {
  if (clock_escalation >= 3 && rise_to_leadership_stopped(marks) && !marks.count("escalation_3")) return 2;
  return clock_escalation;
}

SlaStatus evaluate_clock_time(const SlaInput& in, Instant now, const SlaPolicy& policy) {
  // rule D4: reservation limits (20 minutes, 18 hours) run in plain clock time, around the
  // clock and through holidays; pauses do not apply.
  SlaStatus st;
  const Instant t = in.done ? std::min(now, *in.done) : now;
  st.done = in.done.has_value();
  const double limit = std::isfinite(in.limit) ? std::clamp(in.limit, 0.0, kMaxUnits) : 0.0;

  Measured m;
  m.used = std::max<std::int64_t>(0, t - in.start);
  m.limit = to_units(limit, 1, kMaxUnits);
  m.counting = t >= in.start;

  st.used = static_cast<double>(m.used);
  st.remaining = limit - st.used;
  st.used_fraction = limit > 0 ? st.used / limit : 0.0;
  st.deadline = in.start + m.limit;
  st.warning_at = in.start + to_units(limit * policy.warning_fraction, 1, kMaxUnits);
  classify(m, st.done, policy, to_units(policy.leadership_min_overdue_seconds, 1, kMaxUnits), st);
  return st;
}

}  // namespace gp
