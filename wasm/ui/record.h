// What the widget kit drew in the current frame, for window.getpower.snapshot() (browser tests,
// diagnostics). Coordinates are CSS pixels relative to the canvas, i.e. the page.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ui {

struct Item {
  std::string id;     // stable id given by the screen, e.g. "info.tab.documents"
  std::string label;  // the text shown
  std::string kind;   // button, link, tab, input, checkbox, radio, combo, option, text, heading
  float x = 0, y = 0, w = 0, h = 0;
  bool enabled = true;
  bool visible = true;  // centre inside the window's visible area (clickable without scrolling)
  std::optional<std::string> value;  // input: its text; combo: the selected option
  std::optional<bool> checked;       // checkbox, radio, tab (selected)
  std::optional<std::string> error;  // input: the validation message shown
};

// Clears the record; the widget kit calls it from ui::begin_frame().
void record_clear();
// Records the last ImGui item (its rect and visibility) under `id`.
Item& record_last_item(std::string_view id, std::string_view label, const char* kind, bool enabled);
// Records an explicit rect (screen coordinates) in the current window.
Item& record_rect(std::string_view id, std::string_view label, const char* kind, bool enabled, float x0, float y0,
                  float x1, float y1);
const std::vector<Item>& recorded_items();
// JSON array of the recorded items.
std::string record_json();

}  // namespace ui
