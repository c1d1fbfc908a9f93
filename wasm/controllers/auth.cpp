// Logging in and registering: the session is the server's HttpOnly cookie; the app only keeps who
// is logged in. Draw, fill the clock, then apply the intent (state/auth_state: after logging in, the
// user lands where their role works, or where they were going).
#include <chrono>

#include "controllers/controllers.h"
#include "controllers/runner.h"
#include "gp/date.h"
#include "ui/screens/auth_screens.h"

namespace app {
namespace {

std::string today_iso() {
  const auto secs = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
  return gp::cst_date(secs).iso();
}

}  // namespace

void login_frame(Ctx& c) {
  const auto in = ui::screens::draw_login(c.s.auth.login);
  run(c, state::apply(c.s, in));
}

void register_frame(Ctx& c) {
  auto in = ui::screens::draw_register(c.s.auth.reg, state::sms_resend_wait(c.s.auth.reg, c.now));
  in.now = c.now;
  if (in.edited || in.submit) in.today = today_iso();
  run(c, state::apply(c.s, in));
}

}  // namespace app
