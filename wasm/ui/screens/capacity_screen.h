// Open grid capacity kept by staff (issue 5; rule R4) and the log of customers' queries.
#pragma once
#include "state/capacity_state.h"

namespace ui::screens {

state::CapacityIntent draw_capacity(state::CapacityState& s, bool can_edit);

}  // namespace ui::screens
