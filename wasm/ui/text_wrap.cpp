#include "ui/text_wrap.h"

#include "platform/glyph_set.h"

namespace ui {

namespace {

bool no_break_before(char32_t c) {  // closing punctuation: never starts a line
  switch (c) {
    case U'，': case U'。': case U'、': case U'；': case U'：': case U'？': case U'！': case U'）':
    case U'》': case U'」': case U'』': case U'】': case U'”': case U'’': case U'…': case U'·':
    case U'%': case U')': case U']': case U'}': case U',': case U'.': case U';': case U':':
    case U'!': case U'?': case U'〕': case U'〉':
      return true;
    default:
      return false;
  }
}

bool no_break_after(char32_t c) {  // opening punctuation: never ends a line
  switch (c) {
    case U'（': case U'《': case U'「': case U'『': case U'【': case U'“': case U'‘': case U'(':
    case U'[': case U'{': case U'〔': case U'〈':
      return true;
    default:
      return false;
  }
}

struct Cp {
  char32_t c;
  std::size_t begin, end;
};

}  // namespace

bool is_cjk(char32_t c) {
  return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x20000 && c <= 0x3FFFF);
}

std::vector<Line> break_lines(std::string_view text, float width,
                              const std::function<float(char32_t)>& advance) {
  std::vector<Cp> cps;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t b = i;
    const char32_t c = platform::next_code_point(text, i);
    cps.push_back({c, b, i});
  }
  // A break is allowed before cps[k] when:
  auto can_break_before = [&](std::size_t k) {
    if (k == 0 || k >= cps.size()) return false;
    const char32_t a = cps[k - 1].c, b = cps[k].c;
    if (no_break_before(b) || no_break_after(a)) return false;
    if (a == U' ') return b != U' ';
    return is_cjk(a) || is_cjk(b);
  };

  std::vector<Line> lines;
  std::size_t k = 0;
  while (k < cps.size()) {
    const std::size_t start = k;
    float w = 0;
    std::size_t last_break = 0;  // index where the line may end (0: none yet)
    std::size_t end = start;
    bool hard = false;
    for (; end < cps.size(); ++end) {
      if (cps[end].c == U'\n') { hard = true; break; }
      if (end > start && can_break_before(end)) last_break = end;
      const float a = advance(cps[end].c);
      if (w + a > width && end > start && cps[end].c != U' ') {
        if (last_break > start) end = last_break;  // else: cut the over-long word here
        break;
      }
      w += a;
    }
    std::size_t stop = end;
    while (stop > start && cps[stop - 1].c == U' ') --stop;  // trailing spaces hang
    lines.push_back({cps[start].begin, stop > start ? cps[stop - 1].end : cps[start].begin});
    k = end;
    if (hard) ++k;  // consume '\n'
    else while (k < cps.size() && cps[k].c == U' ') ++k;  // spaces at a soft break vanish
    if (hard && k == cps.size()) lines.push_back({text.size(), text.size()});  // text ends with '\n'
  }
  if (lines.empty()) lines.push_back({0, 0});
  return lines;
}

}  // namespace ui
