// The command center's board (issue 5): draw, then apply the intent (state/board_state); the
// countdowns' and the minute's frames are timed here.
#include <imgui.h>

#include "controllers/controllers.h"
#include "controllers/customer_util.h"
#include "controllers/runner.h"
#include "platform/redraw.h"
#include "ui/screens/board_screen.h"

namespace app {

void board_frame(Ctx& c) {
  auto& b = c.s.staff.board;
  const std::string role = c.s.session.user ? c.s.session.user->role : "";
  state::BoardIntent in = ui::screens::draw_board(b, c.now, b.managers, ui::form_clock(), role);
  in.entered = entered("board");
  in.now = c.now;
  run(c, state::apply(c.s, in));
  if (b.scroll_to_top) {  // the selected item's panel is at the top of the board
    ImGui::SetScrollY(0);
    b.scroll_to_top = false;
  }
  // Live reservation clocks: a frame when the shown seconds change, only while one is drawn.
  if (in.has_countdown) {
    double tick = 1.0;
    for (const auto& it : b.items)
      if (it.remaining_seconds) tick = std::min(tick, state::next_countdown_tick(state::seconds_left(*it.remaining_seconds, b.loaded_at, c.now)));
    platform::request_redraw_in(tick + 0.001);
  }
  else if (b.loaded) platform::request_redraw_in(std::max(1.0, state::kBoardRefreshSeconds - (c.now - b.loaded_at)));
}

}  // namespace app
