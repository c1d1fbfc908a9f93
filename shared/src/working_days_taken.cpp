#include "gp/working_days_taken.h"

namespace gp {

double working_days_taken(const AppState& s, const Calendar& cal, Instant now, const SlaPolicy& policy) {
  return view_of(s, cal, now, policy).overall.used;  // rules M3, M4, T6: pauses removed
}

}  // namespace gp
