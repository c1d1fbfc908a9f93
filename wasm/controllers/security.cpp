// 账户安全 (Account security, issue 15): password change (other sessions end), log out
// everywhere, and the staff's second factor. Secrets live in the screen's state only until the
// user leaves it.
#include "controllers/controllers.h"
#include "controllers/customer_util.h"
#include "state/strings.h"
#include "ui/screens/security_screen.h"

namespace app {
namespace {

void place(std::map<std::string, std::string>& errors, const net::ApiReply& r, std::initializer_list<const char*> fields) {
  const std::string f = r.error ? r.error->field : "";
  for (const char* k : fields)
    if (f == k) {
      errors[k] = error_message(r);
      return;
    }
  errors["form"] = error_message(r);
}

}  // namespace

void security_frame(Ctx& c) {
  auto& s = c.s.security;
  const bool en = c.s.lang == state::Lang::En;
  const auto& user = *c.s.session.user;
  if (entered("security")) {
    s = {};  // nothing typed or shown before (a secret, recovery codes) survives leaving the screen
    s.second_factor = user.second_factor;
  }
  const auto in = ui::screens::draw_security(s, user.staff());
  const std::string phone = user.phone;
  if (in.password_edited) state::check_password_change(s.password, false, en, phone);
  if (in.change_password && !s.password.busy && state::check_password_change(s.password, true, en, phone)) {
    s.password.busy = true;
    s.notice.clear();
    post(c, "/auth/password", state::password_change_body(s.password), [&c](const net::ApiReply& r) {
      auto& x = c.s.security;
      x.password.busy = false;
      if (!r.ok()) return place(x.password.errors, r, {"current_password", "new_password"});
      x.password = {};
      x.notice = state::tr("security.password_changed");
    });
  }
  if (in.logout_all && !s.busy) {
    s.busy = true;
    post(c, "/auth/logout-all", nlohmann::json::object(), [&c](const net::ApiReply& r) {
      c.s.security.busy = false;
      if (!r.ok()) {
        c.s.security.error = error_message(r);
        return;
      }
      state::forget_user(c.s);
      c.s.flash = state::tr("security.logged_out_all");
      c.s.flash_error = false;
    });
  }
  if (in.totp_setup && !s.busy) {
    s.busy = true;
    s.totp_errors.clear();
    post(c, "/auth/totp/setup", nlohmann::json::object(), [&c](const net::ApiReply& r) {
      auto& x = c.s.security;
      x.busy = false;
      if (!r.ok()) return place(x.totp_errors, r, {});
      x.secret = r.body.value("secret", "");
      x.uri = r.body.value("uri", "");
    });
  }
  if (in.totp_confirm && !s.busy) {
    s.busy = true;
    s.totp_errors.clear();
    post(c, "/auth/totp/confirm", {{"code", s.code}}, [&c](const net::ApiReply& r) {
      auto& x = c.s.security;
      x.busy = false;
      if (!r.ok()) return place(x.totp_errors, r, {"code"});
      x.recovery_codes = state::parse_recovery_codes(r.body);
      x.secret.clear();
      x.uri.clear();
      x.code.clear();
      x.second_factor = true;
      if (c.s.session.user) c.s.session.user->second_factor = true;
    });
  }
  if (in.recovery_done) {
    s.recovery_codes.clear();
    s.notice = state::tr("security.totp_enabled");
  }
  if (in.totp_disable && !s.busy) {
    s.busy = true;
    s.totp_errors.clear();
    post(c, "/auth/totp/disable", {{"password", s.disable_password}, {"code", s.disable_code}}, [&c](const net::ApiReply& r) {
      auto& x = c.s.security;
      x.busy = false;
      if (!r.ok()) return place(x.totp_errors, r, {"password", "code"});
      x.disable_password.clear();
      x.disable_code.clear();
      x.second_factor = false;
      if (c.s.session.user) c.s.session.user->second_factor = false;
      x.notice = state::tr("security.totp_disabled");
    });
  }
}

}  // namespace app
