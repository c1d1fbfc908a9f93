#include "platform/frame_loop.h"

#define GLFW_INCLUDE_ES3
#include <GLFW/glfw3.h>
#include <emscripten/emscripten.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "platform/canvas.h"
#include "platform/fetch.h"
#include "platform/files.h"
#include "platform/fonts.h"
#include "platform/input.h"
#include "platform/redraw.h"
#include "platform/text_input.h"

extern "C" int gp_js_init();
extern "C" void gp_js_status(const char* code, const char* detail);
extern "C" void gp_js_frame_presented(int frames, int ready, double frame_ms);

namespace platform {

namespace {

GLFWwindow* g_window = nullptr;
RedrawScheduler g_scheduler;
CanvasMetrics g_canvas;
float g_built_dpr = 0;     // the dpr the atlas was rasterized for
float g_font_scale = 1;    // io.FontGlobalScale that goes with it
int g_pass = 0;            // 0, or how many times this frame was redrawn after an atlas rebuild
int g_frames = 0;
double g_frame_start = 0;
constexpr int kMaxRedraws = 2;

}  // namespace

RedrawScheduler& scheduler() { return g_scheduler; }
Display display() { return {g_canvas.css_w, g_canvas.css_h, g_canvas.dpr}; }
int frames_presented() { return g_frames; }

bool init(const char* font_dir) {
  if (!glfwInit()) return false;
  // An opaque canvas without depth, stencil or MSAA: ImGui needs none of them.
  glfwWindowHint(GLFW_ALPHA_BITS, 0);
  glfwWindowHint(GLFW_DEPTH_BITS, 0);
  glfwWindowHint(GLFW_STENCIL_BITS, 0);
  glfwWindowHint(GLFW_SAMPLES, 0);
  g_window = glfwCreateWindow(1, 1, "GetPower", nullptr, nullptr);
  if (!g_window) {
    gp_js_status("error", "webgl");
    return false;
  }
  glfwMakeContextCurrent(g_window);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // no file system in the browser; layout is code
  io.LogFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;  // we set the CSS cursor ourselves
  io.ConfigInputTextCursorBlink = false;  // a blinking caret would need frames while idle
  io.ConfigWindowsMoveFromTitleBarOnly = true;
  // install_callbacks=false: input comes from library_getpower.js, not Emscripten's GLFW.
  ImGui_ImplGlfw_InitForOpenGL(g_window, false);
  ImGui_ImplOpenGL3_Init("#version 300 es");  // WebGL2
  io.ConfigMacOSXBehaviors = gp_js_init() != 0;  // Cmd-based shortcuts on Apple devices

  fonts_start(font_dir);
  g_scheduler.request();
  return true;
}

void run_main_loop(void (*iterate)()) {
  emscripten_set_main_loop(iterate, 0, false);  // 0: requestAnimationFrame
}

void pump() {
  pump_fetches();
  pump_files();  // file picks and uploads (files.h)
}

bool frame_due() {
  if (!fonts_loaded()) return false;  // the loading screen stays until the base font is here
  if (g_scheduler.due(now_seconds()) || fonts_dirty()) return true;
  // Resize, zoom and screen changes arrive as events, but not every devicePixelRatio change does
  // (e.g. emulation); a cheap check twice a second while idle catches the rest.
  static int idle_ticks = 0;
  if (++idle_ticks % 30 == 0) {
    CanvasMetrics m;
    measure_canvas(m);
    if (m.css_w != g_canvas.css_w || m.css_h != g_canvas.css_h || m.dpr != g_canvas.dpr) return true;
  }
  return false;
}

void begin_frame() {
  if (g_pass == 0) g_frame_start = now_seconds();
  ImGuiIO& io = ImGui::GetIO();
  measure_canvas(g_canvas);
  // The atlas changes only here, between frames.
  if (fonts_dirty() || g_canvas.dpr != g_built_dpr) {
    g_font_scale = fonts_rebuild(g_canvas.dpr);
    g_built_dpr = g_canvas.dpr;
  }

  ImGui_ImplOpenGL3_NewFrame();
  // The atlas pixels now live in the GL texture; free the CPU copies (tens of MB at dpr 3).
  if (io.Fonts->TexPixelsAlpha8 || io.Fonts->TexPixelsRGBA32) io.Fonts->ClearTexData();
  ImGui_ImplGlfw_NewFrame();
  // Emscripten 3.1.6's GLFW ignores devicePixelRatio: replace what the backend computed.
  io.DisplaySize = ImVec2(g_canvas.css_w, g_canvas.css_h);
  io.DisplayFramebufferScale = ImVec2(g_canvas.dpr, g_canvas.dpr);
  io.FontGlobalScale = g_font_scale;
  io.DeltaTime = std::max(io.DeltaTime, 1e-4f);  // a redraw in the same millisecond
  input_apply(io, g_pass == 0);

  ImGui::NewFrame();
  input_after_new_frame();
  text_input_begin_frame();
}

bool end_frame() {
  text_input_draw_overlay();
  ImGui::Render();
  if (fonts_dirty() && g_pass < kMaxRedraws) {
    ++g_pass;  // new text appeared: rebuild the atlas and draw this frame again, unshown
    return false;
  }
  g_pass = 0;

  ImGuiIO& io = ImGui::GetIO();
  const int fb_w = static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x + 0.5f);
  const int fb_h = static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y + 0.5f);
  glViewport(0, 0, fb_w, fb_h);
  const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glClearColor(bg.x, bg.y, bg.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

  text_input_sync();
  input_update_cursor();
  const double now = now_seconds();
  g_scheduler.rendered(now);
  if (input_busy()) g_scheduler.request();
  ++g_frames;
  gp_js_frame_presented(g_frames, 1, (now - g_frame_start) * 1000.0);
  return true;
}

}  // namespace platform

// Figures for window.getpower.stats(): atlas size and builds, font slices, frames.
extern "C" EMSCRIPTEN_KEEPALIVE const char* gp_stats() {
  static std::string out;
  const platform::FontStats f = platform::font_stats();
  char buf[512];
  std::snprintf(buf, sizeof(buf),
                "{\"frames\":%d,\"glyphs\":%d,\"atlasW\":%d,\"atlasH\":%d,\"atlasBuilds\":%d,"
                "\"lastAtlasBuildMs\":%.2f,\"slicesLoaded\":%d,\"slicesTotal\":%d,\"pendingGlyphs\":%d,"
                "\"fetchesInFlight\":%d,\"dpr\":%.3f,\"width\":%.1f,\"height\":%.1f,\"absentGlyphs\":[",
                platform::g_frames, f.glyphs, f.atlas_w, f.atlas_h, f.builds, f.last_build_ms, f.slices_loaded,
                f.slices_total, f.pending, platform::fetches_in_flight(), platform::g_canvas.dpr,
                platform::g_canvas.css_w, platform::g_canvas.css_h);
  out = buf;
  for (std::size_t i = 0; i < f.absent.size(); ++i) {
    if (i) out += ',';
    out += std::to_string(static_cast<unsigned>(f.absent[i]));
  }
  out += "]}";
  return out.c_str();
}
