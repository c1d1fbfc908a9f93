// "My applications": loaded on each visit and again when news mentions one of them; the claim
// panel below the list. Draw, then apply the intent (state/my_apps_state, state/claim_state).
#include "controllers/claim.h"
#include "controllers/controllers.h"
#include "controllers/customer_util.h"
#include "controllers/runner.h"
#include "ui/screens/my_apps_screen.h"

namespace app {

void my_apps_frame(Ctx& c) {
  auto in = ui::screens::draw_my_apps(c.s.customer.my);
  in.entered = entered("my");
  run(c, state::apply(c.s, in));
  claim_panel_frame(c, in.entered);
}

}  // namespace app
