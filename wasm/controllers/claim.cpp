// Linking hall applications: pending ones are accepted; others are claimed with the receipt's
// code and an SMS code sent to the account's own number.
#include "controllers/claim.h"

#include "controllers/controllers.h"
#include "controllers/customer_util.h"
#include "state/auth_state.h"
#include "state/customer_common.h"
#include "ui/screens/claim_panel.h"

namespace app {
namespace {

void load_pending(Ctx& c) {
  auto& s = c.s.customer.my.claim;
  const long long id = state::next_request_id();
  s.pending_request = id;
  get(c, "/applications/pending", [&c, id](const net::ApiReply& r) {
    auto& m = c.s.customer.my.claim;
    if (m.pending_request != id) return;
    m.pending_request = 0;
    if (r.ok()) m.pending = state::parse_pending(r.body);
  });
}

}  // namespace

void claim_panel_frame(Ctx& c, bool reload) {
  auto& s = c.s.customer.my.claim;
  const bool en = c.s.lang == state::Lang::En;
  if (reload && s.pending_request == 0) load_pending(c);
  const double now = c.now;
  const auto in = ui::screens::draw_claim_panel(s, state::claim_resend_wait(s, now));
  if (in.toggle) s.open = !s.open;
  if (in.edited) state::check_claim(s, false, en);
  const std::string phone = c.s.session.user ? c.s.session.user->phone : "";
  if (in.send_code && !s.code_busy && !phone.empty() && state::claim_resend_wait(s, now) == 0) {
    s.code_busy = true;
    post(c, "/auth/sms-code", state::sms_code_body(phone, "claim"), [&c, now](const net::ApiReply& r) {
      auto& x = c.s.customer.my.claim;
      x.code_busy = false;
      if (!r.ok()) return state::place_error(x.errors, "form", error_message(r));
      x.code_sent = true;
      x.code_sent_at = now;
    });
  }
  if (in.submit && !s.busy && state::check_claim(s, true, en)) {
    s.busy = true;
    post(c, "/applications/claim", state::claim_body(s), [&c](const net::ApiReply& r) {
      auto& x = c.s.customer.my.claim;
      x.busy = false;
      if (!r.ok()) return state::place_error(x.errors, r.error ? r.error->field : "", error_message(r));
      state::claim_linked(x, r.body.value("number", ""));
      c.s.inbox.touched.push_back(x.done);  // "My applications" loads again
    });
  }
  if (!in.accept.empty() && s.accepting.empty()) {
    s.accepting = in.accept;
    post(c, "/applications/pending/" + in.accept + "/accept", nlohmann::json::object(), [&c](const net::ApiReply& r) {
      auto& x = c.s.customer.my.claim;
      const std::string number = x.accepting;
      x.accepting.clear();
      if (!r.ok()) return state::place_error(x.errors, "form", error_message(r));
      state::claim_linked(x, number);
      c.s.inbox.touched.push_back(number);
    });
  }
}

}  // namespace app
