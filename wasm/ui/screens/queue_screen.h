// The staff's work queue (issue 5): filters, search and a virtualized list of applications sorted
// by urgency (state/queue_state.h).
#pragma once
#include "state/queue_state.h"

namespace ui::screens {

// `supervisor`: command center / admin (everyone's queue, with a manager filter).
state::QueueIntent draw_queue(state::QueueState& s, bool supervisor);

}  // namespace ui::screens
