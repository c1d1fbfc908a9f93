// Tracking without login (issue 4): the home page's quick box hands over number and phone; at the
// kiosk the on-screen keypad types them.
#include "controllers/controllers.h"
#include "controllers/customer_util.h"
#include "state/customer_common.h"
#include "ui/screens/track_screen.h"

namespace app {
namespace {

void send_track(Ctx& c) {
  auto& s = c.s.customer.track;
  const long long id = state::next_request_id();
  state::start_lookup(s, id);
  post(c, "/track", state::track_body(s), [&c, id](const net::ApiReply& r) {
    auto& t = c.s.customer.track;
    if (t.pending != id) return;  // a newer lookup, or everything was reset
    state::apply_track_reply(t, r.ok(), r.body, reply_field(r), reply_message(r));
  });
}

}  // namespace

void track_frame(Ctx& c) {
  auto& s = c.s.customer.track;
  if (state::take_home_box(s, c.s.home) && state::check_track(s, true)) send_track(c);
  const auto in = ui::screens::draw_track(s, c.s.kiosk);
  if (in.keypad_field >= 0) s.keypad.field = in.keypad_field;
  if (in.key) {
    const bool number = s.keypad.field == 0;
    state::keypad_press(number ? s.number : s.phone, number ? state::KeypadMode::AppNumber : state::KeypadMode::Phone, in.key);
    // A complete application number moves the keypad on to the phone.
    if (number && s.number.size() == 16 && in.key != '<' && in.key != 'C') s.keypad.field = 1;
    // A number half typed on the keypad is no error yet: checked once complete (or on "track").
    if (number) s.errors.erase("number");
    if (!number && s.phone.size() < 11) s.errors.erase("phone");
    else state::check_track(s, false);
  }
  if (in.edited) state::check_track(s, false);
  if (in.submit && s.pending == 0 && state::check_track(s, true)) send_track(c);
}

}  // namespace app
