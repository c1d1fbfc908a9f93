// The public home page (issue 2): draw, then apply the intent (state/home_state).
#include "controllers/controllers.h"
#include "controllers/runner.h"
#include "ui/screens/home_screen.h"

namespace app {

void home_frame(Ctx& c) {
  const auto in = ui::screens::draw_home(c.s.home, c.s);
  run(c, state::apply(c.s, in));
}

}  // namespace app
