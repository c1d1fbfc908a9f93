#include "state/grab_state.h"

#include "gp/dto/wire.h"
#include "state/app_state.h"
#include "state/customer_common.h"
#include "state/strings.h"

namespace state {

namespace {
Pending& load_slot(AppState& s) { return s.staff.grab.load; }
Pending& grab_slot(AppState& s) { return s.staff.grab.grab; }

Request load_pool(AppState& s, double now) {
  return pending(s, load_slot, get("/pool", [now](AppState& st, const net::ApiReply& r) {
    auto& g = st.staff.grab;
    g.loaded_at = now;
    if (!r.ok()) {
      g.error = reply_text(r);
      return Requests{};
    }
    try {
      g.pool = gp::dto::decode<gp::dto::PoolBody>(r.body);
      g.error.clear();
    } catch (const gp::dto::DecodeError& e) {
      g.error = trf("common.bad_reply", {e.path});
    }
    return Requests{};
  }));
}
}  // namespace

bool can_grab(const AppState& s) { return s.session.user && s.session.user->role == "customer_manager"; }

std::string grab_settings_text(const gp::dto::PoolBody& p) {
  if (!p.enabled) return tr("grab.off");
  return trf("grab.settings", {std::to_string(p.window_minutes), std::to_string(p.load_cap)});
}

Requests apply(AppState& s, const GrabIntent& in) {
  auto& g = s.staff.grab;
  Requests out;
  if ((in.entered || in.refresh) && !g.load.busy()) {
    if (in.entered) g.grab_error.clear();
    out.push_back(load_pool(s, in.now));
  }
  if (!in.grab.empty() && can_grab(s) && !g.grab.busy()) {
    const std::string number = in.grab;
    const double now = in.now;
    g.grabbing = number;
    g.grab_error.clear();
    out.push_back(pending(s, grab_slot,
                          post("/pool/" + url_encode(number) + "/grab", nlohmann::json::object(),
                               [number, now](AppState& st, const net::ApiReply& r) {
                                 auto& gg = st.staff.grab;
                                 gg.grabbing.clear();
                                 if (!r.ok()) {  // taken by a colleague, the cap, the window: say so, show the pool again
                                   gg.grab_error = reply_text(r);
                                   return Requests{load_pool(st, now)};
                                 }
                                 go(st, Screen::Detail, number);  // the manager's now: straight to its detail
                                 st.flash = trf("grab.grabbed_flash", {number});  // after go(), which clears it
                                 st.flash_error = false;
                                 return Requests{};
                               })));
  }
  return out;
}

}  // namespace state
