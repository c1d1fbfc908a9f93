// Zero-document reservations for staff (issue 5; rule D4): live 20-minute / 18-hour clocks,
// recording a phone call, and the selected reservation's actions.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "state/reservations_state.h"

namespace ui::screens {

struct ReservationsIntent {
  bool toggle_phone_form = false;
  bool phone_edited = false, phone_submit = false;
  bool status_changed = false;
  bool refresh = false;
  std::optional<std::pair<std::string, state::ResvAction>> open;  // number, action
  bool close = false;
  bool panel_edited = false, facts_changed = false, panel_submit = false;
  std::string open_application;
  bool has_countdown = false;
};

// `can_pick_manager`: command center / admin choose whom to dispatch to; a customer manager takes it.
ReservationsIntent draw_reservations(state::ReservationsState& s, double now, bool can_pick_manager);

}  // namespace ui::screens
