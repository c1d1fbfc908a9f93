// What the screens' apply() tests share: a logged-in user on a screen, an error reply as the API
// sends it, and finding a request among those apply() returned.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "state/app_state.h"
#include "state/request.h"
#include "state/strings.h"

namespace screen_test {

inline state::AppState user_on(const std::string& role, state::Screen screen, const std::string& param = "") {
  state::set_language(state::Lang::Zh);
  state::AppState s;
  state::User u;
  u.id = 5;
  u.role = role;
  u.name = "测试";
  s.session.user = u;
  s.session.checked = true;
  state::go(s, screen, param);
  return s;
}

// {"error": {...}} with a Chinese and an English message and the offending field.
inline net::ApiReply error(int status, const std::string& message_zh, const std::string& field = "") {
  nlohmann::json e = {{"code", "invalid"}, {"message", message_zh}, {"message_zh", message_zh}, {"message_en", "x"}};
  if (!field.empty()) e["field"] = field;
  return state::reply(status, {{"error", e}});
}

// The request of `method` whose path starts with `path` (nullptr when none).
inline const state::Request* find(const state::Requests& rs, const std::string& method, const std::string& path) {
  for (const auto& r : rs)
    if (r.method == method && r.path.rfind(path, 0) == 0) return &r;
  return nullptr;
}

}  // namespace screen_test
