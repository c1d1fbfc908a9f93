// Tracking an application without logging in (issue 4): number + phone; at the kiosk typed on the
// on-screen keypad. The answer: steps, states and dates (rule P2), nothing personal.
#pragma once
#include "state/track_state.h"

namespace ui::screens {

struct TrackIntent {
  bool edited = false;
  bool submit = false;
  int keypad_field = -1;  // kiosk: the field tapped (0 number, 1 phone)
  char key = 0;           // kiosk: the key pressed
};

TrackIntent draw_track(state::TrackState& s, bool kiosk);

}  // namespace ui::screens
