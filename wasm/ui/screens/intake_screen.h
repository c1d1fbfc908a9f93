// Service-hall intake on a customer's behalf (issue 5; rules D2, D3, D4).
#pragma once
#include "state/intake_state.h"

namespace ui::screens {

state::IntakeIntent draw_intake(state::IntakeState& s);

}  // namespace ui::screens
