#include "state/app_state.h"

namespace state {

AppState initial_state(std::string_view lang, std::string_view mode, std::string_view screen) {
  AppState s;
  s.screen = screen == "kit" ? Screen::Gallery : Screen::Info;
  s.lang = lang == "en" ? Lang::En : Lang::Zh;  // Chinese unless English is asked for
  s.kiosk = mode == "kiosk";
  return s;
}

}  // namespace state
