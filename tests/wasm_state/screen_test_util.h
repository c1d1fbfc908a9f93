// What the screens' native tests share: a logged-in user (on a screen), the server's error body
// (the shared DTO, gp/dto/common.h), Chinese texts, and finding a request among those apply()
// returned.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "gp/dto/common.h"
#include "gp/dto/desk.h"
#include "state/app_state.h"
#include "state/request.h"
#include "state/strings.h"

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

inline state::AppState user_on(const std::string& role, state::Screen screen, const std::string& param = "") {
  state::set_language(state::Lang::Zh);
  state::AppState s = logged_in(role, 5);
  s.session.user->name = "测试";
  state::go(s, screen, param);
  return s;
}

// {"error": {...}} as the server writes it (http/api_error.cpp → gp::dto::ErrorBody).
inline nlohmann::json error_body(const std::string& code, const std::string& field, const std::string& zh, const std::string& en = "x") {
  return gp::dto::ErrorBody{code, zh, zh, en, field};
}

// The same as a reply of `status`.
inline net::ApiReply error(int status, const std::string& message_zh, const std::string& field = "") {
  return state::reply(status, error_body("invalid", field, message_zh));
}

// The request of `method` whose path starts with `path` (nullptr when none).
inline const state::Request* find(const state::Requests& rs, const std::string& method, const std::string& path) {
  for (const auto& r : rs)
    if (r.method == method && r.path.rfind(path, 0) == 0) return &r;
  return nullptr;
}

// A reservation as GET /reservations writes it (the shared DTO, gp/dto/desk.h).
inline gp::dto::ReservationDto reservation(const std::string& number, const std::string& channel, const std::string& status,
                                    const std::string& name, const std::string& created_at, double remaining_seconds) {
  gp::dto::ReservationDto r;
  r.number = number;
  r.channel = channel;
  r.status = status;
  r.name = name;
  r.phone = "13903751004";
  r.address = "人民路12号";
  r.business = {"new_connection", "新装", "New"};
  r.customer_type = {"lv_residential", "低压居民", "LV"};
  r.created_at = created_at;
  r.due_at = "2026-11-30T10:00:00+08:00";
  r.level = "normal";
  r.remaining_seconds = remaining_seconds;
  return r;
}

}  // namespace screen_test
