// Fonts: WenQuanYi Micro Hei, served beside the app (never inside the wasm) as a base subset plus
// lazily fetched slices (font_manifest.h), rasterized into ImGui's atlas glyph by glyph as text
// needs them.
//
// How every character gets drawn:
//  1. The widget kit passes every string it draws or edits to note_text(); new code points join
//     the face's GlyphSet and mark the atlas dirty.
//  2. A frame that noted new code points is not presented: the frame loop rebuilds the atlas
//     (between frames, never inside NewFrame/Render) and draws the frame again at once.
//  3. Code points the loaded faces lack are looked up in the manifest; their slice is fetched,
//     and when it arrives the atlas is rebuilt and a redraw requested. Until then, and for code
//     points the font does not have at all (e.g. CJK Extension B), ImGui draws U+FFFD. Text is
//     never altered: ImWchar is 32-bit (IMGUI_USE_WCHAR32), so input keeps every character.
//  4. Glyphs are rasterized at size x devicePixelRatio and drawn with io.FontGlobalScale = 1/dpr,
//     so text is sharp on HiDPI screens; a new dpr means a rebuild.
#pragma once
#include <string_view>
#include <vector>

struct ImFont;

namespace platform {

enum class Face { Body = 0, Heading = 1 };
constexpr int kFaceCount = 2;

// --- for the widget kit ---------------------------------------------------------------------
void note_text(std::string_view utf8, Face face = Face::Body);
ImFont* font(Face face);
// Sizes in CSS pixels (e.g. 16 and 22; larger in kiosk mode). Changing them rebuilds the atlas.
void set_font_sizes(float body_css_px, float heading_css_px);
float font_size(Face face);

// --- for the frame loop ---------------------------------------------------------------------
// Starts fetching `dir`base.ttf and `dir`manifest.json.
void fonts_start(const char* dir);
bool fonts_loaded();  // the base face arrived (frames can be drawn)
bool fonts_dirty();   // the atlas must be rebuilt before the next frame
// Rebuilds the atlas for `dpr` and returns the scale ImGui must draw it at (1 / raster scale).
float fonts_rebuild(float dpr);
bool fonts_failed();  // the base face could not be loaded

struct FontStats {
  int glyphs = 0;  // code points noted, all faces
  int atlas_w = 0, atlas_h = 0;
  int builds = 0;
  double last_build_ms = 0;
  int slices_loaded = 0;
  int slices_total = 0;
  int pending = 0;              // code points waiting for a font slice
  std::vector<char32_t> absent; // code points the font lacks (drawn as U+FFFD)
};
FontStats font_stats();

}  // namespace platform
