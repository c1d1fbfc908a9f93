#include "ui/screens/top_bar.h"

#include <string>
#include <vector>

#include "state/kiosk_device_state.h"
#include "state/strings.h"
#include "ui/widgets.h"

namespace ui::screens {
namespace {

using state::Screen;
using state::tr;

struct NavItem {
  Screen screen;
  const char* id;
  const char* key;
};

std::vector<NavItem> nav_items(const state::AppState& s) {
  std::vector<NavItem> v;
  if (s.kiosk) {  // the kiosk offers tracking, reservation and information only
    if (state::needs_setup(s.device)) return v;  // an unregistered terminal shows its setup screen alone
    return {{Screen::Home, "nav.home", "nav.home"}, {Screen::Track, "nav.track", "nav.track"},
            {Screen::Reserve, "nav.reserve", "nav.reserve"}};
  }
  const auto& u = s.session.user;
  if (!u) {
    return {{Screen::Home, "nav.home", "nav.home"}, {Screen::Track, "nav.track", "nav.track"},
            {Screen::Reserve, "nav.reserve", "nav.reserve"}, {Screen::Managers, "nav.managers", "nav.managers"}};
  }
  if (!u->staff()) {
    return {{Screen::Home, "nav.home", "nav.home"}, {Screen::MyApps, "nav.my", "nav.my"},
            {Screen::Apply, "nav.apply", "nav.apply"}, {Screen::Managers, "nav.managers", "nav.managers"}};
  }
  v.push_back({Screen::Queue, "nav.queue", "nav.queue"});
  if (u->role != "project_manager") {
    v.push_back({Screen::Intake, "nav.intake", "nav.intake"});
    v.push_back({Screen::Reservations, "nav.reservations", "nav.reservations"});
  }
  if (u->role == "command_center" || u->role == "admin") v.push_back({Screen::Board, "nav.board", "nav.board"});
  if (u->role == "customer_manager" || u->role == "command_center" || u->role == "admin")
    v.push_back({Screen::Grab, "nav.grab", "nav.grab"});  // rule M7
  v.push_back({Screen::Indicators, "nav.indicators", "nav.indicators"});
  v.push_back({Screen::ReservePool, "nav.reserve_pool", "nav.reserve_pool"});
  v.push_back({Screen::Capacity, "nav.capacity", "nav.capacity"});
  if (u->role == "admin") v.push_back({Screen::Admin, "nav.admin", "nav.admin"});
  return v;
}

}  // namespace

state::TopBarIntent draw_top_bar(const state::AppState& s) {
  state::TopBarIntent in;
  const bool narrow = is_narrow();
  heading("app.title", narrow ? tr("app.short_title") : tr("app.page_title"));
  // Right-hand controls on one wrapped line: language, messages, user, log in/out.
  if (link("app.lang", tr("app.lang"))) in.toggle_language = true;
  if (!s.kiosk) {
    if (s.session.user) {
      same_line(16);
      std::string inbox = tr("nav.inbox");
      if (s.inbox.unread > 0) inbox += " (" + std::to_string(s.inbox.unread) + ")";
      if (link("nav.inbox", inbox)) in.go = Screen::Inbox;
      same_line(16);
      text("nav.user", s.session.user->name, Tone::Muted);
      same_line(16);
      if (link("nav.security", tr("nav.security"))) in.go = Screen::Security;
      same_line(16);
      if (link("nav.logout", tr("nav.logout"))) in.logout = true;
    } else if (s.session.checked) {
      same_line(16);
      if (link("nav.login", tr("nav.login"))) in.go = Screen::Login;
      same_line(16);
      if (link("nav.register", tr("nav.register"))) in.go = Screen::Register;
    }
  }
  const auto items = nav_items(s);
  if (narrow && !s.kiosk) {
    if (button("nav.menu", tr("nav.menu"))) in.toggle_menu = true;
    if (s.menu_open)
      for (const auto& it : items)
        if (button(it.id, tr(it.key), {it.screen == s.route.screen ? ButtonStyle::Primary : ButtonStyle::Secondary, true, true}))
          in.go = it.screen;
  } else {
    std::vector<Tab> tabs_v;
    int current = -1;
    for (std::size_t i = 0; i < items.size(); ++i) {
      tabs_v.push_back({items[i].id, tr(items[i].key)});
      if (items[i].screen == s.route.screen) current = static_cast<int>(i);
    }
    const int picked = tabs("nav", tabs_v, current);
    if (picked != current && picked >= 0) in.go = items[static_cast<std::size_t>(picked)].screen;
  }
  return in;
}

void draw_status_lines(const state::AppState& s) {
  if (s.conn.lost) text("app.connection", tr("common.connection_lost"), Tone::Error);
  if (!s.flash.empty()) text("app.flash", s.flash, s.flash_error ? Tone::Error : Tone::Success);
  spacing(4);
}

}  // namespace ui::screens
