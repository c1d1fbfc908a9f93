// Service-hall intake on a customer's behalf (issue 5; rules D2, D3, D4).
#pragma once
#include <string>

#include "state/intake_state.h"

namespace ui::screens {

struct IntakeIntent {
  bool edited = false;         // customer / address fields
  bool facts_changed = false;  // the rules form
  bool docs_changed = false;
  bool submit = false;         // accept the application
  bool reserve = false;        // record a zero-document reservation instead (D3 -> D4)
  int pick = -1, retry = -1;   // upload slots of the accepted application
  bool upload_all = false;
  bool next_customer = false;
  std::string open;            // application number to open
};

IntakeIntent draw_intake(state::IntakeState& s);

}  // namespace ui::screens
