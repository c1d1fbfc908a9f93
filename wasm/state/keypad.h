// The kiosk's on-screen keypad (issue 4): phone numbers, resident ID numbers and application
// numbers are typed on large keys instead of a keyboard. Pure: which keys a mode offers and what
// a key press does to the value.
#pragma once
#include <string>
#include <vector>

namespace state {

enum class KeypadMode {
  Phone,      // 11 digits (a mainland mobile number)
  IdNumber,   // 18 characters: 17 digits and a digit or X
  AppNumber,  // "ZX-20261130-0001": only the 12 digits are typed, the rest is filled in
};

// Key codes: '0'..'9', 'X' (ID numbers), '<' (delete one), 'C' (clear).
std::vector<char> keypad_keys(KeypadMode mode);

// Applies one key press to `value`; returns true when the value changed.
bool keypad_press(std::string& value, KeypadMode mode, char key);

// An application number from its digits: "202611300001" -> "ZX-20261130-0001" (partial input
// gives a partial number: "2026" -> "ZX-2026").
std::string format_app_number(const std::string& digits);

// Which field of a kiosk form the keypad types into.
struct KeypadTarget {
  int field = 0;
};

}  // namespace state
