#include "state/app_state.h"

namespace state {

namespace {
struct ScreenName {
  Screen screen;
  const char* name;
};
constexpr ScreenName kNames[] = {
    {Screen::Home, "home"}, {Screen::Track, "track"}, {Screen::Login, "login"}, {Screen::Register, "register"},
    {Screen::Reserve, "reserve"}, {Screen::Managers, "managers"}, {Screen::MyApps, "my"}, {Screen::Apply, "apply"},
    {Screen::Detail, "detail"}, {Screen::Contract, "contract"}, {Screen::WorksContract, "works_contract"}, {Screen::Inbox, "inbox"}, {Screen::Queue, "queue"},
    {Screen::Intake, "intake"}, {Screen::Reservations, "reservations"}, {Screen::Board, "board"},
    {Screen::Indicators, "indicators"}, {Screen::ReservePool, "reserve_pool"}, {Screen::Capacity, "capacity"},
    {Screen::Admin, "admin"}, {Screen::Gallery, "kit"}, {Screen::Security, "security"},
    {Screen::Grab, "grab"},
};
}  // namespace

const char* screen_name(Screen s) {
  for (const auto& n : kNames)
    if (n.screen == s) return n.name;
  return "home";
}

std::optional<Screen> screen_from_name(std::string_view name) {
  for (const auto& n : kNames)
    if (name == n.name) return n.screen;
  return std::nullopt;
}

bool is_public(Screen s) {
  switch (s) {
    case Screen::Home: case Screen::Track: case Screen::Login: case Screen::Register: case Screen::Reserve:
    case Screen::Managers: case Screen::Gallery:
      return true;
    default:
      return false;
  }
}

bool is_staff_screen(Screen s) {
  switch (s) {
    case Screen::Queue: case Screen::Intake: case Screen::Reservations: case Screen::Board: case Screen::Indicators:
    case Screen::ReservePool: case Screen::Capacity: case Screen::Admin: case Screen::Grab:
      return true;
    default:
      return false;
  }
}

AppState initial_state(std::string_view lang, std::string_view mode, std::string_view screen) {
  AppState s;
  s.lang = lang == "en" ? Lang::En : Lang::Zh;  // Chinese unless English is asked for
  s.kiosk = mode == "kiosk";
  if (auto sc = screen_from_name(screen)) s.route.screen = *sc;
  return s;
}

User user_from_json(const nlohmann::json& u) {
  User user;
  if (!u.is_object()) return user;
  user.id = u.value("id", 0LL);
  user.role = u.value("role", "");
  user.name = u.value("name", "");
  user.phone = u.value("phone", "");
  user.username = u.value("username", "");
  user.second_factor = u.value("second_factor", false);
  return user;
}

void go(AppState& s, Screen screen, std::string param) {
  if (s.route.screen == screen && s.route.param == param) return;
  s.history.push_back(s.route);
  if (s.history.size() > 50) s.history.erase(s.history.begin());
  s.route = {screen, std::move(param)};
  s.menu_open = false;
  s.flash.clear();
}

void back(AppState& s) {
  if (s.history.empty()) {
    s.route = {};
  } else {
    s.route = s.history.back();
    s.history.pop_back();
  }
  s.flash.clear();
}

void forget_user(AppState& s) {
  const Lang lang = s.lang;
  const bool kiosk = s.kiosk;
  KioskDeviceState device = std::move(s.device);  // the terminal stays registered
  AppState fresh;
  fresh.lang = kiosk ? Lang::Zh : lang;
  fresh.kiosk = kiosk;
  fresh.device = std::move(device);
  fresh.session.checked = true;
  s = std::move(fresh);
}

}  // namespace state
