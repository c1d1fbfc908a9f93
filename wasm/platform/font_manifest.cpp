#include "platform/font_manifest.h"

#include <algorithm>
#include <cstdint>
#include <nlohmann/json.hpp>

namespace platform {

int FontManifest::find(char32_t cp) const {
  auto it = std::upper_bound(slices.begin(), slices.end(), cp,
                             [](char32_t v, const FontSlice& s) { return v < s.lo; });
  if (it == slices.begin()) return -1;
  --it;
  return cp <= it->hi ? static_cast<int>(it - slices.begin()) : -1;
}

std::optional<FontManifest> parse_font_manifest(std::string_view json) {
  // No exceptions on the browser's data path (style.md #7): parse without throwing, check shapes.
  const auto j = nlohmann::json::parse(json, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return std::nullopt;
  const auto base = j.find("base");
  if (base == j.end() || !base->is_string()) return std::nullopt;
  FontManifest m;
  m.base = base->get<std::string>();
  if (const auto s = j.find("slices"); s != j.end()) {
    if (!s->is_array()) return std::nullopt;
    for (const auto& e : *s) {
      if (!e.is_object()) return std::nullopt;
      const auto file = e.find("file"), lo = e.find("lo"), hi = e.find("hi");
      if (file == e.end() || lo == e.end() || hi == e.end() || !file->is_string() ||
          !lo->is_number_unsigned() || !hi->is_number_unsigned())
        return std::nullopt;
      FontSlice sl;
      sl.file = file->get<std::string>();
      sl.lo = static_cast<char32_t>(lo->get<std::uint32_t>());
      sl.hi = static_cast<char32_t>(hi->get<std::uint32_t>());
      if (const auto g = e.find("glyphs"); g != e.end() && g->is_number_integer()) sl.glyphs = g->get<int>();
      if (sl.hi < sl.lo) return std::nullopt;
      m.slices.push_back(std::move(sl));
    }
  }
  std::sort(m.slices.begin(), m.slices.end(),
            [](const FontSlice& a, const FontSlice& b) { return a.lo < b.lo; });
  for (std::size_t i = 1; i < m.slices.size(); ++i)
    if (m.slices[i].lo <= m.slices[i - 1].hi) return std::nullopt;  // overlapping intervals
  return m;
}

}  // namespace platform
