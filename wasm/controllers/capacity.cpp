// Open capacity (issue 5; rule R4): draw, then apply the intent (state/capacity_state).
#include "controllers/controllers.h"
#include "controllers/customer_util.h"
#include "controllers/runner.h"
#include "ui/screens/capacity_screen.h"

namespace app {

void capacity_frame(Ctx& c) {
  const std::string role = c.s.session.user ? c.s.session.user->role : "";
  const bool can_edit = role == "project_manager" || role == "command_center" || role == "admin";
  state::CapacityIntent in = ui::screens::draw_capacity(c.s.staff.capacity, can_edit);
  in.entered = entered("capacity");
  run(c, state::apply(c.s, in));
}

}  // namespace app
