// The widget-kit gallery (?screen=kit): every widget on one long page. Not a product screen.
#pragma once
#include "state/gallery_state.h"

namespace ui::screens {

// `countdown_left`: whole seconds the countdown still shows.
state::GalleryIntent draw_gallery(state::GalleryState& s, int countdown_left);

}  // namespace ui::screens
