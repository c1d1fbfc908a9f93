// The online supply contract (rule P1): the text, its SHA-256, signing by password or drawing,
// the signed copy with its hash and time.
#pragma once
#include "state/contract_state.h"

namespace ui::screens {

// `can_sign`: the customer who owns it (staff read only).
state::ContractIntent draw_contract(state::ContractState& s, bool can_sign);

}  // namespace ui::screens
