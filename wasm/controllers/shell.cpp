// The frame around every screen: who is logged in (GET /auth/session once), the top bar and its
// navigation, the connection and flash lines, the notification long poll (rule P1: progress
// pushed to the open app), and the kiosk's idle reset (nothing personal persists). The decisions
// are state/shell_state's and state::poll_inbox; input and timers are the platform's, here.
#include <imgui.h>

#include <cstdlib>

#include "controllers/controllers.h"
#include "controllers/runner.h"
#include "platform/redraw.h"
#include "platform/url.h"
#include "ui/screens/top_bar.h"

namespace app {
namespace {

constexpr double kKioskIdleSeconds = 120;  // issue 4: after 2 minutes idle the kiosk starts over

// A test hook: ?mode=kiosk&idle=5 starts over after 5 s (2..120; honoured only at the kiosk).
double kiosk_idle_limit() {
  static const double limit = [] {
    const double v = std::atof(platform::url_param("idle").c_str());
    return v >= 2 && v < kKioskIdleSeconds ? v : kKioskIdleSeconds;
  }();
  return limit;
}

void kiosk_idle(Ctx& c) {
  const ImGuiIO& io = ImGui::GetIO();
  const bool input = io.MouseDown[0] || io.MouseClicked[0] || io.MouseWheel != 0 || io.InputQueueCharacters.Size > 0 ||
                     ImGui::IsAnyItemActive();
  if (input || c.s.last_input == 0) c.s.last_input = c.now;
  const double idle = c.now - c.s.last_input;
  if (idle >= kiosk_idle_limit()) {
    run(c, state::kiosk_start_over(c.s));
    c.s.last_input = c.now;
    return;
  }
  platform::request_redraw_in(kiosk_idle_limit() - idle + 0.05);
}

}  // namespace

void shell_frame(Ctx& c) {
  run(c, state::check_session(c.s));
  run_retries(c);
  if (c.s.kiosk) kiosk_idle(c);
  else run(c, state::poll_inbox(c.s));  // the server answers as soon as there is news (rule P1)

  const auto in = ui::screens::draw_top_bar(c.s);
  run(c, state::apply(c.s, in));
  ui::screens::draw_status_lines(c.s);
}

}  // namespace app
