// Accounts and sessions (issue 3): register, log in, log out, who am I.
#include "http/api_error.h"
#include "http/auth.h"
#include "http/json_body.h"
#include "http/query.h"
#include "http/response.h"
#include "http/routes.h"

namespace gp::server {
namespace {

nlohmann::json session_json(const LoginResult& r) {
  return {{"token", r.token}, {"role", gp::to_string(r.user.role)}, {"user", user_json(r.user)},
          {"expires_at", gp::format_datetime_cst(r.expires_at)}};
}

}  // namespace

void register_auth_routes(Router& r, AppContext& ctx) {
  r.post("/api/v1/auth/register", [&ctx](const httplib::Request& req, httplib::Response& res) {
    const auto body = parse_json_body(req);
    allow_only_params(req, {});
    auto result = ctx.auth.register_customer(body);
    res.set_header("Set-Cookie", session_cookie(req, result.token, ctx.auth.policy().absolute_seconds));
    write_json(res, 201, session_json(result));
  });
  r.post("/api/v1/auth/login", [&ctx](const httplib::Request& req, httplib::Response& res) {
    const auto body = parse_json_body(req);
    allow_only_params(req, {});
    auto result = ctx.auth.login(body, client_address(req));
    // A fresh token on every login: a session id planted before login is never promoted.
    res.set_header("Set-Cookie", session_cookie(req, result.token, ctx.auth.policy().absolute_seconds));
    write_json(res, 200, session_json(result));
  });
  r.post("/api/v1/auth/logout", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    Authed a = require_auth(req, ctx);
    ctx.auth.logout(a.token);
    for (const auto& c : clear_session_cookies(req)) res.set_header("Set-Cookie", c);
    write_json(res, 200, {{"ok", true}});
  });
  // The browser's probe at start-up: who is logged in, if anyone. Unlike /auth/me it answers 200
  // with "user": null when nobody is, so an anonymous visit logs no failed request.
  r.get("/api/v1/auth/session", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    std::optional<Authed> a;
    try {
      a = try_authenticate(req, ctx);
    } catch (const ApiError&) {  // an expired cookie is the same as none here
    }
    if (!a) return write_json(res, 200, {{"user", nullptr}, {"role", nullptr}});
    write_json(res, 200, {{"user", user_json(a->user)}, {"role", gp::to_string(a->user.role)}});
  });
  r.get("/api/v1/auth/me", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    Authed a = require_auth(req, ctx);
    write_json(res, 200, {{"user", user_json(a.user)}, {"role", gp::to_string(a.user.role)}});
  });
}

}  // namespace gp::server
