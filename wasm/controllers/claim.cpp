// Linking hall applications: pending ones are accepted; others are claimed with the receipt's
// code and an SMS code sent to the account's own number. Draw, then apply the intent
// (state/claim_state).
#include "controllers/claim.h"

#include "controllers/runner.h"
#include "ui/screens/claim_panel.h"

namespace app {

void claim_panel_frame(Ctx& c, bool reload) {
  auto& s = c.s.customer.my.claim;
  auto in = ui::screens::draw_claim_panel(s, state::claim_resend_wait(s, c.now));
  in.entered = reload;
  in.now = c.now;
  run(c, state::apply(c.s, in));
}

}  // namespace app
