#include "state/security_state.h"

#include "gp/validate.h"
#include "state/app_state.h"

namespace state {

bool check_password_change(PasswordChangeForm& f, bool final, bool en, const std::string& phone) {
  f.errors.erase("form");
  if (final && f.current.empty()) f.errors["current_password"] = en ? "Enter your current password" : "请输入当前密码";
  else f.errors.erase("current_password");
  if (final || !f.next.empty()) {
    // The same rules as the server (shared/): length, letters and digits, not a common password.
    if (auto e = gp::validate::password(f.next, "new_password", phone)) f.errors["new_password"] = en ? e->message_en : e->message_zh;
    else if (!f.current.empty() && f.next == f.current)
      f.errors["new_password"] = en ? "The new password must differ from the current one" : "新密码不能与当前密码相同";
    else f.errors.erase("new_password");
  } else {
    f.errors.erase("new_password");
  }
  if ((final || !f.next2.empty()) && f.next2 != f.next) f.errors["new_password2"] = en ? "The two passwords differ" : "两次输入的密码不一致";
  else f.errors.erase("new_password2");
  return f.errors.empty();
}

nlohmann::json password_change_body(const PasswordChangeForm& f) {
  return {{"current_password", f.current}, {"new_password", f.next}};
}

std::string group_by_four(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i > 0 && i % 4 == 0) out += ' ';
    out += s[i];
  }
  return out;
}

std::vector<std::string> parse_recovery_codes(const nlohmann::json& body) {
  std::vector<std::string> out;
  if (body.is_object() && body.contains("recovery_codes") && body.at("recovery_codes").is_array())
    for (const auto& c : body.at("recovery_codes"))
      if (c.is_string()) out.push_back(c.get<std::string>());
  return out;
}


void open_security(AppState& s, bool entered) {
  if (!entered || !s.session.user) return;
  s.security = {};
  s.security.second_factor = s.session.user->second_factor;
}

namespace {

// The reply's message beside the first of `fields` it names, else under the form.
void place(std::map<std::string, std::string>& errors, const net::ApiReply& r, std::initializer_list<const char*> fields) {
  const std::string f = reply_field(r);
  for (const char* k : fields)
    if (f == k) {
      errors[k] = reply_text(r);
      return;
    }
  errors["form"] = reply_text(r);
}

}  // namespace

Requests apply(AppState& s, const SecurityIntent& in) {
  if (!s.session.user) return {};
  auto& x = s.security;
  const bool english = en();
  const std::string phone = s.session.user->phone;
  Requests out;
  if (in.password_edited) check_password_change(x.password, false, english, phone);
  if (in.change_password && !x.password.busy && check_password_change(x.password, true, english, phone)) {
    x.password.busy = true;
    x.notice.clear();
    out.push_back(post("/auth/password", password_change_body(x.password), [](AppState& st, const net::ApiReply& r) {
      auto& y = st.security;
      y.password.busy = false;
      if (!r.ok()) {
        place(y.password.errors, r, {"current_password", "new_password"});
        return Requests{};
      }
      y.password = {};
      y.notice = tr("security.password_changed");
      return Requests{};
    }));
  }
  if (in.logout_all && !x.busy) {
    x.busy = true;
    out.push_back(post("/auth/logout-all", nlohmann::json::object(), [](AppState& st, const net::ApiReply& r) {
      st.security.busy = false;
      if (!r.ok()) {
        st.security.error = reply_text(r);
        return Requests{};
      }
      forget_user(st);
      st.flash = tr("security.logged_out_all");
      st.flash_error = false;
      return Requests{};
    }));
  }
  if (in.totp_setup && !x.busy) {
    x.busy = true;
    x.totp_errors.clear();
    out.push_back(post("/auth/totp/setup", nlohmann::json::object(), [](AppState& st, const net::ApiReply& r) {
      auto& y = st.security;
      y.busy = false;
      if (!r.ok()) {
        place(y.totp_errors, r, {});
        return Requests{};
      }
      y.secret = r.body.value("secret", "");
      y.uri = r.body.value("uri", "");
      return Requests{};
    }));
  }
  if (in.totp_confirm && !x.busy) {
    x.busy = true;
    x.totp_errors.clear();
    out.push_back(post("/auth/totp/confirm", {{"code", x.code}}, [](AppState& st, const net::ApiReply& r) {
      auto& y = st.security;
      y.busy = false;
      if (!r.ok()) {
        place(y.totp_errors, r, {"code"});
        return Requests{};
      }
      y.recovery_codes = parse_recovery_codes(r.body);
      y.secret.clear();
      y.uri.clear();
      y.code.clear();
      y.second_factor = true;
      if (st.session.user) st.session.user->second_factor = true;
      return Requests{};
    }));
  }
  if (in.recovery_done) {
    x.recovery_codes.clear();
    x.notice = tr("security.totp_enabled");
  }
  if (in.totp_disable && !x.busy) {
    x.busy = true;
    x.totp_errors.clear();
    out.push_back(post("/auth/totp/disable", {{"password", x.disable_password}, {"code", x.disable_code}}, [](AppState& st, const net::ApiReply& r) {
      auto& y = st.security;
      y.busy = false;
      if (!r.ok()) {
        place(y.totp_errors, r, {"password", "code"});
        return Requests{};
      }
      y.disable_password.clear();
      y.disable_code.clear();
      y.second_factor = false;
      if (st.session.user) st.session.user->second_factor = false;
      y.notice = tr("security.totp_disabled");
      return Requests{};
    }));
  }
  return out;
}

}  // namespace state
