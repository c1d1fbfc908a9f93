// Messages (rule P1: progress pushed to the open app, kept in an inbox).
#pragma once
#include <string>

#include "state/inbox_view.h"

namespace ui::screens {

state::InboxIntent draw_inbox(const state::InboxState& s, bool marking);

}  // namespace ui::screens
