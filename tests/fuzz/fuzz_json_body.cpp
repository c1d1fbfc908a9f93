// The server's strict reading of JSON request bodies (server/src/http/json_body.*), as every
// POST/PUT/PATCH route calls it. Input: the first line is the Content-Type header, the rest the body.
// Properties: no crash; the only exception is ApiError with status 400 or 415 and a printable
// error object; an accepted body is serializable and has no object nested deeper than the limit.
#include "fuzz_util.h"
#include "http/api_error.h"
#include "http/json_body.h"

namespace {
int depth(const nlohmann::json& j) {
  int d = 0;
  if (j.is_structured())
    for (const auto& x : j) d = std::max(d, depth(x));
  return d + (j.is_structured() ? 1 : 0);
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view in = gp::fuzz::as_text(data, size);
  const auto nl = in.find('\n');
  httplib::Request req;
  req.method = "POST";
  req.path = "/api/v1/applications";
  if (nl != std::string_view::npos) {
    req.set_header("Content-Type", std::string(in.substr(0, nl)));
    req.body = std::string(in.substr(nl + 1));
  } else {
    req.body = std::string(in);
  }
  try {
    const nlohmann::json j = gp::server::parse_json_body(req);
    (void)j.dump();
    if (depth(j) > gp::server::kMaxJsonDepth) gp::fuzz::fail("accepted a body nested deeper than the limit");
  } catch (const gp::server::ApiError& e) {
    if (e.status() != 400 && e.status() != 415) gp::fuzz::fail("unexpected status", std::to_string(e.status()));
    gp::fuzz::check_error(e.error());
  }
  return 0;
}
