// The apply wizard (issue 4): case -> address and contact -> documents -> confirm -> the number,
// what happens next and by when, the documents' upload progress.
#pragma once
#include "state/apply_state.h"

namespace ui::screens {

struct ApplyIntent {
  bool case_changed = false;     // re-evaluate the plan
  bool details_edited = false;
  bool next = false, back = false;
  bool submit = false;
  bool choose_manager = false;   // open the managers' list to choose
  bool clear_manager = false;
  int pick = -1, retry = -1, remove = -1;  // document slot
  bool open_detail = false;      // done: follow the application
  bool again = false;            // done: another application
  bool toggle_plan = false;      // the plan's summary / all of it
  bool locate = false;           // use the device's position as the meter location
};

ApplyIntent draw_apply(state::ApplyState& s);

}  // namespace ui::screens
