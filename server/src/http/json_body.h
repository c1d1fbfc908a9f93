// Strict reading of JSON request bodies: the media type must be application/json, the bytes
// well-formed UTF-8, the text one JSON value with no duplicate keys and bounded nesting.
// Every refusal is an ApiError with a precise code (and the byte offset for syntax errors).
#pragma once
#include <cstddef>

#include <httplib.h>
#include <nlohmann/json.hpp>

namespace gp::server {

// Deeper nesting than any real document of ours; keeps hostile bodies from costing recursion.
constexpr int kMaxJsonDepth = 64;

// 415 "unsupported_media_type" (field "Content-Type") unless the body is declared application/json
// (a charset parameter, if any, must be utf-8); 400 "invalid_utf8" / "invalid_json" /
// "duplicate_key" / "too_deep" otherwise, with "offset" (0-based byte) where it applies.
nlohmann::json parse_json_body(const httplib::Request& req);

}  // namespace gp::server
