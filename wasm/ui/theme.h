// The look: clean and light, State Grid teal accent, 16 CSS px body text (20 in kiosk mode, with
// larger touch targets).
#pragma once
#include <imgui.h>

namespace ui {

enum class Density { Standard, Kiosk };

struct Palette {
  ImU32 accent, accent_hover, accent_active, accent_soft;  // #00706B and friends
  ImU32 text, muted, error, success, border, page_bg, card_bg, field_bg, disabled;
};

// Sets ImGui's style, colours and the font sizes for `density`. Call once at start (and again
// to switch density).
void apply_theme(Density density);
Density density();
const Palette& palette();

// Minimum height of anything one taps (44 CSS px, 56 in kiosk mode).
float touch_height();

}  // namespace ui
