#include "platform/pointer_capture.h"

#include <emscripten/emscripten.h>

#include "platform/frame_loop.h"
#include "platform/redraw.h"

namespace platform {
namespace {

struct Area {
  Rect rect;
  int frame;  // frames_presented() while it was noted: shown in frame `frame + 1`
};
std::vector<Area> g_areas;
std::vector<CapturePoint> g_points;

}  // namespace

void note_capture_area(const Rect& r) {
  const int f = frames_presented();
  // Areas of frames before the one being drawn are stale.
  std::vector<Area> keep;
  for (const auto& a : g_areas)
    if (a.frame == f) keep.push_back(a);
  keep.push_back({r, f});
  g_areas = std::move(keep);
}

std::vector<CapturePoint> take_capture_points() {
  std::vector<CapturePoint> out;
  out.swap(g_points);
  return out;
}

}  // namespace platform

// 1 when (x, y) lies in an area shown in the last presented frame.
extern "C" EMSCRIPTEN_KEEPALIVE int gp_hit_capture(float x, float y) {
  const int shown = platform::frames_presented();
  for (const auto& a : platform::g_areas)
    if (a.frame + 1 == shown && a.rect.contains(x, y)) return 1;
  return 0;
}

extern "C" EMSCRIPTEN_KEEPALIVE void gp_on_capture(int phase, float x, float y) {
  platform::g_points.push_back({x, y, phase});
  platform::request_redraw();
}
