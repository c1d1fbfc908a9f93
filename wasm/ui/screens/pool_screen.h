// Reserve projects (issue 5; rules R1–R3) and supply-plan consultations (R2).
#pragma once
#include "state/pool_state.h"

namespace ui::screens {

// `can_convert`: customer managers, command center, admins (R3); `can_import`: the same (R1).
state::PoolIntent draw_pool(state::PoolState& s, bool can_convert, bool can_consult);

}  // namespace ui::screens
