// The zero-document reservation (rule D4): no documents, no login; the command center calls back
// within 18 hours and the documents are collected at the site survey.
#pragma once
#include "state/reserve_state.h"

namespace ui::screens {

struct ReserveIntent {
  bool edited = false;
  bool submit = false;
  bool again = false;     // make another (or, at the kiosk, start over)
  int keypad_field = -1;  // kiosk: 0 phone
  char key = 0;
};

ReserveIntent draw_reserve(state::ReserveState& s, bool kiosk);

}  // namespace ui::screens
