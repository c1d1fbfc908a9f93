#include "platform/glyph_set.h"

namespace platform {

namespace {
constexpr char32_t kReplacement = 0xFFFD;
constexpr char32_t kMaxCodePoint = 0x10FFFF;
}  // namespace

char32_t next_code_point(std::string_view s, std::size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i++]);
  if (b0 < 0x80) return b0;
  int extra = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if ((b0 & 0xE0) == 0xC0) { extra = 1; cp = b0 & 0x1F; min = 0x80; }
  else if ((b0 & 0xF0) == 0xE0) { extra = 2; cp = b0 & 0x0F; min = 0x800; }
  else if ((b0 & 0xF8) == 0xF0) { extra = 3; cp = b0 & 0x07; min = 0x10000; }
  else return kReplacement;
  for (int k = 0; k < extra; ++k) {
    if (i >= s.size()) return kReplacement;
    const auto b = static_cast<unsigned char>(s[i]);
    if ((b & 0xC0) != 0x80) return kReplacement;  // do not consume: it starts the next character
    cp = (cp << 6) | (b & 0x3F);
    ++i;
  }
  if (cp < min || cp > kMaxCodePoint || (cp >= 0xD800 && cp <= 0xDFFF)) return kReplacement;
  return cp;
}

bool GlyphSet::contains(char32_t cp) const {
  const std::size_t w = cp >> 6;
  return w < bits_.size() && (bits_[w] >> (cp & 63) & 1u);
}

bool GlyphSet::add(char32_t cp) {
  if (cp == 0 || cp > kMaxCodePoint) return false;
  const std::size_t w = cp >> 6;
  if (w >= bits_.size()) bits_.resize(w + 1, 0);
  const std::uint64_t m = std::uint64_t{1} << (cp & 63);
  if (bits_[w] & m) return false;
  bits_[w] |= m;
  ++count_;
  new_.push_back(cp);
  return true;
}

int GlyphSet::add_utf8(std::string_view utf8) {
  int added = 0;
  std::size_t i = 0;
  while (i < utf8.size()) {
    const auto b = static_cast<unsigned char>(utf8[i]);
    if (b < 0x80) {  // fast path: most UI text is ASCII
      ++i;
      if (b >= 0x20 && contains(b)) continue;
      if (b < 0x20) continue;  // control characters are never drawn
      added += add(b) ? 1 : 0;
      continue;
    }
    added += add(next_code_point(utf8, i)) ? 1 : 0;
  }
  return added;
}

std::vector<char32_t> GlyphSet::take_new() {
  std::vector<char32_t> out;
  out.swap(new_);
  return out;
}

std::vector<char32_t> GlyphSet::ranges() const {
  std::vector<char32_t> out;
  bool open = false;
  char32_t lo = 0;
  const char32_t end = static_cast<char32_t>(bits_.size() * 64);
  for (char32_t cp = 0; cp < end; ++cp) {
    if (!open && (cp & 63) == 0 && bits_[cp >> 6] == 0) { cp += 63; continue; }  // skip empty words
    const bool in = contains(cp);
    if (in && !open) { lo = cp; open = true; }
    if (!in && open) { out.push_back(lo); out.push_back(cp - 1); open = false; }
  }
  if (open) { out.push_back(lo); out.push_back(end - 1); }
  out.push_back(0);
  return out;
}

}  // namespace platform
