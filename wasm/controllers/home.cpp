// The public home page (issue 2).
#include "controllers/controllers.h"
#include "ui/screens/home_screen.h"

namespace app {

void home_frame(Ctx& c) {
  auto& h = c.s.home;
  const auto in = ui::screens::draw_home(h, c.s);
  if (in.form_changed) state::refresh_outcome(h, c.s.lang == state::Lang::En);  // shared/ rules, in the browser
  if (in.apply) {
    if (c.s.session.user && !c.s.session.user->staff()) state::go(c.s, state::Screen::Apply);
    else state::go(c.s, state::Screen::Login, "apply");
  }
  if (in.reserve) state::go(c.s, state::Screen::Reserve);
  if (in.track && state::check_track_box(h, c.s.lang == state::Lang::En)) {
    h.track_requested = true;
    state::go(c.s, state::Screen::Track);
  }
}

}  // namespace app
