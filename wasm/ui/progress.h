// A horizontal progress bar (uploads): recorded as kind "progress" with value "0".."100".
#pragma once
#include <string_view>

namespace ui {

void progress_bar(const char* id, float fraction, std::string_view label);

}  // namespace ui
