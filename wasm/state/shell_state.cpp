#include "state/shell_state.h"

#include "state/app_state.h"

namespace state {

Requests check_session(AppState& s) {
  if (s.session.checked || s.session.asked) return {};
  s.session.asked = true;
  return {get("/auth/session", [](AppState& st, const net::ApiReply& r) {
    st.session.checked = true;
    if (r.ok() && r.body.contains("user") && r.body.at("user").is_object()) {
      st.session.user = user_from_json(r.body.at("user"));
      after_login(st);
    }
    return Requests{};
  })};
}

namespace {
Request logout_request() { return post("/auth/logout", nlohmann::json::object(), nullptr); }
}  // namespace

Requests apply(AppState& s, const TopBarIntent& in) {
  Requests out;
  if (in.toggle_language) s.lang = s.lang == Lang::Zh ? Lang::En : Lang::Zh;
  if (in.toggle_menu) s.menu_open = !s.menu_open;
  if (in.go) go(s, *in.go);
  if (in.logout) {
    out.push_back(logout_request());
    forget_user(s);
    s.flash = tr("auth.logged_out");
    s.flash_error = false;
  }
  return out;
}

Requests kiosk_start_over(AppState& s) {
  Requests out;
  if (s.session.user) out.push_back(logout_request());
  forget_user(s);  // back home, everything typed forgotten
  return out;
}

}  // namespace state
