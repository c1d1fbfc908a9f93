#include "http/body_limits.h"

#include <algorithm>

namespace gp::server {

namespace {

bool starts_with(const std::string& s, const std::string& p) { return s.compare(0, p.size(), p) == 0; }
bool ends_with(const std::string& s, const std::string& p) {
  return s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0;
}

}  // namespace

std::size_t body_limit_for(const std::string& method, const std::string& path, std::size_t largest) {
  if (method == "POST") {
    // Uploads (multipart, a document of up to --max-upload-mb) and imports (CSV or JSON files).
    if (starts_with(path, "/api/v1/applications/") && ends_with(path, "/documents")) return largest;
    if (path == "/api/v1/outages" || path == "/api/v1/reserve/import") return largest;
    if (starts_with(path, "/api/v1/applications/") && (ends_with(path, "/contract/sign") || ends_with(path, "/works-contract/sign")))
      return std::min(kSignatureBodyLimit, largest);
  }
  return std::min(kJsonBodyLimit, largest);
}

std::string limit_text(std::size_t bytes) {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) return std::to_string(bytes / (1024 * 1024)) + " MB";
  if (bytes >= 1024 && bytes % 1024 == 0) return std::to_string(bytes / 1024) + " KB";
  return std::to_string(bytes) + " B";
}

}  // namespace gp::server
