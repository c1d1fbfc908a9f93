// The header of every page: the company and product, navigation for the user's role, the language
// switch, log in / out, and the unread count. On phones the navigation folds into a menu.
#pragma once
#include <optional>

#include "state/app_state.h"
#include "state/shell_state.h"

namespace ui::screens {

state::TopBarIntent draw_top_bar(const state::AppState& s);
// The connection banner and the one-line flash message under the bar.
void draw_status_lines(const state::AppState& s);

}  // namespace ui::screens
