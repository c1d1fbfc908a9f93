// The apply wizard (issue 4): case -> address and contact -> documents -> confirm -> the number,
// what happens next and by when, the documents' upload progress.
#pragma once
#include "state/apply_state.h"

namespace ui::screens {

state::ApplyIntent draw_apply(state::ApplyState& s);

}  // namespace ui::screens
