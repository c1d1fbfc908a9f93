// Who is calling: a bearer token (Authorization: Bearer) or the browser's HttpOnly cookie. Every
// route states what it needs (require_auth, require_role); a cookie-authenticated write must also
// come from our own origin (Origin/Referer check), so another site cannot act for the user.
#pragma once
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include <httplib.h>

#include "app/context.h"

namespace gp::server {

constexpr const char* kSessionCookie = "gp_session";
// Set at a successful login: this browser has logged in to the account before, so an anonymous
// attacker's failures do not delay it (services/auth_service.h). Sent only to /api/v1/auth.
constexpr const char* kDeviceCookie = "gp_device";
// Over HTTPS the cookie carries the __Host- prefix: the browser then only accepts it with Secure,
// Path=/ and no Domain, so a sibling host (or a man in the middle on plain HTTP) cannot plant or
// overwrite it (ASVS 3.4).
constexpr const char* kSecureSessionCookie = "__Host-gp_session";

struct Authed {
  Caller caller;
  store::User user;
  std::string token;
  std::string session_hash;  // to check later that the session still stands (open streams)
  bool via_cookie = false;
};

// The 401 "please log in" answer.
[[noreturn]] void throw_unauthorized();

// nullopt when no credentials were sent; 401 when they were sent but are not valid.
std::optional<Authed> try_authenticate(const httplib::Request& req, AppContext& ctx);
// 401 without a valid session. Under --require-second-factor, staff without TOTP get 403
// `second_factor_required` on every route but enrollment, logout and who-am-I.
Authed require_auth(const httplib::Request& req, AppContext& ctx);
// 401 without a session, 403 when the role is not one of `roles`.
Authed require_role(const httplib::Request& req, AppContext& ctx, std::initializer_list<gp::Role> roles);
// Staff roles only (403 for customers).
Authed require_staff(const httplib::Request& req, AppContext& ctx);

// The Set-Cookie value for a new session, and the ones that clear it: `__Host-gp_session` with
// Secure when the request came over HTTPS (request_is_https), `gp_session` otherwise (make run
// on plain HTTP loopback). The versions without a request are the plain-HTTP ones.
std::string session_cookie(const httplib::Request& req, const std::string& token, gp::Instant max_age_seconds);
std::vector<std::string> clear_session_cookies(const httplib::Request& req);
std::string session_cookie(const std::string& token, gp::Instant max_age_seconds);
std::string clear_session_cookie();
std::string device_cookie(const httplib::Request& req, const std::string& token, gp::Instant max_age_seconds);
// The value of a request cookie ("" when absent).
std::string request_cookie(const httplib::Request& req, const std::string& name);

// Whether the client reached us over HTTPS. The server itself speaks plain HTTP; behind the
// trusted proxy (--trusted-proxy) the proxy says so in X-Forwarded-Proto, which nginx sets itself
// (docs/deploy.md). From anyone else the header is ignored.
bool request_is_https(const httplib::Request& req);

// The header a registered kiosk device sends its token in (issue 15), and the channel of a
// request: "kiosk" only with the token of a device in service (POST /api/v1/admin/kiosks),
// "online" otherwise. The old X-GetPower-Channel header is ignored: any client could send it.
constexpr const char* kKioskDeviceHeader = "X-GetPower-Kiosk-Device";
std::string request_channel(const httplib::Request& req, AppContext& ctx);

// The public origin (--public-origin, e.g. "https://getpower.example.cn") that cookie-authenticated
// writes must come from; "" (the default) accepts the request's own Host, over http or https.
// Once at start-up, before serving.
void set_public_origin(const std::string& origin);

// The client's address for throttling (track and reservation limits, login failures per address).
// Behind a reverse proxy every request comes from the proxy: requests from the address given to
// trust_proxy() (--trusted-proxy) name their client in X-Real-IP, which the proxy sets itself
// (docs/deploy.md). From anyone else the header is ignored, so it cannot be forged.
std::string client_address(const httplib::Request& req);
// Once at start-up, before serving; "" trusts nobody (the default).
void trust_proxy(const std::string& address);

}  // namespace gp::server
