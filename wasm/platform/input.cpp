#include "platform/input.h"

#include <emscripten/emscripten.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <cfloat>
#include <cmath>

#include "platform/redraw.h"

extern "C" void gp_js_set_cursor(int cursor);

namespace platform {

namespace {

InputQueue g_queue;
FrameInput g_last;

// Touch drag scrolling. During a drag ImGui's mouse rests at the drag's start point (so the
// window under the finger is ImGui's hovered window) with no button pressed.
struct TouchScroll {
  bool dragging = false;
  float x0 = 0, y0 = 0;       // where the finger went down
  float last_x = 0, last_y = 0;
  double last_t = 0;          // ms (event timestamps)
  float dx = 0, dy = 0;       // movement not yet applied to the window
  float vx = 0, vy = 0;       // px/s, smoothed: the fling after release
  ImGuiID window = 0;         // the window being scrolled
  double fling_t = 0;         // s, time of the last fling step
};
TouchScroll g_touch;

ImGuiWindow* scrollable(ImGuiWindow* w) {
  // A child window without its own scroll range passes the drag to its parent.
  while (w && w->ScrollMax.y <= 0.0f && w->ScrollMax.x <= 0.0f && w->ParentWindow) w = w->ParentWindow;
  return w;
}

}  // namespace

InputQueue& input_queue() { return g_queue; }

void input_apply(ImGuiIO& io, bool take_new) {
  if (take_new) {
    g_last = g_queue.take_frame();
    io.MouseWheel += g_last.wheel_y;
    io.MouseWheelH += g_last.wheel_x;
    for (const auto& k : g_last.keys)
      if (k.first >= 0 && k.first < IM_ARRAYSIZE(io.KeysDown)) io.KeysDown[k.first] = k.second;
    if (!g_last.text.empty()) io.AddInputCharactersUTF8(g_last.text.c_str());
    io.KeyCtrl = g_last.mods & kModCtrl;
    io.KeyShift = g_last.mods & kModShift;
    io.KeyAlt = g_last.mods & kModAlt;
    io.KeySuper = g_last.mods & kModSuper;
  }
  io.MousePos = g_last.mouse_valid ? ImVec2(g_last.mouse_x, g_last.mouse_y) : ImVec2(-FLT_MAX, -FLT_MAX);
  for (int b = 0; b < 3; ++b) io.MouseDown[b] = g_last.mouse_down[b];
  if (g_touch.dragging) io.MousePos = ImVec2(g_touch.x0, g_touch.y0);
}

void input_after_new_frame() {
  ImGuiContext& g = *GImGui;
  if (g_touch.dragging && !g_touch.window && g.HoveredWindow) {
    ImGuiWindow* w = scrollable(g.HoveredWindow);
    g_touch.window = w ? w->ID : 0;
  }
  if (!g_touch.window) return;
  ImGuiWindow* w = ImGui::FindWindowByID(g_touch.window);
  if (!w) { g_touch = TouchScroll{}; return; }
  if (!g_touch.dragging) {  // fling: decelerate and stop
    const double now = now_seconds();
    const float dt = static_cast<float>(std::min(0.05, now - g_touch.fling_t));
    g_touch.fling_t = now;
    g_touch.dx += g_touch.vx * dt;
    g_touch.dy += g_touch.vy * dt;
    const float decay = std::exp(-4.0f * dt);
    g_touch.vx *= decay;
    g_touch.vy *= decay;
    if (std::fabs(g_touch.vx) < 20 && std::fabs(g_touch.vy) < 20) {
      g_touch = TouchScroll{};
      return;
    }
    request_redraw();
  }
  if (g_touch.dy != 0) ImGui::SetScrollY(w, w->Scroll.y - g_touch.dy);
  if (g_touch.dx != 0) ImGui::SetScrollX(w, w->Scroll.x - g_touch.dx);
  g_touch.dx = g_touch.dy = 0;
}

void input_update_cursor() {
  const ImGuiIO& io = ImGui::GetIO();
  gp_js_set_cursor(io.MousePos.x == -FLT_MAX ? 0 : ImGui::GetMouseCursor());
}

bool input_busy() { return !g_queue.empty() || g_touch.window != 0; }

}  // namespace platform

using platform::g_queue;
using platform::g_touch;
using platform::InputEvent;

// type: 0 move, 1 button down, 2 button up, 3 leave. CSS pixels relative to the canvas.
extern "C" EMSCRIPTEN_KEEPALIVE void gp_on_pointer(int type, float x, float y, int button, int mods) {
  switch (type) {
    case 0: g_queue.push(InputEvent::move(x, y)); break;
    case 1: g_queue.push(InputEvent::mouse(button, true, mods)); break;
    case 2: g_queue.push(InputEvent::mouse(button, false, mods)); break;
    default: g_queue.push(InputEvent::leave()); break;
  }
  platform::request_redraw();
}

extern "C" EMSCRIPTEN_KEEPALIVE void gp_on_wheel(float dx, float dy) {
  g_queue.push(InputEvent::wheel(dx, dy));
  platform::request_redraw();
}

extern "C" EMSCRIPTEN_KEEPALIVE void gp_on_key(int key, int down, int mods) {
  g_queue.push(InputEvent::key_event(key, down != 0, mods));
  platform::request_redraw();
}

// A touch that did not move: a click where the finger was, then the pointer leaves (a finger
// does not hover, so nothing should stay highlighted).
extern "C" EMSCRIPTEN_KEEPALIVE void gp_on_tap(float x, float y) {
  g_touch = platform::TouchScroll{};  // a tap stops a fling
  g_queue.push(InputEvent::move(x, y));
  g_queue.push(InputEvent::mouse(0, true));
  g_queue.push(InputEvent::mouse(0, false));
  g_queue.push(InputEvent::leave());
  platform::request_redraw();
}

// phase: 0 start (at the touch's first point), 1 move, 2 end. t: event time in ms.
extern "C" EMSCRIPTEN_KEEPALIVE void gp_on_touch_drag(int phase, float x, float y, double t) {
  auto& s = g_touch;
  if (phase == 0) {
    s = platform::TouchScroll{};
    s.dragging = true;
    s.x0 = s.last_x = x;
    s.y0 = s.last_y = y;
    s.last_t = t;
  } else if (s.dragging) {
    const float mx = x - s.last_x, my = y - s.last_y;
    const double dt = (t - s.last_t) / 1000.0;
    if (phase == 2 && dt > 0.08) s.vx = s.vy = 0;  // the finger rested before lifting: no fling
    s.dx += mx;
    s.dy += my;
    if (dt > 0.001 && dt <= 0.08) {  // smoothed velocity for the fling
      s.vx = 0.7f * static_cast<float>(mx / dt) + 0.3f * s.vx;
      s.vy = 0.7f * static_cast<float>(my / dt) + 0.3f * s.vy;
    }
    s.last_x = x;
    s.last_y = y;
    s.last_t = t;
    if (phase == 2) {
      s.dragging = false;
      s.fling_t = platform::now_seconds();
      g_queue.push(InputEvent::leave());
    }
  }
  platform::request_redraw();
}

// The page lost focus: nothing stays pressed.
extern "C" EMSCRIPTEN_KEEPALIVE void gp_on_window_blur() {
  g_queue.release_all();
  platform::request_redraw();
}
