#include "http/security_headers.h"

#include "http/auth.h"

namespace gp::server {

bool is_api_path(const std::string& path) { return path == "/api" || path.rfind("/api/", 0) == 0; }

void apply_security_headers(const httplib::Request& req, httplib::Response& res) {
  auto put = [&](const char* k, const char* v) {
    if (!res.has_header(k)) res.set_header(k, v);
  };
  put("Content-Security-Policy", kContentSecurityPolicy);
  put("X-Content-Type-Options", "nosniff");
  put("Referrer-Policy", "no-referrer");
  put("X-Frame-Options", "DENY");
  put("Cross-Origin-Opener-Policy", "same-origin");
  // HSTS only where the browser reached us over HTTPS (it ignores it over HTTP anyway, and on
  // plain loopback it would be a lie); the same value as docs/deploy.md's nginx sets.
  if (request_is_https(req)) put("Strict-Transport-Security", kStrictTransportSecurity);
  // An API answer is never stored by a cache, except a public answer that carries its own
  // validator (ETag) and policy (http/cacheable.h: the published information of rule P3).
  if (is_api_path(req.path) && !(res.has_header("ETag") && res.has_header("Cache-Control"))) {
    res.headers.erase("Cache-Control");
    res.set_header("Cache-Control", "no-store");
  } else {
    put("Cache-Control", "no-store");  // errors and anything without its own policy
  }
}

}  // namespace gp::server
