// The public list of customer managers (rule M3): draw, then apply the intent (state/managers_state).
#include "controllers/controllers.h"
#include "controllers/customer_util.h"
#include "controllers/runner.h"
#include "ui/screens/managers_screen.h"

namespace app {

void managers_frame(Ctx& c) {
  const state::ManagersView v = state::managers_view(c.s);
  state::ManagersIntent in = ui::screens::draw_managers(c.s.customer.managers, v.purpose, v.can_choose, v.current);
  in.entered = entered("managers");
  run(c, state::apply(c.s, in));
}

}  // namespace app
