#include "app.h"

#include <cstddef>

#include "platform/fonts.h"
#include "platform/snapshot.h"
#include "platform/url.h"
#include "ui/record.h"
#include "ui/screens/info_screen.h"
#include "ui/theme.h"
#include "ui/widgets.h"

App::App() : s_(state::initial_state(platform::url_param("lang"), platform::url_param("mode"))) {
  state::set_language(s_.lang);
  ui::apply_theme(s_.kiosk ? ui::Density::Kiosk : ui::Density::Standard);
  // Both languages' strings go into the first atlas: switching language needs no rebuild.
  for (std::size_t i = 0; state::raw(state::Lang::Zh, i); ++i) {
    platform::note_text(state::raw(state::Lang::Zh, i));
    platform::note_text(state::raw(state::Lang::En, i));
  }
  platform::set_snapshot_source([] { return ui::record_json(); });
}

void App::frame() {
  ui::begin_frame();
  ui::page_begin("page");
  const state::InfoIntent in = ui::screens::draw_info(s_.info, s_.lang);
  ui::page_end();
  state::apply(s_.info, in, s_.lang);
  state::set_language(s_.lang);
}
