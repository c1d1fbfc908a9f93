// Logging in and registering: the session is the server's HttpOnly cookie; the app only keeps who
// is logged in. After logging in, the user lands where their role works (or where they were going).
#include <chrono>

#include "controllers/controllers.h"
#include "gp/date.h"
#include "ui/screens/auth_screens.h"

namespace app {
namespace {

std::string today_iso() {
  const auto secs = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
  return gp::cst_date(secs).iso();
}

void logged_in(Ctx& c, const nlohmann::json& body) {
  const state::User user = state::user_from_json(body.at("user"));
  c.s.session.user = user;
  c.s.session.checked = true;
  c.s.inbox = {};
  c.s.auth = {};  // the password leaves memory
  c.s.flash = state::trf("auth.welcome", {user.name});
  c.s.flash_error = false;
  const std::string then = c.s.route.param;
  if (then == "apply" && !user.staff()) state::go(c.s, state::Screen::Apply);
  else after_login(c);
}

}  // namespace

void login_frame(Ctx& c) {
  auto& f = c.s.auth.login;
  const bool en = c.s.lang == state::Lang::En;
  const auto in = ui::screens::draw_login(f);
  if (in.edited) state::check_login(f, false, en);
  if (in.to_register) state::go(c.s, state::Screen::Register, c.s.route.param);
  if (in.submit && !f.busy && state::check_login(f, true, en)) {
    f.busy = true;
    post(c, "/auth/login", state::login_body(f), [&c](const net::ApiReply& r) {
      auto& form = c.s.auth.login;
      form.busy = false;
      if (r.ok()) return logged_in(c, r.body);
      // A second factor is on: ask for the code, keep what was typed.
      const std::string code = r.error ? r.error->code : "";
      if (r.status == 401 && (code == "otp_required" || code == "otp_invalid")) {
        form.need_otp = true;
        return state::place_error(form.errors, "otp", error_message(r));
      }
      // Nothing typed is lost: only the message changes.
      state::place_error(form.errors, r.error && r.error->field == "login" && r.status != 401 ? "login" : "form", error_message(r));
    });
  }
}

void register_frame(Ctx& c) {
  auto& f = c.s.auth.reg;
  const bool en = c.s.lang == state::Lang::En;
  const double now = c.now;
  const auto in = ui::screens::draw_register(f, state::sms_resend_wait(f, now));
  if (in.send_code && !f.code_busy && state::sms_resend_wait(f, now) == 0 && state::check_sms_request(f, en)) {
    f.code_busy = true;
    post(c, "/auth/sms-code", state::sms_code_body(f.phone, "register"), [&c, now](const net::ApiReply& r) {
      auto& form = c.s.auth.reg;
      form.code_busy = false;
      if (!r.ok()) return state::place_error(form.errors, r.error && !r.error->field.empty() ? r.error->field : "phone", error_message(r));
      form.code_sent = true;
      form.code_sent_at = now;
    });
  }
  if (in.edited) state::check_register(f, false, en, today_iso());
  if (in.to_login) state::go(c.s, state::Screen::Login, c.s.route.param);
  if (in.submit && !f.busy && state::check_register(f, true, en, today_iso())) {
    f.busy = true;
    post(c, "/auth/register", state::register_body(f), [&c](const net::ApiReply& r) {
      auto& form = c.s.auth.reg;
      form.busy = false;
      if (r.ok()) return logged_in(c, r.body);
      state::place_error(form.errors, r.error ? r.error->field : "", error_message(r));
    });
  }
}

}  // namespace app
