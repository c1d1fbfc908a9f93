// Helpers shared by the widget kit's files (not for screens).
#pragma once
#include <imgui.h>

#include <string_view>

#include "platform/fonts.h"

namespace ui::detail {

// Notes text for the font atlas.
inline void note(std::string_view s, platform::Face f = platform::Face::Body) { platform::note_text(s, f); }

// A colour with the current style alpha applied (dimmed inside BeginDisabled()).
inline ImU32 col(ImU32 c) { return ImGui::GetColorU32(c); }

// Draws `text` wrapped to `width` at the cursor as one ImGui item (so it can be recorded) and
// returns its size. Line height is 1.5x the font size, comfortable for hanzi.
ImVec2 paragraph(std::string_view text, ImU32 colour, float width);

// The column widget widths are measured against: min(column, remaining region).
float avail_width();
float column_left();  // screen x of the current column's left edge

}  // namespace ui::detail
