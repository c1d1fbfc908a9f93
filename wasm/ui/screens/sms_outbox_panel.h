// The admin's SMS outbox tab (issue 15): marked DEVELOPMENT ONLY when no gateway is configured.
#pragma once
#include "state/sms_outbox_state.h"

namespace ui::screens {
// Returns true when the admin asks to load it again.
bool draw_sms_outbox(const state::SmsOutboxState& s);
}
