// Open grid capacity kept by staff (issue 5; rule R4) and the log of customers' queries.
#pragma once
#include "state/capacity_state.h"

namespace ui::screens {

struct CapacityIntent {
  int tab = -1;
  bool search = false;
  bool new_entry = false;
  int edit = -1;            // entry index to edit
  bool form_edited = false, save = false, close_form = false;
  int log_page = 0;         // +1 / -1
};

CapacityIntent draw_capacity(state::CapacityState& s, bool can_edit);

}  // namespace ui::screens
