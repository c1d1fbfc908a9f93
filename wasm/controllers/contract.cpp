// The online supply contract (rule P1) and the works contract (服务契约, rule W2): read, sign by
// password or drawing, view the signed copy.
#include "controllers/controllers.h"
#include "controllers/customer_util.h"
#include "state/customer_common.h"
#include "state/strings.h"
#include "ui/screens/contract_screen.h"

namespace app {
namespace {

void load(Ctx& c) {
  auto& s = c.s.customer.contract;
  const long long id = state::next_request_id();
  s.pending = id;
  s.reload = false;
  get(c, "/applications/" + state::url_encode(s.number) + state::contract_path(s), [&c, id](const net::ApiReply& r) {
    auto& k = c.s.customer.contract;
    if (k.pending != id) return;
    k.pending = 0;
    if (r.ok()) {
      k.contract = r.body;
      k.error.clear();
    } else {
      k.error = reply_message(r);
    }
  });
}

}  // namespace

void contract_frame(Ctx& c) {
  auto& s = c.s.customer.contract;
  const std::string number = c.s.route.param;
  const bool works = c.s.route.screen == state::Screen::WorksContract;  // rule W2: the 服务契约
  bool fetch = state::open_contract(s, number, works);
  fetch |= entered(works ? "works_contract" : "contract");
  if (fetch && !number.empty() && s.pending == 0) load(c);
  const bool customer = c.s.session.user && !c.s.session.user->staff();
  const auto in = ui::screens::draw_contract(s, customer);
  if (in.back) state::back(c.s);
  if (in.retry && s.pending == 0) load(c);
  if (in.edited) state::check_sign(s, false);
  if (in.sign && customer && s.sign_pending == 0 && state::check_sign(s, true)) {
    const long long id = state::next_request_id();
    s.sign_pending = id;
    post(c, "/applications/" + state::url_encode(number) + state::contract_path(s) + "/sign", state::sign_body(s), [&c, id, number](const net::ApiReply& r) {
      auto& k = c.s.customer.contract;
      if (k.sign_pending != id) return;
      k.sign_pending = 0;
      if (!r.ok()) {
        state::place_sign_error(k, reply_field(r), reply_message(r));  // the signature drawn stays
        if (k.reload && k.pending == 0) load(c);
        return;
      }
      state::contract_signed(k, r.body);
      if (c.s.customer.detail.number == number) c.s.customer.detail.reload = true;
      c.s.flash = state::tr(k.works ? "works_contract.signed_flash" : "contract.signed_flash");
      c.s.flash_error = false;
    });
  }
}

}  // namespace app
