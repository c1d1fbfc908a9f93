// The steps of an application drawn as a vertical timeline: a dot per step (filled when done,
// ringed while active), its state, deadline and remaining working days, who holds it (rule P2).
// Ids: "<id>.<i>" (the step's name and state), "<id>.<i>.detail", "<id>.<i>.holder".
#pragma once
#include <vector>

#include "state/timeline.h"

namespace ui {

void draw_timeline(const char* id, const std::vector<state::StageRow>& rows);

}  // namespace ui
