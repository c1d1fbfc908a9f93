#include "services/auth_log.h"

#include <cstdio>

#include "store/hash.h"

namespace gp::server {

void log_auth_event(const char* event, std::initializer_list<std::pair<const char*, std::string>> fields) {
  std::string line = "auth: event=";
  line += event;
  for (const auto& [k, v] : fields) {
    line += ' ';
    line += k;
    line += '=';
    std::string clean = v.substr(0, 80);
    for (char& c : clean) {
      const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
                      c == ':' || c == '/' || c == '@' || c == '-';
      if (!ok) c = '_';
    }
    line += clean.empty() ? "-" : clean;
  }
  line += '\n';
  std::fputs(line.c_str(), stderr);  // one write per line: lines of parallel requests do not interleave
}

std::string masked_login(const std::string& login) { return "h:" + store::sha256_hex(login).substr(0, 12); }

}  // namespace gp::server
