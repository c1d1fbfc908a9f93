#include "state/keypad.h"

namespace state {
namespace {

std::string digits_of(const std::string& v) {
  std::string d;
  for (char c : v)
    if (c >= '0' && c <= '9') d += c;
  return d;
}

}  // namespace

std::vector<char> keypad_keys(KeypadMode mode) {
  std::vector<char> k = {'1', '2', '3', '4', '5', '6', '7', '8', '9'};
  k.push_back(mode == KeypadMode::IdNumber ? 'X' : 'C');
  k.push_back('0');
  k.push_back('<');
  if (mode == KeypadMode::IdNumber) k.push_back('C');
  return k;
}

std::string format_app_number(const std::string& digits) {
  if (digits.empty()) return "";
  std::string out = "ZX-" + digits.substr(0, 8);
  if (digits.size() > 8) out += "-" + digits.substr(8);
  return out;
}

bool keypad_press(std::string& value, KeypadMode mode, char key) {
  const std::string before = value;
  if (key == 'C') {
    value.clear();
    return value != before;
  }
  if (mode == KeypadMode::AppNumber) {
    std::string d = digits_of(value);
    if (key == '<') {
      if (!d.empty()) d.pop_back();
    } else if (key >= '0' && key <= '9' && d.size() < 12) {
      d += key;
    }
    value = format_app_number(d);
    return value != before;
  }
  const std::size_t max = mode == KeypadMode::Phone ? 11 : 18;
  if (key == '<') {
    if (!value.empty()) value.pop_back();
  } else if (key >= '0' && key <= '9') {
    // An ID number's last place may be X; nothing follows it.
    if (value.size() < max && !(mode == KeypadMode::IdNumber && !value.empty() && value.back() == 'X')) value += key;
  } else if (key == 'X' && mode == KeypadMode::IdNumber) {
    if (value.size() == 17) value += 'X';
  }
  return value != before;
}

}  // namespace state
