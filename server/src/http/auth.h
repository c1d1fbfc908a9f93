// Who is calling: a bearer token (Authorization: Bearer) or the browser's HttpOnly cookie. Every
// route states what it needs (require_auth, require_role); a cookie-authenticated write must also
// come from our own origin (Origin/Referer check), so another site cannot act for the user.
#pragma once
#include <initializer_list>
#include <optional>
#include <string>

#include <httplib.h>

#include "app/context.h"

namespace gp::server {

constexpr const char* kSessionCookie = "gp_session";
// Set at a successful login: this browser has logged in to the account before, so an anonymous
// attacker's failures do not delay it (services/auth_service.h). Sent only to /api/v1/auth.
constexpr const char* kDeviceCookie = "gp_device";

struct Authed {
  Caller caller;
  store::User user;
  std::string token;
  bool via_cookie = false;
};

// nullopt when no credentials were sent; 401 when they were sent but are not valid.
std::optional<Authed> try_authenticate(const httplib::Request& req, AppContext& ctx);
// 401 without a valid session. Under --require-second-factor, staff without TOTP get 403
// `second_factor_required` on every route but enrollment, logout and who-am-I.
Authed require_auth(const httplib::Request& req, AppContext& ctx);
// 401 without a session, 403 when the role is not one of `roles`.
Authed require_role(const httplib::Request& req, AppContext& ctx, std::initializer_list<gp::Role> roles);
// Staff roles only (403 for customers).
Authed require_staff(const httplib::Request& req, AppContext& ctx);

// The Set-Cookie value for a new session, and the one that clears it.
std::string session_cookie(const std::string& token, gp::Instant max_age_seconds);
std::string clear_session_cookie();
std::string device_cookie(const std::string& token, gp::Instant max_age_seconds);
// The value of a request cookie ("" when absent).
std::string request_cookie(const httplib::Request& req, const std::string& name);

// The client's address for throttling (track and reservation limits, login failures per address).
// Behind a reverse proxy every request comes from the proxy: requests from the address given to
// trust_proxy() (--trusted-proxy) name their client in X-Real-IP, which the proxy sets itself
// (docs/deploy.md). From anyone else the header is ignored, so it cannot be forged.
std::string client_address(const httplib::Request& req);
// Once at start-up, before serving; "" trusts nobody (the default).
void trust_proxy(const std::string& address);

}  // namespace gp::server
