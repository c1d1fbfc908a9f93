// The widget kit: thin wrappers around Dear ImGui for every screen of the browser app.
//
// Every widget takes a stable id (used for ImGui's id stack and for window.getpower.snapshot(),
// e.g. "info.tab.documents") and UTF-8 text, notes the text's code points for the font atlas,
// records itself for the snapshot, and returns what the user did. Screens are a state struct plus
// a draw function returning intents (style.md #4): widgets never perform I/O.
//
// Sizes are CSS pixels. Labels are drawn as given (no "##" parsing).
#pragma once
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "platform/text_input.h"
#include "ui/theme.h"

namespace ui {

// The message for field `key` in a screen's field-error map ("" when none), shown beside the field.
inline std::string_view field_error(const std::map<std::string, std::string>& errors, const std::string& key) {
  auto it = errors.find(key);
  return it == errors.end() ? std::string_view() : std::string_view(it->second);
}

// --- frame and page -------------------------------------------------------------------------
// First call of every frame: clears the snapshot record.
void begin_frame();
// A full-window, vertically scrolling page; content is a centred column at most `max_width` wide
// (the full width on phones). Every other widget goes between page_begin and page_end.
void page_begin(const char* id, float max_width = 880.0f);
void page_end();
// Width available to widgets in the current column (CSS px).
float content_width();
// True on narrow screens (phones): screens may stack what sits side by side on a desktop.
bool is_narrow();

// --- text -----------------------------------------------------------------------------------
enum class Tone { Normal, Muted, Accent, Error, Success };

// A heading in the heading face (level 1) or a bold-coloured body-size subheading (level 2).
// Recorded as kind "text".
void heading(const char* id, std::string_view text, int level = 1);
// A wrapped paragraph (Chinese-aware line breaking). Not recorded.
void text(std::string_view text, Tone tone = Tone::Normal);
// The same, recorded under `id` as kind "text" (for content tests to assert on).
void text(const char* id, std::string_view text, Tone tone = Tone::Normal);
// "label: value" on one line when it fits (value wraps), e.g. in summaries.
void field_row(const char* id, std::string_view label, std::string_view value);

// --- actions --------------------------------------------------------------------------------
enum class ButtonStyle { Primary, Secondary, Danger };
struct ButtonOpts {
  ButtonStyle style = ButtonStyle::Secondary;
  bool enabled = true;
  bool full_width = false;  // otherwise as wide as the label
};
// True on the frame it was clicked (or tapped).
bool button(const char* id, std::string_view label, const ButtonOpts& opts = {});
// A text-style button (accent colour, underlined on hover). Kind "link".
bool link(const char* id, std::string_view label, bool enabled = true);

// --- tabs -----------------------------------------------------------------------------------
struct Tab {
  const char* id;  // snapshot id of this tab, e.g. "info.tab.documents"
  std::string_view label;
};
// A row of tabs that wraps onto more rows on narrow screens. Returns the index the user clicked,
// or `current` when none was.
int tabs(const char* id, const std::vector<Tab>& items, int current);

// --- form fields ----------------------------------------------------------------------------
struct InputOpts {
  std::string_view hint;   // placeholder shown while empty
  std::string_view error;  // drawn in red under the field when non-empty
  platform::TextKind kind = platform::TextKind::Text;  // chooses the phone keyboard
  int max_bytes = 256;     // capacity of the edit buffer (UTF-8 bytes)
  bool enabled = true;
};
// Label above, single-line field below (full column width), optional error under it.
// Edits `value` in place; returns true on frames where it changed.
bool input_text(const char* id, std::string_view label, std::string& value, const InputOpts& opts = {});

// Returns true when toggled (value already updated).
bool checkbox(const char* id, std::string_view label, bool& value, bool enabled = true);
// One radio button; returns true when clicked. Kind "radio".
bool radio(const char* id, std::string_view label, bool selected, bool enabled = true);
// A vertical group of radios with ids "<id>.<index>"; returns the index clicked or `current`.
int radio_group(const char* id, const std::vector<std::string_view>& options, int current,
                bool enabled = true);
// A drop-down select; options are recorded as kind "option" with ids "<id>.<index>" while open.
// Returns true when `current` changed.
bool combo(const char* id, std::string_view label, int& current, const std::vector<std::string_view>& options,
           bool enabled = true);

// --- layout ---------------------------------------------------------------------------------
void spacing(float css_px = 8.0f);
void separator();
// Places the next widget on the same line (if it fits; see fits_on_line()).
void same_line(float spacing = -1.0f);
// Whether a widget `width` wide still fits on the current line after same_line().
bool fits_on_line(float width);
// A white, bordered, padded panel around everything until card_end(). Nests.
void card_begin(const char* id);
void card_end();

// --- tables ---------------------------------------------------------------------------------
// A read-only table with a header row; cells wrap. Use table_row() for text rows, or
// table_next_cell() + any widgets for custom cells. Returns false when not visible (then skip
// the rows and do not call table_end()).
bool table_begin(const char* id, std::initializer_list<std::string_view> headers);
void table_row(std::initializer_list<std::string_view> cells);
void table_next_cell();
void table_end();

// Width of `text` in the body face at the current size (CSS px).
float text_width(std::string_view text);

}  // namespace ui
