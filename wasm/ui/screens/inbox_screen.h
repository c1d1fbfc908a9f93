// Messages (rule P1: progress pushed to the open app, kept in an inbox).
#pragma once
#include <string>

#include "state/inbox_view.h"

namespace ui::screens {

struct InboxIntent {
  std::string open;  // application number
  bool mark_all = false;
};

InboxIntent draw_inbox(const state::InboxState& s, bool marking);

}  // namespace ui::screens
