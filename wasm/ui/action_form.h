// A form for one of the server's next_actions, drawn from its field descriptors (state/action_form.h):
// string/text -> text field, number -> numeric field, date/datetime -> text field with a format
// hint and a "today"/"now" link, bool -> checkbox, enum/document -> drop-down. Each field's error
// (local or the server's) under it. Ids: "<id>.<field name>", "<id>.<field name>.now",
// "<id>.submit", "<id>.cancel", "<id>.error".
#pragma once
#include <string>

#include "state/action_form.h"

namespace ui {

struct ActionFormIntent {
  bool edited = false;  // a value changed (re-check as the user types)
  bool submit = false;
  bool cancel = false;  // close the form
};

// Today and now in China Standard Time, for the "today"/"now" links ("2026-11-30", "2026-11-30 09:30").
struct FormClock {
  std::string today, now;
};
FormClock form_clock();  // from the device's clock

ActionFormIntent draw_action_form(const char* id, state::ActionForm& f, const FormClock& clock);

}  // namespace ui
