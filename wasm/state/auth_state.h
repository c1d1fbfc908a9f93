// Logging in and registering (issue 3/4): forms validated by shared/ as the user types, and the
// server's answer placed beside the field it concerns. Nothing typed is lost on a failed submit.
#pragma once
#include <map>
#include <string>

#include <nlohmann/json.hpp>

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

// Puts a server error beside its field ("" field -> under the form, key "form").
void place_error(std::map<std::string, std::string>& errors, const std::string& field, const std::string& message);

}  // namespace state
