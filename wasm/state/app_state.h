// The browser app's state: language, display mode and each screen's state. Pure C++.
#pragma once
#include <string_view>

#include "state/info_state.h"
#include "state/strings.h"

namespace state {

struct AppState {
  Lang lang = Lang::Zh;
  bool kiosk = false;  // ?mode=kiosk: the self-service terminal in the service hall
  InfoState info;
};

// From the page URL's ?lang= and ?mode= values ("" when absent).
AppState initial_state(std::string_view lang_param, std::string_view mode_param);

}  // namespace state
