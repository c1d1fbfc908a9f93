// Administration (issue 5): draw, then apply the intent (state/admin_apply.cpp).
#include "controllers/controllers.h"
#include "controllers/customer_util.h"
#include "controllers/runner.h"
#include "ui/screens/admin_screen.h"

namespace app {

void admin_frame(Ctx& c) {
  const long long me = c.s.session.user ? c.s.session.user->id : 0;
  state::AdminIntent in = ui::screens::draw_admin(c.s.staff.admin, me);
  in.entered = entered("admin");
  run(c, state::apply(c.s, in));
}

}  // namespace app
