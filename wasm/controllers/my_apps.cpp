// "My applications": loaded on each visit and again when news mentions one of them.
#include "controllers/claim.h"
#include "controllers/controllers.h"
#include "controllers/customer_util.h"
#include "state/customer_common.h"
#include "ui/screens/my_apps_screen.h"

namespace app {
namespace {

void load(Ctx& c) {
  auto& s = c.s.customer.my;
  const long long id = state::next_request_id();
  s.pending = id;
  get(c, "/applications?sort=newest&page_size=100", [&c, id](const net::ApiReply& r) {
    auto& m = c.s.customer.my;
    if (m.pending != id) return;
    m.pending = 0;
    if (r.ok()) {
      m.rows = state::parse_app_list(r.body);
      m.total = r.body.value("total", 0LL);
      m.loaded = true;
      m.error.clear();
    } else {
      m.error = reply_message(r);
    }
  });
}

}  // namespace

void my_apps_frame(Ctx& c) {
  auto& s = c.s.customer.my;
  bool news = false;
  for (const auto& r : s.rows) news |= state::take_touched(c.s.inbox, r.number);
  if (!c.s.inbox.touched.empty() && s.loaded) {  // news of an application not listed yet
    c.s.inbox.touched.clear();
    news = true;
  }
  const bool fresh = entered("my");
  if ((fresh || news) && s.pending == 0) load(c);
  const auto in = ui::screens::draw_my_apps(s);
  claim_panel_frame(c, fresh);
  if (in.refresh && s.pending == 0) load(c);
  if (in.apply) state::go(c.s, state::Screen::Apply);
  if (!in.open.empty()) state::go(c.s, state::Screen::Detail, in.open);
}

}  // namespace app
