// The kiosk's device token (issue 15): loaded at start-up, checked with GET /kiosk/device, and
// entered by staff on the setup screen while the terminal is not (or no longer) registered.
#include "controllers/controllers.h"
#include "platform/kiosk_device.h"
#include "state/customer_common.h"
#include "ui/screens/kiosk_setup_screen.h"

namespace app {
namespace {

void check_device(Ctx& c) {
  auto& d = c.s.device;
  const long long id = state::next_request_id();
  d.pending = id;
  get(c, "/kiosk/device", [&c, id](const net::ApiReply& r) {
    auto& x = c.s.device;
    if (x.pending != id) return;
    state::apply_device_check(x, r.ok(), r.ok() && r.body.value("kiosk", false));
  });
}

}  // namespace

void kiosk_device_start(Ctx& c) {
  c.s.device.token = platform::load_kiosk_device();
  c.api.set_kiosk_device(c.s.device.token);
}

bool kiosk_device_ready(Ctx& c) {
  auto& d = c.s.device;
  if (!d.token.empty() && !d.checked && d.pending == 0) check_device(c);
  if (!state::needs_setup(d)) return true;
  const auto in = ui::screens::draw_kiosk_setup(d);
  if (in.edited) d.error.clear();
  if (in.save && d.pending == 0) {
    const std::string token = state::typed_token(d);
    if (!token.empty()) {
      d.token = token;
      d.typed.clear();  // the token leaves the field's memory
      d.checked = false;
      platform::store_kiosk_device(token);
      c.api.set_kiosk_device(token);
      check_device(c);
    }
  }
  return false;
}

}  // namespace app
