// Administration (issue 5): staff accounts and roles (create, disable / enable); the holiday
// calendar of a newly published year (e.g. 2027) loaded by pasting the year's JSON; the service
// configuration — change-of-use businesses' step limits and the supervision phone (rules T6, G7).
#pragma once
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include "state/sms_outbox_state.h"

namespace state {

struct StaffUser {
  long long id = 0;
  std::string username, name, role, phone;
  bool disabled = false;
};

struct NewUserForm {
  std::string username, name, phone, password;
  int role = 0;  // index into staff_roles()
  std::map<std::string, std::string> errors;
  bool busy = false;
};

struct CalendarYear {
  int year = 0;
  bool confirmed = false;
  std::string source, notice;
  int holidays = 0, workdays = 0;  // counts of days off and make-up working days
};

struct LimitRow {
  std::string business;  // wire name
  std::string name;      // current language
  std::string application, completion;  // working days as typed
};

// A kiosk device of the service hall (issue 15): the channel "kiosk" needs its token.
struct KioskDevice {
  long long id = 0;
  std::string name, created_at, revoked_at;
  bool active = true;
};

// A company setting the seed does not give (rules T6, S5, M5, R1): one whole number under `path`
// of the configuration ("stage_split.hv_application", "backfill_after_hours"). Shown labelled as
// a company setting, never as the plan's promise.
struct SettingRow {
  std::string path;
  std::string label;  // current language, with its rule
  std::string value;  // as typed
  int max = 365;
};

struct AdminState {
  int tab = 0;  // 0 accounts, 1 calendar, 2 configuration, 3 SMS outbox, 4 kiosks
  // Accounts
  std::vector<StaffUser> users;
  bool users_loaded = false;
  Pending users_load;
  std::string users_error, users_notice;
  NewUserForm form;
  bool show_form = false;
  long long toggling = 0;  // user id whose disabled flag is being changed
  // Calendar
  std::vector<CalendarYear> years;
  bool years_loaded = false;
  Pending years_load;
  std::string year_typed = "2027";
  std::string calendar_json;
  std::string calendar_error, calendar_notice;
  std::string calendar_field;  // the field the server named
  bool calendar_busy = false;
  // Configuration
  nlohmann::json config;  // the "config" object as loaded
  bool config_loaded = false;
  Pending config_load;
  std::vector<LimitRow> limits;
  std::vector<SettingRow> settings;  // company settings the seed does not give (issue 10)
  std::string supervision_phone;
  std::map<std::string, std::string> config_errors;  // "supervision_phone", "<business>.application", "form"
  std::string config_notice;
  bool config_busy = false;
  SmsOutboxState sms;  // issue 15
  // Kiosk devices
  std::vector<KioskDevice> kiosks;
  bool kiosks_loaded = false;
  Pending kiosks_load;
  std::string kiosk_name;                       // typed name of a new device
  std::map<std::string, std::string> kiosk_errors;  // "name", "form"
  std::string kiosk_notice;
  std::string new_kiosk_token;                  // shown once after registering, then forgotten
  bool kiosk_busy = false;
  long long revoking = 0;                       // device id being revoked
};

std::vector<StaffUser> parse_users(const nlohmann::json& reply);
bool check_new_user(NewUserForm& f, bool final);
nlohmann::json new_user_body(const NewUserForm& f);
void place_user_error(NewUserForm& f, const std::string& field, const std::string& message);

std::vector<CalendarYear> parse_calendar_years(const nlohmann::json& reply);
// Checks the pasted year before sending: JSON object with "holidays" and "workdays" arrays.
// Returns "" when fine, else the message (current language).
std::string check_calendar_json(const std::string& text, const std::string& year);
// A template of a year's JSON for the admin to fill in (the format the server reads).
std::string calendar_template(int year);

std::vector<KioskDevice> parse_kiosks(const nlohmann::json& reply);
// The name of a new kiosk device: 1-60 characters. Sets kiosk_errors["name"]; false when wrong.
bool check_kiosk_name(AdminState& s);

void config_loaded(AdminState& s, const nlohmann::json& reply);
// Validates the typed limits and phone; the PUT body with what changed (nullopt: errors set).
std::optional<nlohmann::json> config_body(AdminState& s);
void place_config_error(AdminState& s, const std::string& field, const std::string& message);

// What the admin did this frame (ui/screens/admin_screen).
struct AdminIntent {
  int tab = -1;
  bool toggle_form = false, user_edited = false, create_user = false;
  long long toggle_disabled = 0;  // user id
  bool calendar_template = false, publish_calendar = false, calendar_edited = false;
  bool config_edited = false, save_config = false, reload_config = false;
  bool reload_sms = false;
  bool kiosk_edited = false, add_kiosk = false, forget_kiosk_token = false;
  long long revoke_kiosk = 0;  // device id
  // Filled by the controller:
  bool entered = false;        // first frame of a visit
};

// A visit loads accounts, calendar years, configuration (with the company settings) and kiosks;
// the SMS outbox when its tab is shown; each form checked here, sent, its errors placed beside
// their fields, the list loaded again.
Requests apply(AppState& s, const AdminIntent& in);

}  // namespace state
