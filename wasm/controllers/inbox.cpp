// Messages (rule P1): the shell's long poll fills the inbox (state::poll_inbox); here it is read.
// Draw, then apply the intent (state/inbox_view).
#include "controllers/controllers.h"
#include "controllers/runner.h"
#include "ui/screens/inbox_screen.h"

namespace app {

void inbox_frame(Ctx& c) {
  const auto in = ui::screens::draw_inbox(c.s.inbox, c.s.customer.inbox.mark_pending.busy());
  run(c, state::apply(c.s, in));
}

}  // namespace app
