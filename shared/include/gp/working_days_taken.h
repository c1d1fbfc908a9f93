// "Working days taken" by one application (rules M3, M4): the company's working days from
// submission to completion (or to `now` while open), the customer's time — the application's
// pauses — excluded (rule T6). The public list of customer managers (M3) and the monthly
// indicators (M4) both read it here, so the same application shows the same figure in both.
#pragma once
#include "gp/calendar.h"
#include "gp/sla.h"
#include "gp/workflow.h"

namespace gp {

// The application's own clock (view_of's overall clock): whatever that clock excludes, both
// figures exclude.
double working_days_taken(const AppState& s, const Calendar& cal, Instant now, const SlaPolicy& policy);

}  // namespace gp
