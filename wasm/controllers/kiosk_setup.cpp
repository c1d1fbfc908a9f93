// The kiosk's device token (issue 15): loaded at start-up, checked with GET /kiosk/device, and
// entered by staff on the setup screen while the terminal is not (or no longer) registered. The
// decisions are state/kiosk_device_state's; keeping the token on the device and in the requests'
// header is the platform's, here.
#include "controllers/controllers.h"
#include "controllers/runner.h"
#include "platform/kiosk_device.h"
#include "ui/screens/kiosk_setup_screen.h"

namespace app {

void kiosk_device_start(Ctx& c) {
  c.s.device.token = platform::load_kiosk_device();
  c.api.set_kiosk_device(c.s.device.token);
}

bool kiosk_device_ready(Ctx& c) {
  auto& d = c.s.device;
  run(c, state::check_kiosk_device(c.s));
  if (!state::needs_setup(d)) return true;
  const auto in = ui::screens::draw_kiosk_setup(d);
  const std::string before = d.token;
  auto requests = state::apply(c.s, in);
  if (d.token != before) {  // a new token: kept, and sent from the check on
    platform::store_kiosk_device(d.token);
    c.api.set_kiosk_device(d.token);
  }
  run(c, std::move(requests));
  return false;
}

}  // namespace app
