// Strict reading of JSON request bodies: the media type must be application/json, the bytes
// well-formed UTF-8, the text one JSON value with no duplicate keys, bounded nesting and a bounded
// number of values, parsed in linear time.
// Every refusal is an ApiError with a precise code (and the byte offset for syntax errors).
#pragma once
#include <cstddef>

#include <httplib.h>
#include <nlohmann/json.hpp>

namespace gp::server {

// Deeper nesting than any real document of ours; keeps hostile bodies from costing recursion.
constexpr int kMaxJsonDepth = 64;
// Values of every kind, containers included: bounds the memory a body costs once parsed
// (a 12 MB import of `[1,1,1,...]` would otherwise be 6 M values).
constexpr std::size_t kMaxJsonValues = 500000;

// 415 "unsupported_media_type" (field "Content-Type") unless the body is declared application/json
// (a charset parameter, if any, must be utf-8); 400 "invalid_utf8" / "invalid_json" /
// "duplicate_key" / "too_deep" / "too_many_values" otherwise, with "offset" (0-based byte) where it applies.
nlohmann::json parse_json_body(const httplib::Request& req);

}  // namespace gp::server
