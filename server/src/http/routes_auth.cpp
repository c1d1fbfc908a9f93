// Accounts and sessions (issue 3): register, log in, log out, who am I; account security (issue
// 15): password change, log out everywhere, the staff's second factor.
#include "gp/dto/answers.h"
#include "http/api_error.h"
#include "http/auth.h"
#include "http/json_body.h"
#include "http/query.h"
#include "http/rate_limiter.h"
#include "http/response.h"
#include "http/routes.h"

namespace gp::server {
namespace {

// The shared wire types (gp/dto/auth.h).
gp::dto::SessionDto session_json(const LoginResult& r) {
  return {r.token, gp::to_string(r.user.role), user_dto(r.user), gp::format_datetime_cst(r.expires_at)};
}

// Who is logged in; staff also learn whether their second factor is on (issue 15).
gp::dto::MeDto me_of(AppContext& ctx, const store::User& user) {
  gp::dto::UserDto u = user_dto(user);
  if (gp::is_staff(user.role)) u.second_factor = ctx.auth.totp_enabled(user.id);
  return {u, gp::to_string(user.role)};
}

}  // namespace

void register_auth_routes(Router& r, AppContext& ctx) {
  r.post("/api/v1/auth/register", [&ctx](const httplib::Request& req, httplib::Response& res) {
    const auto body = parse_json_body(req);
    allow_only_params(req, {});
    auto result = ctx.registration.register_customer(body, client_address(req));
    res.set_header("Set-Cookie", session_cookie(req, result.token, ctx.auth.policy().absolute_seconds));
    write_json(res, 201, session_json(result));
  });
  r.post("/api/v1/auth/login", [&ctx](const httplib::Request& req, httplib::Response& res) {
    const auto body = parse_json_body(req);
    allow_only_params(req, {});
    // Failures count per address group (IPv6 by /64), and a browser known to this account counts apart.
    auto result = ctx.auth.login(body, address_group(client_address(req)), request_cookie(req, kDeviceCookie));
    // A fresh token on every login: a session id planted before login is never promoted.
    res.set_header("Set-Cookie", session_cookie(req, result.token, ctx.auth.policy().absolute_seconds));
    if (!result.device_token.empty()) res.set_header("Set-Cookie", device_cookie(req, result.device_token, ctx.auth.policy().device_seconds));
    write_json(res, 200, session_json(result));
  });
  r.post("/api/v1/auth/logout", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    Authed a = require_auth(req, ctx);
    ctx.auth.logout(a.token, a.user.id);
    for (const auto& c : clear_session_cookies(req)) res.set_header("Set-Cookie", c);
    write_json(res, 200, gp::dto::OkDto{});
  });
  r.post("/api/v1/auth/logout-all", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    Authed a = require_auth(req, ctx);
    ctx.auth.logout_all(a.user.id);
    for (const auto& c : clear_session_cookies(req)) res.set_header("Set-Cookie", c);
    write_json(res, 200, gp::dto::OkDto{});
  });
  r.post("/api/v1/auth/password", [&ctx](const httplib::Request& req, httplib::Response& res) {
    Authed a = require_auth(req, ctx);
    const auto body = parse_json_body(req);
    allow_only_params(req, {});
    ctx.auth.change_password(a.user, AuthService::token_hash(a.token), body);
    write_json(res, 200, gp::dto::OkDto{});
  });
  // The second factor: staff and admin (customers get 403).
  r.post("/api/v1/auth/totp/setup", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    Authed a = require_staff(req, ctx);
    const auto s = ctx.auth.totp_setup(a.user);
    write_json(res, 200, gp::dto::TotpSetupDto{s.secret, s.uri, 6, 30, "SHA1"});
  });
  r.post("/api/v1/auth/totp/confirm", [&ctx](const httplib::Request& req, httplib::Response& res) {
    Authed a = require_staff(req, ctx);
    const auto body = parse_json_body(req);
    allow_only_params(req, {});
    const auto codes = ctx.auth.totp_confirm(a.user, body);
    write_json(res, 200, gp::dto::TotpStateDto{true, codes});
  });
  r.post("/api/v1/auth/totp/disable", [&ctx](const httplib::Request& req, httplib::Response& res) {
    Authed a = require_staff(req, ctx);
    const auto body = parse_json_body(req);
    allow_only_params(req, {});
    ctx.auth.totp_disable(a.user, body);
    write_json(res, 200, gp::dto::TotpStateDto{false, std::nullopt});
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
    write_json(res, 200, a ? me_of(ctx, a->user) : gp::dto::MeDto{});
  });
  r.get("/api/v1/auth/me", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    Authed a = require_auth(req, ctx);
    write_json(res, 200, me_of(ctx, a.user));
  });
}

}  // namespace gp::server
