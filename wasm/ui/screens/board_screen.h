// The command center's 7x24 board (issue 5; rules M1, M2, G6, D4): every open application and
// reservation by level and escalation, counts per manager and per step, the selected item's
// panel (handle the warning, reassign, dispatch).
#pragma once
#include <string>
#include <vector>

#include "state/board_state.h"
#include "ui/action_form.h"

namespace ui::screens {

// `now`: now_seconds() (reservation countdowns); `managers`: customer managers to dispatch to;
// `role`: who looks (each role handles warnings up to its escalation level, rule M2).
state::BoardIntent draw_board(state::BoardState& s, double now, const std::vector<std::pair<long long, std::string>>& managers,
                       const FormClock& clock, const std::string& role);

}  // namespace ui::screens
