// The steps of an application drawn as a vertical timeline: a dot per step (filled when done,
// ringed while active), its state, deadline and remaining working days, who holds it (rule P2).
// Ids: "<id>.<i>" (the step's name and state), "<id>.<i>.detail", "<id>.<i>.holder".
#pragma once
#include <vector>

#include "state/timeline.h"

namespace ui {

void draw_timeline(const char* id, const std::vector<state::StageRow>& rows);

// The second clock (rules T4, W1, W2) under the timeline: one line per supporting-works item.
// Ids: "<id>.title", "<id>.<i>". Draws nothing without supporting works.
void draw_works_clock(const char* id, const nlohmann::json& app);

}  // namespace ui
