// Tracking an application without logging in (issue 4): number + phone; at the kiosk typed on the
// on-screen keypad. The answer: steps, states and dates (rule P2), nothing personal.
#pragma once
#include "state/track_state.h"

namespace ui::screens {

state::TrackIntent draw_track(state::TrackState& s, bool kiosk);

}  // namespace ui::screens
