// The browser frame loop: WebGL2 context through Emscripten's GLFW, ImGui with its GLFW and
// OpenGL3 backends, and the per-frame platform steps main.cpp strings together:
//
//   pump();  if (!frame_due()) return;
//   do { begin_frame(); app.frame(); } while (!end_frame());
#pragma once
#include "platform/redraw_scheduler.h"

namespace platform {

struct Display {
  float width = 0, height = 0;  // CSS pixels (io.DisplaySize)
  float dpr = 1;                // devicePixelRatio
};

// Creates the WebGL2 context and ImGui, attaches the input bridges and starts loading fonts
// from `font_dir`. False when WebGL2 is unavailable (boot.js shows the message).
bool init(const char* font_dir);

// Runs `iterate` on every animation frame (requestAnimationFrame); never returns to the caller's
// caller in the browser sense: main() returns and the loop lives on.
void run_main_loop(void (*iterate)());

// Network replies: their callbacks run here, before any drawing.
void pump();
// Something to draw: input, resize, reply, font change, a requested redraw.
bool frame_due();
// Canvas size, atlas rebuild if needed, input, ImGui::NewFrame.
void begin_frame();
// ImGui::Render and present. Returns false when the frame drew text whose glyphs the atlas lacks:
// the frame is not shown; call begin_frame() and draw again (the atlas is rebuilt first).
bool end_frame();

Display display();
int frames_presented();
RedrawScheduler& scheduler();

}  // namespace platform
