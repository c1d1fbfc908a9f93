// Log in and register (issue 3/4): phone + password, validated by shared/ as the user types; the
// server's errors appear beside the field they concern.
#pragma once
#include "state/auth_state.h"

namespace ui::screens {

state::LoginIntent draw_login(state::LoginForm& f);

// `resend_wait`: seconds before another code may be requested (the button counts down).
state::RegisterIntent draw_register(state::RegisterForm& f, int resend_wait);

}  // namespace ui::screens
