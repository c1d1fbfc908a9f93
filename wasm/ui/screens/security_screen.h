// 账户安全 (Account security): change the password, log out everywhere, and for staff the second
// factor (enroll: the secret in groups of four and the otpauth:// URI, a first code; the recovery
// codes shown once; turn off with the password and a code).
#pragma once
#include "state/security_state.h"

namespace ui::screens {

struct SecurityIntent {
  bool password_edited = false, change_password = false, logout_all = false;
  bool totp_setup = false, totp_confirm = false, totp_disable = false, recovery_done = false;
};

SecurityIntent draw_security(state::SecurityState& s, bool staff);

}  // namespace ui::screens
