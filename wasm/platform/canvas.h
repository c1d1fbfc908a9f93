// Canvas sizing: the one place (style.md #5). Called once per frame by the frame loop.
#pragma once

namespace platform {

struct CanvasMetrics {
  float css_w = 0;  // canvas size in CSS pixels: ImGui's coordinate space (io.DisplaySize)
  float css_h = 0;
  float dpr = 1;    // devicePixelRatio: framebuffer pixels per CSS pixel
};

// Measures the canvas (CSS size x devicePixelRatio), resizes its backing store when needed and
// returns true when anything changed since the last call.
bool measure_canvas(CanvasMetrics& out);

}  // namespace platform
