// The kiosk's on-screen keypad (issue 4): large keys for phone, ID and application numbers, and a
// field that shows what was typed and, tapped, takes the keypad (no system keyboard needed).
#pragma once
#include <string>
#include <string_view>

#include "state/keypad.h"

namespace ui {

// A 3-column grid of keys (ids "<id>.0".."<id>.9", "<id>.x", "<id>.back", "<id>.clear").
// Returns the key pressed ('0'..'9', 'X', '<', 'C') or 0.
char keypad(const char* id, state::KeypadMode mode);

// A read-only field for keypad entry: label above, value in a box (accent ring when `active`),
// error under it. Recorded as kind "input" with its value. Returns true when tapped.
bool keypad_field(const char* id, std::string_view label, const std::string& value, bool active,
                  std::string_view hint = {}, std::string_view error = {});

}  // namespace ui
