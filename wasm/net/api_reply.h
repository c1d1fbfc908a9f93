// One reply of the GetPower API, decoded: a JSON body or one error in the API's error shape
// {"error": {"code", "message", "field"}} (architecture.md). Pure C++: tested natively.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace net {

struct ApiError {
  int status = 0;       // HTTP status; 0 when the request never got an answer
  std::string code;     // the server's code, or "network" / "bad_reply"
  std::string message;  // the server's message (may be empty for transport failures)
  std::string field;    // dotted path of the offending field, if any
};

struct ApiReply {
  int status = 0;
  nlohmann::json body;  // null when there was no JSON body
  std::optional<ApiError> error;
  bool ok() const { return !error.has_value(); }
};

// `status` 0 means a transport failure (offline, timeout, aborted).
ApiReply parse_api_reply(int status, std::string_view body);

}  // namespace net
