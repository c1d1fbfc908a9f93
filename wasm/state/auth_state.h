// Logging in and registering (issue 3/4): forms validated by shared/ as the user types, and the
// server's answer placed beside the field it concerns. Nothing typed is lost on a failed submit.
#pragma once
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "state/request.h"

namespace state {

struct LoginForm {
  std::string login, password;
  // The one-time code of a staff account with a second factor: asked for once the server has
  // answered `otp_required` (only after the right password).
  std::string otp;
  bool need_otp = false;
  std::map<std::string, std::string> errors;  // field -> message
  bool busy = false;
};

struct RegisterForm {
  std::string phone, password, password2, name, id_number;
  std::string sms_code;         // the 6-digit code sent by SMS to `phone` (issue 15)
  double code_sent_at = -1e9;   // seconds (app clock) when the last code was requested
  bool code_busy = false;
  bool code_sent = false;       // a code was sent: show the hint
  std::map<std::string, std::string> errors;
  bool busy = false;
};

// The server sends one code a minute per number: seconds left before "send code" works again.
constexpr int kSmsResendSeconds = 60;
int sms_resend_wait(const RegisterForm& f, double now_seconds);
// Before asking for a code: the number alone must be valid (error placed on "phone").
bool check_sms_request(RegisterForm& f, bool en);
// POST /auth/sms-code.
nlohmann::json sms_code_body(const std::string& phone, const std::string& purpose);
// "123456": six digits.
bool is_sms_code(const std::string& s);

struct AuthState {
  LoginForm login;
  RegisterForm reg;
};

// Validation while typing (`final` = on submit, when empty required fields are errors too).
// Returns true when the form may be sent.
bool check_login(LoginForm& f, bool final, bool en);
bool check_register(RegisterForm& f, bool final, bool en, const std::string& today_iso);

// The request bodies.
nlohmann::json login_body(const LoginForm& f);
nlohmann::json register_body(const RegisterForm& f);

struct LoginIntent {
  bool edited = false, submit = false, to_register = false;
};
struct RegisterIntent {
  double now = 0;     // platform::now_seconds() of this frame (the SMS code's resend wait)
  std::string today;  // the date in China ("2026-11-30"): an ID number's birth date is checked against it
  bool edited = false, submit = false, to_login = false, send_code = false;
};

// The login screen's intent: "log in" checks and posts; a staff account with a second factor is
// asked for its code (otp_required/otp_invalid), what was typed kept; logged in: logged_in().
Requests apply(AppState& s, const LoginIntent& in);
// The register screen's intent: "send code" (the number valid, once a minute) asks an SMS code,
// "register" checks and posts; the server's errors beside their field; registered: logged_in().
Requests apply(AppState& s, const RegisterIntent& in);
// The server's {"user"} after logging in or registering: the session holds the user, the
// password leaves memory, a welcome flash; the route's param "apply" goes on to the wizard, else
// after_login().
void logged_in(AppState& s, const nlohmann::json& body);
// Lands where the role works: staff at the queue, customers at their applications (from the
// login and register screens; staff also from home).
void after_login(AppState& s);

// Puts a server error beside its field ("" field -> under the form, key "form").
void place_error(std::map<std::string, std::string>& errors, const std::string& field, const std::string& message);

}  // namespace state
