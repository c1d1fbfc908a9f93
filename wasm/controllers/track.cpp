// Tracking without login (issue 4): the home page's quick box hands over number and phone; at the
// kiosk the on-screen keypad types them. Draw, then apply the intent (state/track_state).
#include "controllers/controllers.h"
#include "controllers/runner.h"
#include "ui/screens/track_screen.h"

namespace app {

void track_frame(Ctx& c) {
  run(c, state::track_from_home(c.s));
  const auto in = ui::screens::draw_track(c.s.customer.track, c.s.kiosk);
  run(c, state::apply(c.s, in));
}

}  // namespace app
