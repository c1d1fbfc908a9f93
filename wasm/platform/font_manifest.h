// fonts/manifest.json, written by scripts/make-site.sh: the font is served as a small "base"
// subset (ASCII, punctuation, the common GB2312 level-1 hanzi and every character of the string
// table) plus slices of the rest of the face, each covering one code-point interval. A slice is
// fetched only when a code point in its interval is first needed. Pure C++: tested natively.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace platform {

struct FontSlice {
  std::string file;  // relative to the manifest, e.g. "slice-07.ttf"
  char32_t lo = 0;   // first and last code point of the interval (inclusive)
  char32_t hi = 0;
  int glyphs = 0;    // informative
};

struct FontManifest {
  std::string base;               // e.g. "base.ttf"
  std::vector<FontSlice> slices;  // ascending, non-overlapping intervals

  // Index of the slice whose interval holds `cp`, or -1 (the face has no such glyph).
  int find(char32_t cp) const;
};

// nullopt when `json` is not a manifest.
std::optional<FontManifest> parse_font_manifest(std::string_view json);

}  // namespace platform
