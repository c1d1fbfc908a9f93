#include "state/home_state.h"

#include "gp/catalog.h"
#include "gp/validate.h"
#include "state/app_state.h"
#include "state/strings.h"

namespace state {

void refresh_outcome(HomeState& s, bool en) {
  s.outcome = evaluate_form(s.form, en);
  s.outcome_fresh = true;
}

bool check_track_box(HomeState& s, bool en) {
  s.track_number_error = s.track_number.empty() ? tr(en ? Lang::En : Lang::Zh, "home.track_number_missing") : "";
  auto e = gp::validate::mobile_phone(s.track_phone, "phone");
  s.track_phone_error = e ? (en ? e->message_en : e->message_zh) : "";
  return s.track_number_error.empty() && s.track_phone_error.empty();
}

const nlohmann::json& catalog() {
  static const nlohmann::json c = gp::catalog_json();
  return c;
}


Requests apply(AppState& s, const HomeIntent& in) {
  auto& h = s.home;
  const bool english = s.lang == Lang::En;
  if (in.form_changed) refresh_outcome(h, english);  // shared/ rules, in the browser
  if (in.apply) {
    if (s.session.user && !s.session.user->staff()) go(s, Screen::Apply);
    else go(s, Screen::Login, "apply");
  }
  if (in.reserve) go(s, Screen::Reserve);
  if (in.track && check_track_box(h, english)) {
    h.track_requested = true;  // the Track screen takes it (track_from_home)
    go(s, Screen::Track);
  }
  return {};
}

}  // namespace state
