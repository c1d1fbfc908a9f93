// Elapsed working time of an interval with pauses (rule T6: customer-side time is not the
// company's time; the clock pauses while an application waits on the customer).
//
// Model: a working day contributes its whole CST calendar day (00:00–24:00) of working time.
// Counting starts at the CST midnight after `start` — the day of submission is not counted,
// exactly as Calendar::add_working_days does not count `from` — so a limit of N working days
// ends at 24:00 CST of the date add_working_days(cst_date(start), N), when nothing was paused.
#pragma once
#include <optional>
#include <vector>

#include "gp/calendar.h"
#include "gp/date.h"

namespace gp {

// A pause [from, to). `to` empty = still paused.
struct Pause {
  Instant from = 0;
  std::optional<Instant> to;
};

// Working days (fractional) elapsed between `start` and `now`, pauses removed.
// Also reports whether every day counted had published calendar data.
struct Elapsed {
  double working_days = 0.0;
  bool confirmed = true;
};
Elapsed elapsed_working_time(const Calendar& cal, Instant start, Instant now,
                             const std::vector<Pause>& pauses);

// The instant at which `limit_working_days` of working time will have elapsed since `start`,
// given the pauses. Empty while a pause is open (the deadline is not running).
struct Deadline {
  std::optional<Instant> at;
  bool confirmed = true;
};
Deadline working_deadline(const Calendar& cal, Instant start, double limit_working_days,
                          const std::vector<Pause>& pauses);

}  // namespace gp
