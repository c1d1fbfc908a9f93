#include "platform/url.h"

#include <cstdlib>

extern "C" char* gp_js_url_param(const char* name);

namespace platform {

std::string url_param(const char* name) {
  char* v = gp_js_url_param(name);
  if (!v) return {};
  std::string out(v);
  std::free(v);
  return out;
}

}  // namespace platform
