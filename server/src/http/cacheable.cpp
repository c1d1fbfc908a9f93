#include "http/cacheable.h"

#include <sstream>

#include "http/api_error.h"
#include "http/auth.h"
#include "http/response.h"
#include "store/hash.h"

namespace gp::server {
namespace {

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t");
  const auto e = s.find_last_not_of(" \t");
  return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

bool matches(const std::string& if_none_match, const std::string& etag) {
  std::stringstream in(if_none_match);
  for (std::string item; std::getline(in, item, ',');) {
    std::string t = trim(item);
    if (t == "*") return true;
    if (t.rfind("W/", 0) == 0) t = t.substr(2);  // weak comparison (RFC 9110 §13.1.2)
    if (t == etag) return true;
  }
  return false;
}

}  // namespace

void limit_anonymous(const httplib::Request& req, httplib::Response& res, AppContext& ctx, const char* bucket) {
  if (try_authenticate(req, ctx)) return;
  int retry = 0;
  if (!ctx.public_limiter.allow(std::string(bucket) + ":" + client_address(req), &retry)) {
    res.set_header("Retry-After", std::to_string(retry));
    throw ApiError(429, gp::make_error("throttled", "", "查询过于频繁，请稍后再试", "too many queries; please wait a minute"));
  }
}

void write_cacheable(const httplib::Request& req, httplib::Response& res, const std::string& body, const char* content_type,
                     const std::string& cache_control) {
  const std::string etag = "\"" + store::sha256_hex(body).substr(0, 32) + "\"";
  res.set_header("ETag", etag);
  res.set_header("Cache-Control", cache_control);
  if (matches(req.get_header_value("If-None-Match"), etag)) {
    res.status = 304;
    return;
  }
  res.status = 200;
  res.set_content(body, content_type);
}

void write_cacheable_json(const httplib::Request& req, httplib::Response& res, const nlohmann::json& j) {
  write_cacheable(req, res, j.dump(), kJsonType);
}

}  // namespace gp::server
