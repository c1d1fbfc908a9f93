// The staff's work queue (issue 5): draw, then apply the intent (state/queue_state); the search's
// pause is timed here (a frame when it is due).
#include "controllers/controllers.h"
#include "controllers/customer_util.h"
#include "controllers/runner.h"
#include "platform/redraw.h"
#include "ui/screens/queue_screen.h"

namespace app {

void queue_frame(Ctx& c) {
  auto& q = c.s.staff.queue;
  state::QueueIntent in = ui::screens::draw_queue(q, state::queue_supervisor(c.s));
  in.entered = entered("queue");
  in.now = c.now;
  run(c, state::apply(c.s, in));
  if (q.search_edited_at >= 0) platform::request_redraw_in(state::kSearchDelay - (c.now - q.search_edited_at) + 0.01);
}

}  // namespace app
