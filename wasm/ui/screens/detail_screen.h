// One application (rules P1, P2): summary, what the customer must do now, the timeline with
// deadlines and holders, next actions as forms from the server's descriptors, the contract,
// rating, the customer manager, documents (missing ones uploadable), history.
#pragma once
#include "state/detail_state.h"
#include "ui/action_form.h"

namespace ui::screens {

// `customer`: the customer's own view (to-do list, contract signing, rating, choosing a manager).
state::DetailIntent draw_detail(state::DetailState& s, bool customer, const ui::FormClock& clock);

}  // namespace ui::screens
