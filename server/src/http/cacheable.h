// Public answers that browsers and proxies may keep (rule P3: the contractor directory and the
// published documents): a strong ETag from the body's SHA-256, a short Cache-Control, and 304 Not
// Modified when the client's If-None-Match names it. Anonymous callers are rate-limited like the
// other public routes (RateLimiter, per client address).
#pragma once
#include <string>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "app/context.h"

namespace gp::server {

// How long a public answer may be used without asking again (the directory changes rarely, and a
// licence's status changes at most daily).
constexpr const char* kPublicCacheControl = "public, max-age=60";

// 429 with Retry-After when an anonymous client (no valid session) asks too often; a sent token
// that is not valid is 401 (the caller meant to be someone).
void limit_anonymous(const httplib::Request& req, httplib::Response& res, AppContext& ctx, const char* bucket);

// Writes `body` (200) with ETag and Cache-Control, or 304 without a body when it matches.
void write_cacheable(const httplib::Request& req, httplib::Response& res, const std::string& body, const char* content_type,
                     const std::string& cache_control = kPublicCacheControl);
void write_cacheable_json(const httplib::Request& req, httplib::Response& res, const nlohmann::json& j);

}  // namespace gp::server
