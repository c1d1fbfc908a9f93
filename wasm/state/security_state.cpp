#include "state/security_state.h"

#include "gp/validate.h"

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

}  // namespace state
