// 账户安全 (Account security, issue 15): password change (other sessions end), log out
// everywhere, and the staff's second factor. Secrets live in the screen's state only until the
// user leaves it. Open, draw, then apply the intent (state/security_state).
#include "controllers/controllers.h"
#include "controllers/customer_util.h"
#include "controllers/runner.h"
#include "ui/screens/security_screen.h"

namespace app {

void security_frame(Ctx& c) {
  state::open_security(c.s, entered("security"));
  const auto in = ui::screens::draw_security(c.s.security, c.s.session.user->staff());
  run(c, state::apply(c.s, in));
}

}  // namespace app
