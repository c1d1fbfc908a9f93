// The grab pool (rule M7): draw, then apply the intent (state/grab_state); the pool refreshes
// itself each minute while it is on screen, so a grabbed application disappears.
#include "controllers/controllers.h"
#include "controllers/customer_util.h"
#include "controllers/runner.h"
#include "platform/redraw.h"
#include "ui/screens/grab_screen.h"

namespace app {

void grab_frame(Ctx& c) {
  auto& g = c.s.staff.grab;
  state::GrabIntent in = ui::screens::draw_grab(g, state::can_grab(c.s));
  in.entered = entered("grab");
  in.now = c.now;
  if (g.pool && !g.load.busy() && c.now - g.loaded_at >= 60) in.refresh = true;
  run(c, state::apply(c.s, in));
  platform::request_redraw_in(std::max(1.0, 60 - (c.now - g.loaded_at)));
}

}  // namespace app
