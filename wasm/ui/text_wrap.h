// Line breaking for Chinese-first text. ImGui 1.86 wraps only at spaces, so a run of hanzi
// either jumps whole to the next line or is cut mid-punctuation; here any two CJK characters
// may be split, Latin words stay whole (unless longer than a line), and the usual kinsoku rules
// hold: no line starts with closing punctuation (，。、）》” ...) or ends with opening punctuation
// (（《“ ...). Pure C++: tested natively.
#pragma once
#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

namespace ui {

struct Line {
  std::size_t begin = 0;  // byte offsets into the text; trailing spaces excluded
  std::size_t end = 0;
};

// Splits `text` into lines no wider than `width` (except a single glyph wider than `width`).
// `advance` gives the width of one code point. '\n' forces a break.
std::vector<Line> break_lines(std::string_view text, float width,
                              const std::function<float(char32_t)>& advance);

bool is_cjk(char32_t cp);

}  // namespace ui
