#include "app.h"

#include <cstddef>

#include "platform/fonts.h"
#include "platform/redraw.h"
#include "platform/snapshot.h"
#include "platform/url.h"
#include "ui/record.h"
#include "ui/screens/info_screen.h"
#include "ui/screens/kit_gallery.h"
#include "ui/theme.h"
#include "ui/widgets.h"

App::App()
    : s_(state::initial_state(platform::url_param("lang"), platform::url_param("mode"),
                              platform::url_param("screen"))) {
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
  const double now = platform::now_seconds();
  ui::begin_frame();
  ui::page_begin("page");
  switch (s_.screen) {
    case state::Screen::Info: {
      const state::InfoIntent in = ui::screens::draw_info(s_.info, s_.lang);
      state::apply(s_.info, in, s_.lang);
      break;
    }
    case state::Screen::Gallery: {
      const int left = state::countdown_left(s_.gallery, now);
      const state::GalleryIntent in = ui::screens::draw_gallery(s_.gallery, left);
      state::apply(s_.gallery, in, now);
      // A running countdown needs a frame when its number changes, input or not.
      if (s_.gallery.countdown_end > now) {
        const double to_next = s_.gallery.countdown_end - now - (state::countdown_left(s_.gallery, now) - 1);
        platform::request_redraw_in(to_next + 0.001);
      }
      break;
    }
  }
  ui::page_end();
  state::set_language(s_.lang);
}
