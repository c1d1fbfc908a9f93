// 账户安全 (Account security): change the password, log out everywhere, and for staff the second
// factor (enroll: the secret in groups of four and the otpauth:// URI, a first code; the recovery
// codes shown once; turn off with the password and a code).
#pragma once
#include "state/security_state.h"

namespace ui::screens {

state::SecurityIntent draw_security(state::SecurityState& s, bool staff);

}  // namespace ui::screens
