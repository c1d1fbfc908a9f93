// The zero-document reservation (rule D4): online and at the kiosk, logged in or not. Draw, then
// apply the intent (state/reserve_state).
#include "controllers/controllers.h"
#include "controllers/runner.h"
#include "ui/screens/reserve_screen.h"

namespace app {

void reserve_frame(Ctx& c) {
  state::prefill_reserve(c.s);
  const auto in = ui::screens::draw_reserve(c.s.customer.reserve, c.s.kiosk);
  run(c, state::apply(c.s, in));
}

}  // namespace app
