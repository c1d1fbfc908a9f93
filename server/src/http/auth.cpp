#include "http/auth.h"

#include <algorithm>

#include "http/api_error.h"
#include "http/rate_limiter.h"
#include "services/auth_log.h"

namespace gp::server {
namespace {

std::string cookie_value(const httplib::Request& req, const std::string& name) {
  const std::string all = req.get_header_value("Cookie");
  std::size_t pos = 0;
  while (pos < all.size()) {
    std::size_t end = all.find(';', pos);
    if (end == std::string::npos) end = all.size();
    std::string part = all.substr(pos, end - pos);
    const auto b = part.find_first_not_of(' ');
    if (b != std::string::npos) part = part.substr(b);
    if (part.compare(0, name.size() + 1, name + "=") == 0) return part.substr(name.size() + 1);
    pos = end + 1;
  }
  return "";
}

[[noreturn]] void unauthorized() { throw_unauthorized(); }

std::string g_public_origin;  // written once before the server starts, then only read

// The origin of the page that sent a cookie-authenticated write must be this server: its public
// origin when configured (behind a proxy the Host header is whatever the proxy forwards), else
// the request's own Host.
void check_same_origin(const httplib::Request& req) {
  std::string origin = req.get_header_value("Origin");
  if (origin.empty()) {
    const std::string referer = req.get_header_value("Referer");
    const auto scheme = referer.find("://");
    if (scheme != std::string::npos) origin = referer.substr(0, referer.find('/', scheme + 3));
  }
  bool ok = false;
  if (!g_public_origin.empty()) {
    ok = origin == g_public_origin;
  } else {
    const std::string host = req.get_header_value("Host");
    ok = !origin.empty() && !host.empty() && (origin == "http://" + host || origin == "https://" + host);
  }
  if (!ok)
    throw ApiError(403, gp::make_error("cross_origin", "Origin", "跨站请求被拒绝", "cross-origin request refused"));
}

}  // namespace

void throw_unauthorized() {
  throw ApiError(401, gp::make_error("unauthorized", "", "请先登录（或登录已过期）", "please log in (or your session has expired)"));
}

namespace {
std::string g_trusted_proxy;  // written once before the server starts, then only read
}  // namespace

void trust_proxy(const std::string& address) { g_trusted_proxy = address; }
void set_public_origin(const std::string& origin) { g_public_origin = origin; }

bool request_is_https(const httplib::Request& req) {
  return !g_trusted_proxy.empty() && req.remote_addr == g_trusted_proxy && req.get_header_value("X-Forwarded-Proto") == "https";
}

std::string client_address(const httplib::Request& req) {
  if (!g_trusted_proxy.empty() && req.remote_addr == g_trusted_proxy) {
    const std::string real = req.get_header_value("X-Real-IP");
    const bool looks_like_ip = !real.empty() && real.size() <= 45 &&
                               real.find_first_not_of("0123456789abcdefABCDEF.:") == std::string::npos;
    if (looks_like_ip) return real;
  }
  return req.remote_addr;
}

std::optional<Authed> try_authenticate(const httplib::Request& req, AppContext& ctx) {
  std::string token;
  bool via_cookie = false;
  const std::string authz = req.get_header_value("Authorization");
  if (!authz.empty()) {
    if (authz.compare(0, 7, "Bearer ") != 0) unauthorized();
    token = authz.substr(7);
  } else {
    // The __Host- cookie first; the plain one only over plain HTTP, where it is the only one set
    // (over HTTPS a plain gp_session could have been planted by a sibling host).
    token = cookie_value(req, kSecureSessionCookie);
    if (token.empty() && !request_is_https(req)) token = cookie_value(req, kSessionCookie);
    via_cookie = !token.empty();
  }
  if (token.empty()) return std::nullopt;
  auto s = ctx.auth.authenticate(token);
  if (!s) unauthorized();
  if (via_cookie && req.method != "GET" && req.method != "HEAD") check_same_origin(req);
  if (ctx.auth.policy().require_second_factor && gp::is_staff(s->user.role) && !s->second_factor) {
    // Staff who have not enrolled yet may enroll, look at who they are, change the password and leave.
    static const char* const allowed[] = {"/api/v1/auth/totp/setup", "/api/v1/auth/totp/confirm", "/api/v1/auth/me",
                                          "/api/v1/auth/session",    "/api/v1/auth/logout",       "/api/v1/auth/logout-all",
                                          "/api/v1/auth/password"};
    if (std::find(std::begin(allowed), std::end(allowed), req.path) == std::end(allowed)) {
      log_auth_event("forbidden", {{"user", std::to_string(s->user.id)}, {"role", gp::to_string(s->user.role)},
                                   {"path", req.path}, {"reason", "second_factor_required"}});
      throw ApiError(403, gp::make_error("second_factor_required", "", "工作人员账户须先启用动态验证码（账户安全）",
                                         "staff accounts must turn on the second factor first (Account security)"));
    }
  }
  Authed a;
  a.user = s->user;
  a.token = token;
  a.session_hash = s->token_hash;
  a.via_cookie = via_cookie;
  a.caller.user_id = s->user.id;
  a.caller.role = s->user.role;
  // The kiosk identifies itself so events record where the customer acted (rule M5).
  a.caller.channel = request_channel(req, ctx);
  return a;
}

std::string request_channel(const httplib::Request& req, AppContext& ctx) {
  const std::string device = req.get_header_value(kKioskDeviceHeader);
  return !device.empty() && ctx.kiosks.valid(device) ? "kiosk" : "online";
}

Authed require_auth(const httplib::Request& req, AppContext& ctx) {
  auto a = try_authenticate(req, ctx);
  if (!a) unauthorized();
  return *a;
}

Authed require_role(const httplib::Request& req, AppContext& ctx, std::initializer_list<gp::Role> roles) {
  Authed a = require_auth(req, ctx);
  if (std::find(roles.begin(), roles.end(), a.caller.role) == roles.end()) {
    log_auth_event("forbidden", {{"user", std::to_string(a.user.id)}, {"role", gp::to_string(a.caller.role)},
                                 {"path", req.path}, {"addr", address_group(client_address(req))}});
    throw ApiError(403, gp::make_error("forbidden", "", "您的角色无权访问此功能", "your role may not use this"));
  }
  return a;
}

Authed require_staff(const httplib::Request& req, AppContext& ctx) {
  return require_role(req, ctx, {gp::Role::customer_manager, gp::Role::project_manager, gp::Role::command_center, gp::Role::admin});
}

std::string session_cookie(const std::string& token, gp::Instant max_age) {
  return std::string(kSessionCookie) + "=" + token + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + std::to_string(max_age);
}

std::string device_cookie(const httplib::Request& req, const std::string& token, gp::Instant max_age) {
  // Its path keeps it from every other route, so it cannot take the __Host- prefix; over HTTPS it
  // is Secure like the session cookie.
  return std::string(kDeviceCookie) + "=" + token + (request_is_https(req) ? "; Secure" : "") +
         "; Path=/api/v1/auth; HttpOnly; SameSite=Strict; Max-Age=" + std::to_string(max_age);
}

std::string request_cookie(const httplib::Request& req, const std::string& name) { return cookie_value(req, name); }
std::string session_cookie(const httplib::Request& req, const std::string& token, gp::Instant max_age) {
  if (!request_is_https(req)) return session_cookie(token, max_age);
  return std::string(kSecureSessionCookie) + "=" + token + "; Secure; Path=/; HttpOnly; SameSite=Strict; Max-Age=" +
         std::to_string(max_age);
}

std::vector<std::string> clear_session_cookies(const httplib::Request& req) {
  std::vector<std::string> out = {clear_session_cookie()};
  if (request_is_https(req))
    out.push_back(std::string(kSecureSessionCookie) + "=; Secure; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
  return out;
}

std::string clear_session_cookie() { return std::string(kSessionCookie) + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0"; }

}  // namespace gp::server
