// On "My applications": hall applications waiting for the owner's accept, and the form that links
// a hall application with the receipt's claim code and an SMS code (issue 15).
#pragma once
#include <string>

#include "state/claim_state.h"

namespace ui::screens {

state::ClaimIntent draw_claim_panel(state::ClaimState& s, int resend_wait);

}  // namespace ui::screens
