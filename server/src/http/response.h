// Writing JSON responses. Every JSON body the server sends goes through here.
#pragma once
#include <httplib.h>
#include <nlohmann/json.hpp>

namespace gp::server {

constexpr const char* kJsonType = "application/json; charset=utf-8";

// Serialize `j` (never throws on bad UTF-8 inside strings: such bytes become U+FFFD, so echoing
// a client's string can never turn into a 500) and send it with `status`.
void write_json(httplib::Response& res, int status, const nlohmann::json& j);

}  // namespace gp::server
