#include "app.h"

#include "controllers/controllers.h"
#include "platform/fonts.h"
#include "platform/redraw.h"
#include "platform/snapshot.h"
#include "platform/url.h"
#include "state/strings.h"
#include "ui/record.h"
#include "ui/screens/kit_gallery.h"
#include "ui/theme.h"
#include "ui/widgets.h"

App::App()
    : s_(state::initial_state(platform::url_param("lang"), platform::url_param("mode"), platform::url_param("screen"))) {
  state::set_language(s_.lang);
  ui::apply_theme(s_.kiosk ? ui::Density::Kiosk : ui::Density::Standard);
  // Both languages' strings go into the first atlas: switching language needs no rebuild.
  for (std::size_t i = 0; i < state::string_count(); ++i) {
    platform::note_text(state::string_at(i).zh);
    platform::note_text(state::string_at(i).en);
  }
  if (s_.kiosk) app::kiosk_device_start(ctx_);
  platform::set_snapshot_source([] { return ui::record_json(); });
  platform::set_state_source([this] {
    nlohmann::json j = {{"screen", state::screen_name(s_.route.screen)}, {"param", s_.route.param},
                        {"lang", s_.lang == state::Lang::En ? "en" : "zh"}, {"kiosk", s_.kiosk},
                        {"kiosk_device", s_.kiosk && !state::needs_setup(s_.device)},
                        {"connection_lost", s_.conn.lost}, {"unread", s_.inbox.unread}};
    j["user"] = s_.session.user ? nlohmann::json{{"id", s_.session.user->id}, {"role", s_.session.user->role}, {"name", s_.session.user->name}}
                                : nlohmann::json(nullptr);
    // "What applies to me?": the facts and the plan computed in the browser (issue 2: the same plan
    // as POST /api/v1/rules/evaluate for the same facts).
    j["what"] = {{"facts", s_.home.outcome.facts},
                 {"plan", s_.home.outcome.plan ? *s_.home.outcome.plan : nlohmann::json(nullptr)},
                 {"errors", s_.home.outcome.errors}};
    return j.dump();
  });
}

namespace {

// Screens that need someone logged in send the others to the login screen first.
bool allowed(app::Ctx& c) {
  using state::Screen;
  const Screen sc = c.s.route.screen;
  if (state::is_public(sc)) return true;
  if (c.s.kiosk) {  // the kiosk offers public screens only
    state::go(c.s, Screen::Home);
    return false;
  }
  if (!c.s.session.checked) {
    ui::text("app.checking", state::tr("common.loading"), ui::Tone::Muted);
    return false;
  }
  if (!c.s.session.user) {
    ui::text("app.need_login", state::tr("common.need_login"), ui::Tone::Error);
    if (ui::button("app.go_login", state::tr("nav.login"), {ui::ButtonStyle::Primary})) state::go(c.s, Screen::Login);
    return false;
  }
  const bool staff = c.s.session.user->staff();
  const bool customer_only = sc == Screen::MyApps || sc == Screen::Apply;
  if ((state::is_staff_screen(sc) && !staff) || (customer_only && staff)) {
    ui::text("app.not_allowed", state::tr("common.not_allowed"), ui::Tone::Error);
    return false;
  }
  return true;
}

}  // namespace

void App::frame() {
  ctx_.now = platform::now_seconds();
  state::set_language(s_.lang);
  ui::begin_frame();
  if (s_.route.screen == state::Screen::Gallery) {  // the widget kit's own page
    ui::page_begin("page");
    const double now = ctx_.now;
    const int left = state::countdown_left(s_.gallery, now);
    const state::GalleryIntent in = ui::screens::draw_gallery(s_.gallery, left);
    state::apply(s_.gallery, in, now);
    if (s_.gallery.countdown_end > now) {
      const double to_next = s_.gallery.countdown_end - now - (state::countdown_left(s_.gallery, now) - 1);
      platform::request_redraw_in(to_next + 0.001);
    }
    ui::page_end();
    return;
  }
  ui::page_begin("page", 960.0f);
  app::shell_frame(ctx_);
  state::set_language(s_.lang);  // the shell may have switched it
  using state::Screen;
  if (s_.kiosk && !app::kiosk_device_ready(ctx_)) {
    // the setup screen was drawn: nothing else until the terminal is registered
  } else if (allowed(ctx_)) {
    switch (s_.route.screen) {
      case Screen::Home: app::home_frame(ctx_); break;
      case Screen::Track: app::track_frame(ctx_); break;
      case Screen::Login: app::login_frame(ctx_); break;
      case Screen::Register: app::register_frame(ctx_); break;
      case Screen::Reserve: app::reserve_frame(ctx_); break;
      case Screen::Managers: app::managers_frame(ctx_); break;
      case Screen::MyApps: app::my_apps_frame(ctx_); break;
      case Screen::Apply: app::apply_frame(ctx_); break;
      case Screen::Detail: app::detail_frame(ctx_); break;
      case Screen::Contract:
      case Screen::WorksContract: app::contract_frame(ctx_); break;
      case Screen::Inbox: app::inbox_frame(ctx_); break;
      case Screen::Queue: app::queue_frame(ctx_); break;
      case Screen::Intake: app::intake_frame(ctx_); break;
      case Screen::Reservations: app::reservations_frame(ctx_); break;
      case Screen::Board: app::board_frame(ctx_); break;
      case Screen::Indicators: app::indicators_frame(ctx_); break;
      case Screen::ReservePool: app::reserve_pool_frame(ctx_); break;
      case Screen::Capacity: app::capacity_frame(ctx_); break;
      case Screen::Admin: app::admin_frame(ctx_); break;
      case Screen::Grab: app::grab_frame(ctx_); break;
      case Screen::Security: app::security_frame(ctx_); break;
      case Screen::Gallery: break;
    }
  }
  ui::page_end();
  state::set_language(s_.lang);
}
