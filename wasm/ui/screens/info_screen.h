// The placeholder information page: title, language switch, tabs, a small validated form.
#pragma once
#include "state/info_state.h"

namespace ui::screens {

// Draws the page for `s` (text fields edit s.phone / s.name in place) and returns the intent.
state::InfoIntent draw_info(state::InfoState& s, state::Lang lang);

}  // namespace ui::screens
