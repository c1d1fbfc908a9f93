// What the screens' native tests share: a logged-in user, the server's error body, Chinese texts.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "state/app_state.h"
#include "state/request.h"

namespace screen_test {

struct Zh {
  Zh() { state::set_language(state::Lang::Zh); }
  ~Zh() { state::set_language(state::Lang::Zh); }
};

inline state::AppState logged_in(const std::string& role = "customer", long long id = 7) {
  state::AppState s;
  state::User u;
  u.id = id;
  u.role = role;
  u.name = "邾小明";
  u.phone = "13703751000";
  s.session.user = u;
  s.session.checked = true;
  return s;
}

// {"error": {...}} as the server sends it (http/api_error.cpp).
inline nlohmann::json error_body(const std::string& code, const std::string& field, const std::string& zh, const std::string& en = "x") {
  return {{"error", {{"code", code}, {"field", field}, {"message", zh}, {"message_zh", zh}, {"message_en", en}}}};
}

}  // namespace screen_test
