// The zero-document reservation (rule D4): online and at the kiosk, logged in or not.
#include "controllers/controllers.h"
#include "controllers/customer_util.h"
#include "state/customer_common.h"
#include "ui/screens/reserve_screen.h"

namespace app {

void reserve_frame(Ctx& c) {
  auto& s = c.s.customer.reserve;
  if (c.s.session.user && !c.s.session.user->staff()) state::prefill_reserve(s, c.s.session.user->name, c.s.session.user->phone);
  const auto in = ui::screens::draw_reserve(s, c.s.kiosk);
  if (in.key) {
    state::keypad_press(s.phone, state::KeypadMode::Phone, in.key);
    // A number half typed on the keypad is no error yet: checked once complete (or on submit).
    if (s.phone.size() < 11) s.errors.erase("phone");
    else state::check_reserve(s, false);
  }
  if (in.edited) state::check_reserve(s, false);
  if (in.again) {
    s = state::ReserveState{};
    if (c.s.kiosk) state::go(c.s, state::Screen::Home);
  }
  if (in.submit && s.pending == 0 && state::check_reserve(s, true)) {
    const long long id = state::next_request_id();
    s.pending = id;
    post(c, "/reservations", state::reserve_body(s), [&c, id](const net::ApiReply& r) {
      auto& x = c.s.customer.reserve;
      if (x.pending != id) return;
      x.pending = 0;
      if (r.ok()) x.result = r.body;
      else state::place_reserve_error(x, reply_field(r), reply_message(r));  // what was typed stays
    });
  }
}

}  // namespace app
