// Headers every response carries: a strict Content-Security-Policy fitted to the WASM app
// ('wasm-unsafe-eval' lets the browser compile the module; ImGui draws inline styles only into
// its canvas, 'unsafe-inline' covers the page's own small style block), no sniffing, no
// framing, no referrer, HSTS over HTTPS, and no caching of API answers (they are personal and change).
#pragma once
#include <httplib.h>

namespace gp::server {

constexpr const char* kContentSecurityPolicy =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; "
    "base-uri 'none'; frame-ancestors 'none'";

constexpr const char* kStrictTransportSecurity = "max-age=31536000; includeSubDomains";

bool is_api_path(const std::string& path);

// Add the headers to `res` (leaving a Cache-Control set by the static file handler alone).
void apply_security_headers(const httplib::Request& req, httplib::Response& res);

}  // namespace gp::server
