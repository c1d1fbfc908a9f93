#include "platform/kiosk_device.h"

#include <cstdlib>

extern "C" char* gp_js_kiosk_device_load();
extern "C" void gp_js_kiosk_device_store(const char* token);

namespace platform {

std::string load_kiosk_device() {
  char* v = gp_js_kiosk_device_load();
  if (!v) return {};
  std::string out(v);
  std::free(v);
  return out;
}

void store_kiosk_device(const std::string& token) { gp_js_kiosk_device_store(token.c_str()); }

}  // namespace platform
