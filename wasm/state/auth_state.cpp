#include "state/auth_state.h"

#include "gp/validate.h"
#include "state/app_state.h"

namespace state {
namespace {

void set(std::map<std::string, std::string>& errors, const char* field, const gp::Status& e, bool en) {
  if (e) errors[field] = en ? e->message_en : e->message_zh;
  else errors.erase(field);
}

}  // namespace

void place_error(std::map<std::string, std::string>& errors, const std::string& field, const std::string& message) {
  errors[field.empty() ? "form" : field] = message;
}

bool check_login(LoginForm& f, bool final, bool en) {
  f.errors.erase("form");
  if (final && f.login.empty()) f.errors["login"] = en ? "Enter your mobile number or username" : "请输入手机号或用户名";
  else f.errors.erase("login");
  if (final && f.password.empty()) f.errors["password"] = en ? "Enter your password" : "请输入密码";
  else f.errors.erase("password");
  if (f.need_otp && final && f.otp.empty())
    f.errors["otp"] = en ? "Enter the 6-digit code from your authenticator app (or a recovery code)" : "请输入验证器中的 6 位动态码（或恢复码）";
  else f.errors.erase("otp");
  return f.errors.empty();
}

bool check_register(RegisterForm& f, bool final, bool en, const std::string& today_iso) {
  f.errors.erase("form");
  auto required = [&](const std::string& v) { return final || !v.empty(); };
  if (required(f.phone)) set(f.errors, "phone", gp::validate::mobile_phone(f.phone, "phone"), en);
  else f.errors.erase("phone");
  if (required(f.password)) set(f.errors, "password", gp::validate::password(f.password, "password", f.phone), en);
  else f.errors.erase("password");
  if ((final || !f.password2.empty()) && f.password2 != f.password)
    f.errors["password2"] = en ? "The two passwords differ" : "两次输入的密码不一致";
  else
    f.errors.erase("password2");
  if (required(f.name)) set(f.errors, "name", gp::validate::person_name(f.name, "name"), en);
  else f.errors.erase("name");
  if (final && !is_sms_code(f.sms_code)) f.errors["sms_code"] = en ? "Enter the 6-digit code sent by SMS" : "请输入短信中的 6 位验证码";
  else if (!f.sms_code.empty() && !is_sms_code(f.sms_code)) f.errors["sms_code"] = en ? "The code has 6 digits" : "验证码为 6 位数字";
  else f.errors.erase("sms_code");
  if (!f.id_number.empty()) {
    auto today = gp::parse_date(today_iso);
    set(f.errors, "id_number", gp::validate::resident_id(f.id_number, "id_number", today ? *today : gp::Date{2026, 1, 1}), en);
  } else {
    f.errors.erase("id_number");
  }
  return f.errors.empty();
}

nlohmann::json login_body(const LoginForm& f) {
  nlohmann::json j = {{"login", f.login}, {"password", f.password}};
  if (f.need_otp && !f.otp.empty()) j["otp"] = f.otp;
  return j;
}

bool is_sms_code(const std::string& s) {
  if (s.size() != 6) return false;
  for (char ch : s)
    if (ch < '0' || ch > '9') return false;
  return true;
}

int sms_resend_wait(const RegisterForm& f, double now_seconds) {
  const double left = f.code_sent_at + kSmsResendSeconds - now_seconds;
  return left > 0 ? static_cast<int>(left + 0.999) : 0;
}

bool check_sms_request(RegisterForm& f, bool en) {
  set(f.errors, "phone", gp::validate::mobile_phone(f.phone, "phone"), en);
  return f.errors.count("phone") == 0;
}

nlohmann::json sms_code_body(const std::string& phone, const std::string& purpose) { return {{"phone", phone}, {"purpose", purpose}}; }

nlohmann::json register_body(const RegisterForm& f) {
  nlohmann::json j = {{"phone", f.phone}, {"password", f.password}, {"name", f.name}, {"sms_code", f.sms_code}};
  if (!f.id_number.empty()) j["id_number"] = f.id_number;
  return j;
}


void after_login(AppState& s) {
  if (!s.session.user) return;
  const bool staff = s.session.user->staff();
  const Screen here = s.route.screen;
  if (here == Screen::Login || here == Screen::Register || (here == Screen::Home && staff))
    go(s, staff ? Screen::Queue : Screen::MyApps);
}

void logged_in(AppState& s, const nlohmann::json& body) {
  const User user = user_from_json(body.at("user"));
  s.session.user = user;
  s.session.checked = true;
  s.inbox = {};
  s.auth = {};  // the password leaves memory
  const std::string then = s.route.param;
  if (then == "apply" && !user.staff()) go(s, Screen::Apply);
  else after_login(s);
  // After going: go() clears the flash, and this one announces where the user lands.
  s.flash = trf("auth.welcome", {user.name});
  s.flash_error = false;
}

Requests apply(AppState& s, const LoginIntent& in) {
  auto& f = s.auth.login;
  const bool english = en();
  if (in.edited) check_login(f, false, english);
  if (in.to_register) go(s, Screen::Register, s.route.param);
  if (!in.submit || f.busy || !check_login(f, true, english)) return {};
  f.busy = true;
  return {post("/auth/login", login_body(f), [](AppState& st, const net::ApiReply& r) {
    auto& form = st.auth.login;
    form.busy = false;
    if (r.ok()) {
      logged_in(st, r.body);
      return Requests{};
    }
    // A second factor is on: ask for the code, keep what was typed.
    const std::string code = r.error ? r.error->code : "";
    if (r.status == 401 && (code == "otp_required" || code == "otp_invalid")) {
      form.need_otp = true;
      place_error(form.errors, "otp", reply_text(r));
      return Requests{};
    }
    // Nothing typed is lost: only the message changes.
    place_error(form.errors, reply_field(r) == "login" && r.status != 401 ? "login" : "form", reply_text(r));
    return Requests{};
  })};
}

Requests apply(AppState& s, const RegisterIntent& in) {
  auto& f = s.auth.reg;
  const bool english = en();
  const double now = in.now;
  Requests out;
  if (in.send_code && !f.code_busy && sms_resend_wait(f, now) == 0 && check_sms_request(f, english)) {
    f.code_busy = true;
    out.push_back(post("/auth/sms-code", sms_code_body(f.phone, "register"), [now](AppState& st, const net::ApiReply& r) {
      auto& form = st.auth.reg;
      form.code_busy = false;
      if (!r.ok()) {
        place_error(form.errors, reply_field(r).empty() ? "phone" : reply_field(r), reply_text(r));
        return Requests{};
      }
      form.code_sent = true;
      form.code_sent_at = now;
      return Requests{};
    }));
  }
  if (in.edited) check_register(f, false, english, in.today);
  if (in.to_login) go(s, Screen::Login, s.route.param);
  if (in.submit && !f.busy && check_register(f, true, english, in.today)) {
    f.busy = true;
    out.push_back(post("/auth/register", register_body(f), [](AppState& st, const net::ApiReply& r) {
      auto& form = st.auth.reg;
      form.busy = false;
      if (r.ok()) {
        logged_in(st, r.body);
        return Requests{};
      }
      place_error(form.errors, reply_field(r), reply_text(r));
      return Requests{};
    }));
  }
  return out;
}

}  // namespace state
