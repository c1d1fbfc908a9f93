#include "http/byte_range.h"

#include <cctype>

#include "http/api_error.h"
#include "http/response.h"

namespace gp::server {

namespace {

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

// Digits only, no sign; false on overflow.
bool parse_number(const std::string& s, std::size_t& out) {
  if (s.empty() || s.size() > 18 || s.find_first_not_of("0123456789") != std::string::npos) return false;
  out = static_cast<std::size_t>(std::stoull(s));
  return true;
}

}  // namespace

ByteRange requested_range(const httplib::Request& req, std::size_t size, const std::string& etag) {
  if (!req.has_header("Range")) return {};
  if (req.has_header("If-Range") && (etag.empty() || trim(req.get_header_value("If-Range")) != etag)) return {};
  const std::string value = trim(req.get_header_value("Range"));
  std::string unit = value.substr(0, value.find('='));
  for (auto& c : unit) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (unit != "bytes" || value.find('=') == std::string::npos) return {};
  const std::string spec = trim(value.substr(value.find('=') + 1));
  // One range only: a list (even of overlapping or adjacent ranges) is refused rather than
  // assembled (RFC 9110 §14.2 lets a server ignore or refuse what it does not want to serve).
  if (spec.find(',') != std::string::npos) return {ByteRange::unsatisfiable};
  const auto dash = spec.find('-');
  if (dash == std::string::npos || size == 0) return {ByteRange::unsatisfiable};
  const std::string a = trim(spec.substr(0, dash)), b = trim(spec.substr(dash + 1));
  std::size_t first = 0, last = 0;
  if (a.empty()) {  // suffix: the last N bytes
    if (!parse_number(b, last) || last == 0) return {ByteRange::unsatisfiable};
    const std::size_t n = std::min(last, size);
    return {ByteRange::partial, size - n, n};
  }
  if (!parse_number(a, first) || first >= size) return {ByteRange::unsatisfiable};
  if (b.empty()) return {ByteRange::partial, first, size - first};
  if (!parse_number(b, last) || last < first) return {ByteRange::unsatisfiable};
  last = std::min(last, size - 1);
  return {ByteRange::partial, first, last - first + 1};
}

void mark_partial(httplib::Response& res, const ByteRange& r, std::size_t size) {
  res.status = 206;
  res.set_header("Content-Range", "bytes " + std::to_string(r.offset) + "-" + std::to_string(r.offset + r.length - 1) +
                                      "/" + std::to_string(size));
}

void refuse_range(const httplib::Request& req, httplib::Response& res, std::size_t size) {
  write_json(res, 416, error_json(status_error(416), request_lang(req)));
  res.set_header("Content-Range", "bytes */" + std::to_string(size));
}

}  // namespace gp::server
