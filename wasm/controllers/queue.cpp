// The staff's work queue (issue 5): pages requested as their rows come into view, searched after
// a pause in typing, refreshed when the user comes back or news mentions an application.
#include "controllers/controllers.h"
#include "controllers/customer_util.h"
#include "platform/redraw.h"
#include "state/customer_common.h"
#include "ui/screens/queue_screen.h"

namespace app {
namespace {

bool supervisor(const Ctx& c) {
  return c.s.session.user && (c.s.session.user->role == "command_center" || c.s.session.user->role == "admin");
}

void fetch_page(Ctx& c, int page) {
  auto& q = c.s.staff.queue;
  const long long id = state::next_request_id();
  state::queue_page_requested(q, page, id);
  get(c, state::queue_path(q.filters, page, q.page_size), [&c, page, id](const net::ApiReply& r) {
    auto& s = c.s.staff.queue;
    if (r.ok()) state::queue_page_loaded(s, page, id, r.body);
    else state::queue_page_failed(s, page, id, reply_message(r));
  });
}

void load_managers(Ctx& c) {
  auto& q = c.s.staff.queue;
  if (q.managers_requested) return;
  q.managers_requested = true;
  get(c, "/admin/users", [&c](const net::ApiReply& r) {
    if (r.ok()) c.s.staff.queue.managers = state::parse_staff_managers(r.body);
  });
}

}  // namespace

void queue_frame(Ctx& c) {
  auto& q = c.s.staff.queue;
  const bool sup = supervisor(c);
  if (sup) load_managers(c);
  // Back on the screen, or news of an application: the rows in view are fetched again (they stay
  // shown until their fresh page is in).
  bool refresh = entered("queue") && q.total >= 0;
  if (!c.s.inbox.touched.empty()) {
    c.s.inbox.touched.clear();
    refresh = true;
  }
  if (refresh) state::queue_refresh(q);

  const auto in = ui::screens::draw_queue(q, sup);
  if (in.filters) state::queue_set_filters(q, *in.filters);
  if (in.refresh) state::queue_refresh(q);
  if (in.search_typed) state::queue_search_typed(q, c.now);
  if (in.search_now || state::queue_search_due(q, c.now)) state::queue_apply_search(q);
  else if (q.search_edited_at >= 0) platform::request_redraw_in(state::kSearchDelay - (c.now - q.search_edited_at) + 0.01);
  if (!in.open.empty()) state::go(c.s, state::Screen::Detail, in.open);

  for (int page : state::queue_pages_needed(q, in.first, std::max(in.last, in.first + 1))) fetch_page(c, page);
}

}  // namespace app
