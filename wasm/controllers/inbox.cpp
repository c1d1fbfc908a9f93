// Messages (rule P1): the shell's long poll fills the inbox; here it is read.
#include "controllers/controllers.h"
#include "controllers/customer_util.h"
#include "state/customer_common.h"
#include "ui/screens/inbox_screen.h"

namespace app {

void inbox_frame(Ctx& c) {
  auto& scr = c.s.customer.inbox;
  const auto in = ui::screens::draw_inbox(c.s.inbox, scr.mark_pending != 0);
  if (!in.open.empty()) state::go(c.s, state::Screen::Detail, in.open);
  if (in.mark_all && scr.mark_pending == 0) {
    const long long id = state::next_request_id();
    scr.mark_pending = id;
    post(c, "/notifications/read", {{"all", true}}, [&c, id](const net::ApiReply& r) {
      if (c.s.customer.inbox.mark_pending != id) return;
      c.s.customer.inbox.mark_pending = 0;
      if (r.ok()) state::mark_all_read(c.s.inbox);
    });
  }
}

}  // namespace app
