// Zero-document reservations for staff (issue 5; rule D4): live 20-minute / 18-hour clocks,
// recording a phone call, and the selected reservation's actions.
#pragma once
#include "state/reservations_state.h"

namespace ui::screens {

// `can_pick_manager`: command center / admin choose whom to dispatch to; a customer manager takes it.
state::ReservationsIntent draw_reservations(state::ReservationsState& s, double now, bool can_pick_manager);

}  // namespace ui::screens
