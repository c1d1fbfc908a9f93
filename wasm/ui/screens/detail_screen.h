// One application (rules P1, P2): summary, what the customer must do now, the timeline with
// deadlines and holders, next actions as forms from the server's descriptors, the contract,
// rating, the customer manager, documents (missing ones uploadable), history.
#pragma once
#include "state/detail_state.h"
#include "ui/action_form.h"

namespace ui::screens {

struct DetailIntent {
  bool back = false;
  bool reload = false;
  int toggle_action = -1;  // open/close the form of next_actions[i]
  int submit_action = -1;
  int edited_action = -1;
  int pick = -1, retry = -1;  // document slot
  bool contract = false;      // open the contract
  bool works_contract = false;  // open the works contract (服务契约, rule W2)
  bool choose_manager = false;
  bool rate_edited = false, rate_submit = false;
  bool toggle_events = false;
};

// `customer`: the customer's own view (to-do list, contract signing, rating, choosing a manager).
DetailIntent draw_detail(state::DetailState& s, bool customer, const ui::FormClock& clock);

}  // namespace ui::screens
