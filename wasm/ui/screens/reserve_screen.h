// The zero-document reservation (rule D4): no documents, no login; the command center calls back
// within 18 hours and the documents are collected at the site survey.
#pragma once
#include "state/reserve_state.h"

namespace ui::screens {

state::ReserveIntent draw_reserve(state::ReserveState& s, bool kiosk);

}  // namespace ui::screens
