#include "state/gallery_state.h"

#include <cmath>

namespace state {

void apply(GalleryState& s, const GalleryIntent& in, double now) {
  if (in.select_tab >= 0) s.tab = in.select_tab;
  if (in.select_radio >= 0) s.radio = in.select_radio;
  if (in.click) ++s.clicks;
  if (in.start_countdown) s.countdown_end = now + 5.0;
}

int countdown_left(const GalleryState& s, double now) {
  if (s.countdown_end <= now) return 0;
  return static_cast<int>(std::ceil(s.countdown_end - now));
}

}  // namespace state
