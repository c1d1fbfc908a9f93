#include "platform/geolocation.h"

#include <emscripten/emscripten.h>

#include <map>

#include "platform/redraw.h"

extern "C" void gp_js_locate(int request);

namespace platform {
namespace {
std::map<int, std::function<void(Position)>> g_waiting;
int g_next = 0;
}  // namespace

void locate(std::function<void(Position)> done) {
  const int id = ++g_next;
  g_waiting[id] = std::move(done);
  gp_js_locate(id);
}

}  // namespace platform

extern "C" EMSCRIPTEN_KEEPALIVE void gp_on_location(int request, int error, double lat, double lng, double accuracy) {
  auto it = platform::g_waiting.find(request);
  if (it == platform::g_waiting.end()) return;
  auto done = std::move(it->second);
  platform::g_waiting.erase(it);
  platform::Position p;
  p.ok = error == 0;
  p.error = error;
  p.latitude = lat;
  p.longitude = lng;
  p.accuracy_m = accuracy;
  if (done) done(p);
  platform::request_redraw();
}
