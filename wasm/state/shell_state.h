// The frame around every screen (the shell): who is logged in (asked once at start), the top bar's
// navigation, language and log out, and the kiosk starting over after being idle. The notification
// long poll is the inbox's (state/inbox_view.h: poll_inbox).
#pragma once
#include <optional>

#include "state/request.h"

namespace state {

enum class Screen;

struct TopBarIntent {
  std::optional<Screen> go;
  bool toggle_language = false;
  bool logout = false;
  bool toggle_menu = false;
};

// Once, at start: GET /auth/session; a live session's user is logged in again (after_login).
Requests check_session(AppState& s);
// The top bar's intent: the language, the phone's menu, navigation, log out (the server's session
// ends; everything personal is forgotten here at once).
Requests apply(AppState& s, const TopBarIntent& in);
// The kiosk was idle too long (issue 4: two minutes): a logged-in user is logged out, everything
// typed is forgotten, back home.
Requests kiosk_start_over(AppState& s);

}  // namespace state
