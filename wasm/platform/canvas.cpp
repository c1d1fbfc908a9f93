#include "platform/canvas.h"

extern "C" int gp_js_canvas_measure(double* out);

namespace platform {

bool measure_canvas(CanvasMetrics& out) {
  double m[3] = {0, 0, 1};
  const bool changed = gp_js_canvas_measure(m) != 0;
  out.css_w = static_cast<float>(m[0]);
  out.css_h = static_cast<float>(m[1]);
  out.dpr = m[2] > 0 ? static_cast<float>(m[2]) : 1.0f;
  return changed;
}

}  // namespace platform
