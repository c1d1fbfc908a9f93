// The set of Unicode code points the app has needed so far. Every string drawn passes through
// the widget kit, which notes it here; the font atlas is rebuilt from this set (fonts.cpp), so
// only glyphs actually shown are rasterized. Pure C++: tested natively.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

namespace platform {

class GlyphSet {
 public:
  // Adds every code point of `utf8` (malformed bytes count as U+FFFD). Returns how many were new.
  int add_utf8(std::string_view utf8);
  // Adds one code point; true when it was new.
  bool add(char32_t cp);
  bool contains(char32_t cp) const;
  std::size_t size() const { return count_; }

  // Code points added since the last call, in the order they were first seen.
  std::vector<char32_t> take_new();

  // Closed intervals [lo, hi] of the whole set, ascending, flattened as lo0, hi0, lo1, hi1, ...
  // followed by a terminating 0: the shape of ImFontConfig::GlyphRanges.
  std::vector<char32_t> ranges() const;

 private:
  std::vector<std::uint64_t> bits_;  // bitmap indexed by code point, grown on demand
  std::vector<char32_t> new_;
  std::size_t count_ = 0;
};

// Decodes the next code point of `s` starting at `i` and advances `i`; U+FFFD for malformed input.
char32_t next_code_point(std::string_view s, std::size_t& i);

}  // namespace platform
