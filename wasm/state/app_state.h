// The browser app's state: language, display mode and each screen's state. Pure C++.
#pragma once
#include <string_view>

#include "state/gallery_state.h"
#include "state/info_state.h"
#include "state/strings.h"

namespace state {

enum class Screen { Info, Gallery };

struct AppState {
  Lang lang = Lang::Zh;
  bool kiosk = false;  // ?mode=kiosk: the self-service terminal in the service hall
  Screen screen = Screen::Info;
  InfoState info;
  GalleryState gallery;
};

// From the page URL's ?lang=, ?mode= and ?screen= values ("" when absent).
AppState initial_state(std::string_view lang_param, std::string_view mode_param,
                       std::string_view screen_param = {});

}  // namespace state
