// "My applications": status, current step and next deadline of each (rule P2).
#pragma once
#include <string>

#include "state/my_apps_state.h"

namespace ui::screens {

state::MyAppsIntent draw_my_apps(const state::MyAppsState& s);

}  // namespace ui::screens
