#include "platform/snapshot.h"

#include <emscripten/emscripten.h>

namespace platform {

namespace {
std::function<std::string()> g_source;
std::function<std::string()> g_state_source;
std::string g_json;  // returned to JS by pointer; valid until the next call
}  // namespace

void set_snapshot_source(std::function<std::string()> source) { g_source = std::move(source); }
void set_state_source(std::function<std::string()> source) { g_state_source = std::move(source); }

}  // namespace platform

extern "C" EMSCRIPTEN_KEEPALIVE const char* gp_snapshot() {
  platform::g_json = platform::g_source ? platform::g_source() : std::string("[]");
  return platform::g_json.c_str();
}

extern "C" EMSCRIPTEN_KEEPALIVE const char* gp_state() {
  platform::g_json = platform::g_state_source ? platform::g_state_source() : std::string("{}");
  return platform::g_json.c_str();
}
