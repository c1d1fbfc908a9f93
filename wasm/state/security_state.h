// 账户安全 (Account security, issue 15), for every logged-in user: change the password, log out
// everywhere; for staff also the second factor (TOTP): the secret shown in groups of four with its
// otpauth:// URI, confirmed with a first code, the recovery codes shown once.
#pragma once
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "state/request.h"

namespace state {

struct PasswordChangeForm {
  std::string current, next, next2;
  std::map<std::string, std::string> errors;  // current_password, new_password, new_password2, form
  bool busy = false;
};

struct SecurityState {
  PasswordChangeForm password;
  std::string notice;  // the last success, e.g. "password changed"
  bool busy = false;   // log out everywhere, TOTP requests
  std::string error;
  // The second factor (staff).
  bool second_factor = false;   // on, as /auth/me said
  bool status_loaded = false;
  std::string secret, uri;      // while enrolling (never fetched again)
  std::string code;             // the first code that confirms it
  std::vector<std::string> recovery_codes;  // shown once, right after confirming
  std::string disable_password, disable_code;
  std::map<std::string, std::string> totp_errors;  // code, password, form
};

struct SecurityIntent {
  bool password_edited = false, change_password = false, logout_all = false;
  bool totp_setup = false, totp_confirm = false, totp_disable = false, recovery_done = false;
};

// Before the screen is drawn: a visit (`entered`) starts from nothing — nothing typed or shown
// before (a secret, recovery codes) survives leaving the screen — with the user's second factor.
void open_security(AppState& s, bool entered);
// The screen's intent (a logged-in user): the password change (other sessions end), log out
// everywhere (then everything personal is forgotten), the staff's TOTP set-up, confirmation
// (recovery codes shown once) and turning it off; errors beside their field.
Requests apply(AppState& s, const SecurityIntent& in);

// Validation while typing (`final` on submit). `phone`: the account's mobile number, if known.
bool check_password_change(PasswordChangeForm& f, bool final, bool en, const std::string& phone);
nlohmann::json password_change_body(const PasswordChangeForm& f);
// "ABCDEFGHIJKLMNOP" -> "ABCD EFGH IJKL MNOP": easier to type into an authenticator app.
std::string group_by_four(const std::string& s);
// Reads /auth/totp/confirm's answer.
std::vector<std::string> parse_recovery_codes(const nlohmann::json& body);

}  // namespace state
