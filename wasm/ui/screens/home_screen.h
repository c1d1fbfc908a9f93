// The public home page (issue 2): what can be done online, documents per business, steps and time
// limits per kind of customer, the fee list, the supporting-works table, the supervision phone, and
// "what applies to me?" evaluated by the shared rules as the user types.
#pragma once
#include "state/app_state.h"

namespace ui::screens {

struct HomeIntent {
  bool form_changed = false;  // re-evaluate "what applies to me?"
  bool apply = false;         // go to the apply wizard (login first if needed)
  bool reserve = false;
  bool track = false;         // the quick tracking box was submitted
};

HomeIntent draw_home(state::HomeState& s, const state::AppState& app);

}  // namespace ui::screens
