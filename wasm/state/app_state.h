// The browser app's state: language, display mode, where the user is, who is logged in, the
// connection, the inbox, and each screen's state. Pure C++ (no ImGui, no Emscripten).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "state/auth_state.h"
#include "state/customer_screens.h"
#include "state/gallery_state.h"
#include "state/home_state.h"
#include "state/inbox_state.h"
#include "state/security_state.h"
#include "state/shell_state.h"
#include "state/kiosk_device_state.h"
#include "state/staff_screens.h"
#include "state/strings.h"
#include "state/published_state.h"  // issue 11, rule P3

namespace state {

// Every screen of the app. Public ones work without login; the kiosk shows only public ones.
enum class Screen {
  Home,          // public information + "what applies to me" + tracking entry (issue 2)
  Track,         // progress by number + phone, no login
  Login, Register,
  Reserve,       // zero-document reservation (rule D4)
  Managers,      // the public list of customer managers (rule M3)
  MyApps, Apply, Detail, Contract, WorksContract, Inbox,                      // customers (issue 4); Detail also staff
  Queue, Intake, Reservations, Board, Indicators, ReservePool, Capacity, Admin,  // staff (issue 5)
  Grab,          // the grab pool of customer managers (rule M7)
  Gallery,       // ?screen=kit: every widget of the kit
  Security,      // 账户安全: password, log out everywhere, the staff's second factor (issue 15)
};
const char* screen_name(Screen s);  // "home", "track", ... (also the ?screen= value)
std::optional<Screen> screen_from_name(std::string_view name);
bool is_public(Screen s);
bool is_staff_screen(Screen s);

struct Route {
  Screen screen = Screen::Home;
  std::string param;  // e.g. the application number of Detail/Contract
};

struct User {
  long long id = 0;
  std::string role;  // customer | customer_manager | project_manager | command_center | admin
  std::string name, phone, username;
  bool second_factor = false;  // staff: TOTP is on
  bool staff() const { return !role.empty() && role != "customer"; }
};

// From the API's user JSON ({"id","role","name","phone","username"}).
User user_from_json(const nlohmann::json& u);

struct Session {
  bool checked = false;          // GET /auth/me answered
  bool asked = false;            // ... and asked (once per start of the app)
  std::optional<User> user;
};

// The network as the user sees it: a lost connection is shown and retried (issue 4).
struct Connection {
  bool lost = false;
  int failures = 0;
  double retry_at = 0;  // platform::now_seconds() of the next retry
};

struct AppState {
  Lang lang = Lang::Zh;
  bool kiosk = false;        // ?mode=kiosk: the self-service terminal in the service hall
  KioskDeviceState device;   // the kiosk's device token (kept across the idle reset)
  Route route;
  std::vector<Route> history;
  Session session;
  Connection conn;
  double last_input = 0;     // for the kiosk's idle reset
  bool menu_open = false;    // the phone's navigation menu
  std::string flash;         // a one-line message shown under the top bar ("已提交", errors)
  bool flash_error = false;

  HomeState home;
  AuthState auth;
  InboxState inbox;
  CustomerScreens customer;  // issue 4 screens
  std::optional<ChosenManager> chosen_manager;  // the managers screen's answer to the wizard
  StaffScreens staff;        // issue 5 screens
  SecurityState security;    // issue 15
  GalleryState gallery;
  PublishedState published;  // issue 11, rule P3: contractor directory and published documents (public)
};

// From the page URL's ?lang=, ?mode= and ?screen= values ("" when absent).
AppState initial_state(std::string_view lang_param, std::string_view mode_param, std::string_view screen_param = {});

// Navigation: push the current route and go; back pops (Home when empty).
void go(AppState& s, Screen screen, std::string param = {});
void back(AppState& s);
// Everything personal forgotten (logout, kiosk idle reset).
void forget_user(AppState& s);

}  // namespace state
