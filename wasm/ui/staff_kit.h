// Kit pieces the staff's screens add (issue 5): clickable list rows drawn by the screen, urgency
// badges, a virtualized list (only the rows in view are drawn, the rest is empty space of the
// right height), a horizontal bar chart drawn with ImDrawList, and a document image thumbnail /
// viewer. Sizes in CSS px; every piece notes its text for the font atlas and records itself for
// the snapshot like the rest of the kit.
#pragma once
#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

#include "state/staff_common.h"
#include "ui/widgets.h"

namespace ui {

// --- colours of urgency (rule M1: overdue in red) ---------------------------------------------
ImU32 urgency_colour(state::Urgency u);
ImU32 urgency_fill(state::Urgency u);  // a light tint for badges and row marks
ImU32 level_colour(std::string_view level);  // "overdue" red, "warning" amber, else the accent

// A small rounded label on the current line (recorded as kind "badge" under `id`).
void badge(const char* id, std::string_view text, ImU32 fg, ImU32 bg);
void urgency_badge(const char* id, state::Urgency u);

// --- multi-line text (imports, pasted JSON) ------------------------------------------------
// A text area `height` px tall (label above, error under it); pasting keeps line breaks.
// Returns true on frames where the text changed.
bool text_area(const char* id, std::string_view label, std::string& value, float height, std::string_view error = {},
               std::string_view hint = {});

// --- side by side ----------------------------------------------------------------------------
// Cells for short fields (filters) side by side: `columns` per row on desktops, at most two on
// phones. grid_next() before each cell's widgets.
void grid_begin(const char* id, int columns);
void grid_next();
void grid_end();

// --- rows drawn by the screen -------------------------------------------------------------
struct RowHit {
  bool clicked = false, hovered = false;
  ImVec2 min, max;  // screen rect
};
// A full-width clickable row `height` tall at the cursor, with hover and selection tint; the
// screen draws its content into [min, max] (row_text). Recorded as kind "row" with `label`.
RowHit row_button(const char* id, std::string_view label, float height, bool selected = false);
// Single-line text at `pos`, cut with "…" to `max_w`. Returns the width drawn.
float row_text(ImVec2 pos, float max_w, std::string_view text, ImU32 colour);
// Line height of the body font (for laying out rows).
float line_height();

// --- virtualized list -----------------------------------------------------------------------
// A list of `count` rows of `row_h` at the cursor inside the page's scrolling window: returns the
// rows to draw ([first, last)); draw exactly those with row_button(..., row_h), then call
// virtual_list_end(). With `to_top`, the page scrolls back to the list's first row.
state::RowWindow virtual_list_begin(const char* id, long long count, float row_h, bool to_top = false);
void virtual_list_end(const state::RowWindow& w);

// --- charts ---------------------------------------------------------------------------------
struct Series {
  std::string label;
  ImU32 colour;
};
// Horizontal grouped bars: one group per label, one bar per series, values written at the bar's
// end, an axis with "nice" ticks (state::nice_axis) and `unit` on it, a legend above. Wraps the
// label above its bars on narrow screens. Recorded as "<id>" (kind "chart", label = the legend)
// and "<id>.<g>.<s>" (kind "bar", label = the value).
void bar_chart(const char* id, const std::vector<state::BarGroup>& groups, const std::vector<Series>& series,
               std::string_view unit, int decimals = 1);

// --- document images --------------------------------------------------------------------------
// The texture of a decoded document image (platform/media.h), kept by the caller.
struct Picture {
  unsigned texture = 0;
  int width = 0, height = 0;
  bool failed = false;
  bool requested = false;
};
// A clickable thumbnail at most `box` px on its longer side (a placeholder while loading).
bool thumbnail(const char* id, const Picture& p, float box, std::string_view alt);
// The picture scaled to the column width (at most its own size). Returns true when clicked.
bool picture(const char* id, const Picture& p, std::string_view alt);

}  // namespace ui
