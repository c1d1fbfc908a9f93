// Helpers for the suites of staff operations and supervision (board, reserve pool, consultations,
// capacity, indicators, reliability, administration), on top of gp::life::Lab: requests with any
// method and media type (PUT, CSV bodies), and small readers of the answers.
//
//   gp::ops::Reply r = gp::ops::send(lab, &admin, "PUT", "/api/v1/admin/config", body.dump());
//   gp::ops::Reply c = gp::ops::send(lab, &cc, "POST", "/api/v1/reserve/import", csv, "text/csv");
#pragma once
#include <string>
#include <vector>

#include "life_helpers.h"

namespace gp::ops {

using life::json;
using life::Lab;
using life::Party;

struct Reply {
  int status = 0;
  json body;  // null when not JSON
  std::string raw;
  httplib::Headers headers;
  std::string header(const std::string& name) const;
  // The error object's code and field ("" when there is none).
  std::string code() const;
  std::string field() const;
};

// One request as `p` (nullptr: anonymous), logging in again once on 401.
Reply send(Lab& lab, Party* p, const std::string& method, const std::string& path, const std::string& body = "",
           const std::string& content_type = "application/json");
inline Reply get(Lab& lab, Party* p, const std::string& path) { return send(lab, p, "GET", path); }
inline Reply post(Lab& lab, Party* p, const std::string& path, const json& body) { return send(lab, p, "POST", path, body.dump()); }
inline Reply put(Lab& lab, Party* p, const std::string& path, const json& body) { return send(lab, p, "PUT", path, body.dump()); }

// Readable "STATUS body" for assertion messages.
std::string show(const Reply& r);

// The fields named by a refused import's "errors" list.
std::vector<std::string> error_fields(const Reply& r);

// A valid unified social credit code (GB 32100; the widely published sample).
constexpr const char* kCreditCode = "91350100M000100Y43";

}  // namespace gp::ops
