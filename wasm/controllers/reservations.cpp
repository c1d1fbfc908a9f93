// Reservations for staff (issue 5; rule D4): draw, then apply the intent (state/reservations_state);
// the live clocks' frames (one each second only while a clock is on screen) are timed here.
#include <imgui.h>

#include "controllers/controllers.h"
#include "controllers/customer_util.h"
#include "controllers/runner.h"
#include "platform/redraw.h"
#include "ui/action_form.h"
#include "ui/screens/reservations_screen.h"

namespace app {

void reservations_frame(Ctx& c) {
  auto& s = c.s.staff.reservations;
  state::ReservationsIntent in = ui::screens::draw_reservations(s, c.now, state::reservations_supervisor(c.s));
  in.entered = entered("reservations");
  in.now = c.now;
  in.today = ui::form_clock().today;
  run(c, state::apply(c.s, in));
  if (s.scroll_to_top) {  // the panel is above the list
    ImGui::SetScrollY(0);
    s.scroll_to_top = false;
  }
  // Live clocks (rule D4): a frame when a shown countdown's text changes, only while one is shown.
  if (in.has_countdown) {
    if (auto tick = state::reservations_next_tick(s, c.now)) platform::request_redraw_in(*tick + 0.001);
  } else if (s.loaded) {
    platform::request_redraw_in(std::max(1.0, 60 - (c.now - s.loaded_at)));
  }
}

}  // namespace app
