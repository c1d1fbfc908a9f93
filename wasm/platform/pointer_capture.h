// Areas where a press draws instead of clicking, and a finger drag draws instead of scrolling the
// page: the signature pad (rule P1: the contract signed by drawing). Elsewhere a touch drag
// scrolls (input.h). Every pointer position is delivered — not one per frame — so a quick stroke
// keeps its shape. Hit tests use the areas of the last presented frame, as text fields do.
#pragma once
#include <vector>

#include "platform/text_input.h"  // Rect

namespace platform {

// Call each frame the area is shown (CSS pixels, screen coordinates).
void note_capture_area(const Rect& r);

struct CapturePoint {
  float x = 0, y = 0;  // CSS pixels, screen coordinates
  int phase = 0;       // 0 pressed, 1 moved, 2 released
};
// Points captured since the last call.
std::vector<CapturePoint> take_capture_points();

}  // namespace platform
