#include "services/upload_checks.h"

#include <cctype>

#include "gp/validate.h"

namespace gp::server {
namespace {

bool starts_with(const std::string& s, const char* p, std::size_t n) { return s.size() >= n && s.compare(0, n, p, n) == 0; }

}  // namespace

std::string sniff_media_type(const std::string& b) {
  if (starts_with(b, "%PDF-", 5) && b.find("%%EOF", b.size() > 1024 ? b.size() - 1024 : 0) != std::string::npos)
    return "application/pdf";
  if (starts_with(b, "\x89PNG\r\n\x1a\n", 8) && b.size() >= 33 && b.compare(12, 4, "IHDR") == 0) return "image/png";
  if (starts_with(b, "\xFF\xD8\xFF", 3) && b.size() >= 4) return "image/jpeg";
  return "";
}

std::string clean_filename(const std::string& raw, const std::string& mime) {
  std::string base = raw;
  auto slash = base.find_last_of("/\\");
  if (slash != std::string::npos) base = base.substr(slash + 1);
  std::string out;
  for (unsigned char c : base)
    if (c >= 0x20 && c != 0x7f && c != '"' && c != ';') out += static_cast<char>(c);
  if (!gp::validate::is_valid_utf8(out) || out.empty() || out == "." || out == "..") out = "document";
  if (gp::validate::utf8_length(out) > 100) out = "document";
  const std::string ext = mime == "application/pdf" ? ".pdf" : mime == "image/png" ? ".png" : ".jpg";
  auto dot = out.find_last_of('.');
  const std::string have = dot == std::string::npos ? "" : out.substr(dot);
  std::string lower;
  for (char c : have) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const bool ok = lower == ext || (ext == ".jpg" && lower == ".jpeg");
  if (!ok) out += ext;
  return out;
}

}  // namespace gp::server
