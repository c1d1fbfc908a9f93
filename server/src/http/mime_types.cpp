#include "http/mime_types.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace gp::server {

std::string mime_type_for(const std::string& file_name) {
  static const std::map<std::string, std::string> types = {
      {"html", "text/html; charset=utf-8"},
      {"js", "text/javascript"},  // RFC 9239; instantiateStreaming needs nothing special here
      {"mjs", "text/javascript"},
      {"css", "text/css; charset=utf-8"},
      {"json", "application/json"},
      {"map", "application/json"},
      {"wasm", "application/wasm"},  // required by WebAssembly.instantiateStreaming
      {"ttf", "font/ttf"},
      {"ttc", "font/collection"},
      {"otf", "font/otf"},
      {"woff", "font/woff"},
      {"woff2", "font/woff2"},
      {"png", "image/png"},
      {"jpg", "image/jpeg"},
      {"jpeg", "image/jpeg"},
      {"gif", "image/gif"},
      {"svg", "image/svg+xml"},
      {"ico", "image/x-icon"},
      {"webp", "image/webp"},
      {"txt", "text/plain; charset=utf-8"},
      {"webmanifest", "application/manifest+json"},
  };
  const auto dot = file_name.rfind('.');
  if (dot == std::string::npos) return "application/octet-stream";
  std::string ext = file_name.substr(dot + 1);
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const auto it = types.find(ext);
  return it == types.end() ? "application/octet-stream" : it->second;
}

}  // namespace gp::server
