// The staff's work queue (issue 5): filters, search and a virtualized list of applications sorted
// by urgency (state/queue_state.h).
#pragma once
#include <optional>
#include <string>

#include "state/queue_state.h"

namespace ui::screens {

struct QueueIntent {
  std::optional<state::QueueFilters> filters;  // changed filters (results start over)
  bool search_typed = false;   // the search text changed (applied after a pause)
  bool search_now = false;     // the search button
  bool refresh = false;
  std::string open;            // application number to open
  long long first = 0, last = 0;  // rows in view this frame
};

// `supervisor`: command center / admin (everyone's queue, with a manager filter).
QueueIntent draw_queue(state::QueueState& s, bool supervisor);

}  // namespace ui::screens
