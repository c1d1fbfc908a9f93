// The public home page (issue 2): what can be done online, documents per business, steps and time
// limits per kind of customer, the fee list, the supporting-works table, the supervision phone, and
// "what applies to me?" evaluated by the shared rules as the user types.
#pragma once
#include "state/app_state.h"

namespace ui::screens {

state::HomeIntent draw_home(state::HomeState& s, const state::AppState& app);

}  // namespace ui::screens
