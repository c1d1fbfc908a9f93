// Administration (issue 5): staff accounts and roles, a new year's holiday calendar, the
// configuration (change-of-use limits, supervision phone), the kiosk devices (issue 15).
#pragma once
#include "state/admin_state.h"

namespace ui::screens {

state::AdminIntent draw_admin(state::AdminState& s, long long my_id);

}  // namespace ui::screens
