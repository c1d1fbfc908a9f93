// The frame around every screen: who is logged in (GET /auth/me once), the top bar and its
// navigation, the connection and flash lines, the notification long poll (rule P1: progress
// pushed to the open app), and the kiosk's idle reset (nothing personal persists).
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

bool g_me_requested = false;

void check_session(Ctx& c) {
  if (g_me_requested) return;
  g_me_requested = true;
  get(c, "/auth/session", [&c](const net::ApiReply& r) {
    c.s.session.checked = true;
    if (r.ok() && r.body.contains("user") && r.body.at("user").is_object()) {
      const state::User user = state::user_from_json(r.body.at("user"));
      c.s.session.user = user;
      after_login(c);
    }
  });
}

void kiosk_idle(Ctx& c) {
  const ImGuiIO& io = ImGui::GetIO();
  const bool input = io.MouseDown[0] || io.MouseClicked[0] || io.MouseWheel != 0 || io.InputQueueCharacters.Size > 0 ||
                     ImGui::IsAnyItemActive();
  if (input || c.s.last_input == 0) c.s.last_input = c.now;
  const double idle = c.now - c.s.last_input;
  if (idle >= kiosk_idle_limit()) {
    if (c.s.session.user) post(c, "/auth/logout", nlohmann::json::object(), [](const net::ApiReply&) {});
    state::forget_user(c.s);  // back home, everything typed forgotten
    c.s.last_input = c.now;
    return;
  }
  platform::request_redraw_in(kiosk_idle_limit() - idle + 0.05);
}

}  // namespace

void shell_frame(Ctx& c) {
  check_session(c);
  run_retries(c);
  if (c.s.kiosk) kiosk_idle(c);
  else run(c, state::poll_inbox(c.s));  // the server answers as soon as there is news (rule P1)

  const auto in = ui::screens::draw_top_bar(c.s);
  if (in.toggle_language) c.s.lang = c.s.lang == state::Lang::Zh ? state::Lang::En : state::Lang::Zh;
  if (in.toggle_menu) c.s.menu_open = !c.s.menu_open;
  if (in.go) state::go(c.s, *in.go);
  if (in.logout) {
    post(c, "/auth/logout", nlohmann::json::object(), [](const net::ApiReply&) {});
    state::forget_user(c.s);
    c.s.flash = state::tr("auth.logged_out");
    c.s.flash_error = false;
  }
  ui::screens::draw_status_lines(c.s);
}

void after_login(Ctx& c) {
  // Land where the role works: staff at the queue, customers at their applications.
  if (!c.s.session.user) return;
  const bool staff = c.s.session.user->staff();
  const state::Screen here = c.s.route.screen;
  if (here == state::Screen::Login || here == state::Screen::Register ||
      (here == state::Screen::Home && staff))
    state::go(c.s, staff ? state::Screen::Queue : state::Screen::MyApps);
}

}  // namespace app
