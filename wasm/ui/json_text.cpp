#include "ui/json_text.h"

#include <cmath>
#include <cstdio>

namespace ui {

std::string num_text(double v, int max_decimals) {
  char b[48];
  std::snprintf(b, sizeof b, "%.*f", max_decimals, v);
  std::string s = b;
  if (s.find('.') != std::string::npos) {
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
  }
  return s == "-0" ? "0" : s;
}

}  // namespace ui
