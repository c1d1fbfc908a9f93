// The public list of customer managers (rule M3): handled, average working days, satisfaction,
// open load; a logged-in customer chooses one (for the application being written or one in
// progress).
#pragma once
#include <string>

#include "state/managers_state.h"

namespace ui::screens {

// `choosing_for`: "" (just the list), "apply" (the wizard's preferred manager) or an application number.
// `current`: the manager currently chosen/assigned (marked).
state::ManagersIntent draw_managers(const state::ManagersState& s, const std::string& choosing_for, bool can_choose, long long current);

}  // namespace ui::screens
