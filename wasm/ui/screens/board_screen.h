// The command center's 7x24 board (issue 5; rules M1, M2, G6, D4): every open application and
// reservation by level and escalation, counts per manager and per step, the selected item's
// panel (handle the warning, reassign, dispatch).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "state/board_state.h"
#include "ui/action_form.h"

namespace ui::screens {

struct BoardIntent {
  bool filters_changed = false;
  bool refresh = false;
  int tab = -1;
  std::optional<std::pair<std::string, std::string>> select;  // kind, number
  bool close = false;
  bool acknowledge = false;
  bool note_edited = false;
  int reassign_edited = -1, reassign_submit = -1;
  bool dispatch = false;
  std::string open;  // application number to open in detail
  bool has_countdown = false;  // a reservation countdown is drawn
};

// `now`: now_seconds() (reservation countdowns); `managers`: customer managers to dispatch to;
// `role`: who looks (each role handles warnings up to its escalation level, rule M2).
BoardIntent draw_board(state::BoardState& s, double now, const std::vector<std::pair<long long, std::string>>& managers,
                       const FormClock& clock, const std::string& role);

}  // namespace ui::screens
