// Time-limit supervision (rules M1, M2, T1–T6, D4): how much of a limit is used, the warning
// level, and the escalation level. "now" is always a parameter — never read from a clock here.
#pragma once
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "gp/calendar.h"
#include "gp/work_clock.h"

namespace gp {

enum class SlaLevel { normal, warning, overdue };
const char* to_string(SlaLevel l);  // "normal" | "warning" | "overdue"

// Escalation (rule M2): 0 none, 1 customer manager, 2 command center, 3 leadership.
enum class Escalation { none = 0, customer_manager = 1, command_center = 2, leadership = 3 };
const char* to_string(Escalation e);  // "none" | "customer_manager" | "command_center" | "leadership"

// Configurable thresholds (defaults: warning from 80 % of the limit used; the customer manager is
// alerted at the warning, the command center when the limit is breached, leadership once the
// item is overdue by a further 20 % of its limit, at least one working day).
struct SlaPolicy {
  double warning_fraction = 0.8;             // used/limit at which the warning starts (rule M1)
  double command_center_overdue_fraction = 0.0;  // overdue by this share of the limit -> level 2
  double leadership_overdue_fraction = 0.2;      // overdue by this share of the limit -> level 3
  double leadership_min_overdue_working_days = 1.0;  // ...but at least this long (working days)
  double leadership_min_overdue_seconds = 3600;      // ...or this long for clock-time limits
};

struct SlaInput {
  Instant start = 0;
  double limit = 0;             // working days for working-day limits, seconds for clock limits
  std::vector<Pause> pauses;    // ignored by clock-time limits
  std::optional<Instant> done;  // finished at; the evaluation then freezes at that instant
};

struct SlaStatus {
  double used = 0;           // working days (or seconds for clock-time limits)
  double remaining = 0;      // limit - used; negative once overdue
  double used_fraction = 0;  // used / limit (0 when limit is 0)
  SlaLevel level = SlaLevel::normal;
  Escalation escalation = Escalation::none;
  std::optional<Instant> deadline;  // empty while paused
  std::optional<Instant> warning_at;  // when the warning starts (empty while paused)
  bool paused = false;
  bool done = false;
  bool on_time = true;  // for done items: finished within the limit
  bool confirmed = true;  // false when a year without published holiday data was involved
};

// A limit counted in working days on the calendar (steps and whole applications).
SlaStatus evaluate_working_days(const Calendar& cal, const SlaInput& in, Instant now,
                                const SlaPolicy& policy = {});
// rule D4, the reservation limits are the plan's own numbers (clock time, around the clock):
//   phone: "挂机后 20 分钟内派发预约工单至客户经理" — dispatched to a customer manager;
//   app / WeChat / portal: "18 小时内联系客户确认" — the customer contacted to confirm.
constexpr Instant kPhoneReservationDispatchSeconds = 20 * 60;
constexpr Instant kOnlineReservationContactSeconds = 18 * 60 * 60;
// The limit of a reservation taken on `channel` ("phone", else online), in seconds.
Instant reservation_limit_seconds(const std::string& channel);
// What meets that limit and stops its clock (rule D4): a phone reservation only when dispatched to
// a named customer manager (`customer_manager_named`); an online one only when the customer is
// contacted. Anything else (the command center "contacting" a phone caller, assigning an online
// reservation to a manager) leaves the clock running.
bool reservation_action_meets_limit(const std::string& channel, const std::string& action, bool customer_manager_named);

// A limit counted in clock time (rule D4 reservations: 20 minutes, 18 hours); limit in seconds.
SlaStatus evaluate_clock_time(const SlaInput& in, Instant now, const SlaPolicy& policy = {});

// rule M2: a warning rises only while it is not handled. `marks` are what supervision recorded for
// one subject ("warning", "overdue", "escalation_<n>" by the SLA job, "ack_<n>" when acknowledged
// at level n). Acknowledged at level 2 (the command center, or an admin: "ack_2" / "ack_3"), a
// subject is not raised to leadership; a rise already recorded ("escalation_3") stays.
bool rise_to_leadership_stopped(const std::set<std::string>& marks);
// Whether the SLA job may record the rise of a subject to `escalation` (1–3) given its marks.
bool may_record_escalation(int escalation, const std::set<std::string>& marks);
// The escalation a subject stands at: its clock's, capped at 2 when the rise was stopped.
int escalation_standing(int clock_escalation, const std::set<std::string>& marks);

}  // namespace gp
