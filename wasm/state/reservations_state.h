// Zero-document reservations as the staff work them (rule D4): phone reservations recorded by
// staff run a 20-minute clock from the end of the call to dispatching a customer manager; online
// ones an 18-hour clock to contacting the customer. Live countdowns; dispatch, contact, convert
// into an application at the site survey (the facts asked as on the home page), cancel.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "state/request.h"
#include "state/rules_form.h"
#include "state/staff_common.h"

namespace state {

struct Reservation {
  std::string number, channel, status, name, phone, address, business, business_code, customer_type, customer_type_code;
  std::string note, created_at, due_at, handled_at, level, manager, application_number;
  long long manager_id = 0;
  int escalation = 0;
  std::optional<double> remaining_seconds;  // at loading
  bool on_time = true;
};
Reservation parse_reservation(const nlohmann::json& j);

// A phone call recorded by staff (POST /api/v1/reservations, channel "phone").
struct PhoneForm {
  std::string name, phone, address, note;
  int customer_type = 0;  // index into gp::all_customer_types()
  int business = 0;       // index into gp::all_businesses()
  std::string call_ended; // "HH:MM" today, or "" = now
  std::map<std::string, std::string> errors;
  bool busy = false;
};

enum class ResvAction { None, Dispatch, Contact, Convert, Cancel };

struct ResvPanel {
  std::string number;
  ResvAction action = ResvAction::None;
  int manager = -1;          // dispatch/contact: index into the managers offered
  std::string note, reason;  // contact note, cancel reason
  RulesForm facts;           // convert: the facts as on the home page (business and type preset)
  RulesOutcome outcome;
  std::string address, contact_name, contact_phone;
  std::map<std::string, std::string> errors;  // field -> message ("form" for the rest)
  bool busy = false;
};

struct ReservationsState {
  int status = 0;             // 0 open, 1 handled, 2 converted, 3 cancelled, 4 all
  std::vector<Reservation> items;
  double loaded_at = 0;       // now_seconds() at loading
  bool loaded = false;
  Pending load;               // GET /reservations in flight
  std::string error;
  std::string notice;
  bool show_phone_form = false;
  PhoneForm phone;
  std::optional<ResvPanel> panel;
  std::vector<std::pair<long long, std::string>> managers;  // customer managers (command center/admin)
  bool managers_requested = false;
  bool scroll_to_top = false;  // a panel opened: it is above the list (the controller scrolls)
};

const std::vector<std::string>& reservation_status_values();  // "open", "handled", "converted", "cancelled", ""
std::string reservations_path(const ReservationsState& s);
void reservations_loaded(ReservationsState& s, const nlohmann::json& reply, double now);

// Seconds left now of an open reservation (nullopt when its clock has stopped).
std::optional<double> reservation_left(const ReservationsState& s, const Reservation& r, double now);
// Seconds until any countdown shown changes its text (nullopt: none shown).
std::optional<double> reservations_next_tick(const ReservationsState& s, double now);

// Validation while typing (final: on submit); the body for POST /reservations.
bool check_phone_form(PhoneForm& f, bool final);
// `today` as "YYYY-MM-DD" (China Standard Time) for the call's end time.
nlohmann::json phone_form_body(const PhoneForm& f, const std::string& today);
void place_phone_error(PhoneForm& f, const std::string& field, const std::string& message);

// Opens the panel of one reservation for an action (the convert form preset from it).
void open_panel(ReservationsState& s, const Reservation& r, ResvAction a);
// The body of POST /reservations/{n}/actions; nullopt (errors set) when something is missing.
std::optional<nlohmann::json> panel_body(ResvPanel& p, const std::vector<std::pair<long long, std::string>>& managers,
                                         long long my_id, bool can_pick_manager);
void place_panel_error(ResvPanel& p, const std::string& field, const std::string& message);

const char* resv_action_name(ResvAction a);  // "dispatch", ...

// What the user did this frame (ui/screens/reservations_screen) plus what only the platform knows.
struct ReservationsIntent {
  bool toggle_phone_form = false;
  bool phone_edited = false, phone_submit = false;
  bool status_changed = false;
  bool refresh = false;
  std::optional<std::pair<std::string, ResvAction>> open;  // number, action
  bool close = false;
  bool panel_edited = false, facts_changed = false, panel_submit = false;
  std::string open_application;
  bool has_countdown = false;
  // Filled by the controller:
  bool entered = false;  // first frame of a visit
  double now = 0;        // now_seconds() (clocks, the minute's reload)
  std::string today;     // "YYYY-MM-DD" in China Standard Time (the call's end time)
};

// Command center / admin: choose whom to dispatch to (a customer manager takes it himself).
bool reservations_supervisor(const AppState& s);
// Loads on a visit and every minute, records a phone call, works the panel's action (a
// conversion goes on to the new application's detail).
Requests apply(AppState& s, const ReservationsIntent& in);

}  // namespace state
