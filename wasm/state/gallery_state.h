// State of the widget-kit gallery (?screen=kit): every widget of ui/widgets.h on one long page,
// for the screen authors to see and for browser tests (scrolling, touch, combos, timers).
#pragma once
#include <string>

namespace state {

struct GalleryState {
  int tab = 0;
  std::string text;
  std::string number;
  std::string password;
  bool agree = false;
  int radio = 0;
  int combo = 0;
  int clicks = 0;              // how many times "gallery.button.primary" was clicked
  double countdown_end = 0;    // seconds (platform clock); 0 = not running
};

struct GalleryIntent {
  int select_tab = -1;
  int select_radio = -1;
  bool click = false;
  bool start_countdown = false;
};

// `now` in seconds on the platform clock.
void apply(GalleryState& s, const GalleryIntent& in, double now);

// Whole seconds left on the countdown (0 when not running or over).
int countdown_left(const GalleryState& s, double now);

}  // namespace state
