// Byte ranges of downloads (static files, documents), answered by us, not by httplib (issue 15,
// hole 2). cpp-httplib 0.11.4 parses `Range` into req.ranges before routing and builds a
// multi-range answer in memory (every range a copy of the body: a few thousand ranges of a 10 MB
// document is gigabytes), and does not clamp a range to the file's length. The pre-routing
// handler therefore empties req.ranges for every request (http_server.cpp); API answers are
// always whole (200), and the two kinds of download read the header here: at most ONE
// satisfiable range (206), anything else with ranges → 416 with `Content-Range: bytes */LEN`.
#pragma once
#include <cstddef>
#include <string>

#include <httplib.h>

namespace gp::server {

struct ByteRange {
  enum Kind { whole, partial, unsatisfiable } kind = whole;
  std::size_t offset = 0, length = 0;  // of `partial`
};

// The answer for a representation of `size` bytes whose validator is `etag` ("" if none).
// No Range header, or one with another unit, or an If-Range that does not match: whole
// (RFC 9110 §14.2). Several ranges, or one that starts beyond the end: unsatisfiable.
ByteRange requested_range(const httplib::Request& req, std::size_t size, const std::string& etag = "");

// 206 headers for `r` (Content-Range) and the status; the caller sets the partial body.
void mark_partial(httplib::Response& res, const ByteRange& r, std::size_t size);
// 416 with `Content-Range: bytes */size` and the JSON error body.
void refuse_range(const httplib::Request& req, httplib::Response& res, std::size_t size);

}  // namespace gp::server
