// The grab pool (报装工作票抢单, rule M7): the applications offered to the customer managers, each
// with its business, address and when the offer ends; a customer manager grabs one.
#pragma once
#include "state/grab_state.h"

namespace ui::screens {

state::GrabIntent draw_grab(const state::GrabState& s, bool can_grab);

}  // namespace ui::screens
