// The online supply contract (rule P1) and the works contract (服务契约, rule W2): read, sign by
// password or drawing, view the signed copy. Open, draw, then apply the intent (state/contract_state).
#include "controllers/controllers.h"
#include "controllers/customer_util.h"
#include "controllers/runner.h"
#include "ui/screens/contract_screen.h"

namespace app {

void contract_frame(Ctx& c) {
  const bool works = c.s.route.screen == state::Screen::WorksContract;
  run(c, state::open_contract(c.s, entered(works ? "works_contract" : "contract")));
  const bool customer = c.s.session.user && !c.s.session.user->staff();
  const auto in = ui::screens::draw_contract(c.s.customer.contract, customer);
  run(c, state::apply(c.s, in));
}

}  // namespace app
