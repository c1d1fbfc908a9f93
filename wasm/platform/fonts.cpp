#include "platform/fonts.h"

#include <GLES3/gl3.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cstdio>
#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "platform/fetch.h"
#include "platform/font_manifest.h"
#include "platform/glyph_set.h"
#include "platform/redraw.h"

extern "C" void gp_js_status(const char* code, const char* detail);

namespace platform {

namespace {

enum class SliceState { Idle, Loading, Loaded, Failed };

std::string g_dir;
struct FaceData {
  std::string bytes;  // the TTF file
  int slice;          // index in the manifest, -1 for the base
};
std::deque<FaceData> g_faces;  // base first, then slices as they arrive (deque: stable addresses)
bool g_base_loaded = false;
bool g_failed = false;
std::optional<FontManifest> g_manifest;
bool g_manifest_failed = false;
std::vector<SliceState> g_slices;

GlyphSet g_needed[kFaceCount];
std::vector<char32_t> g_unresolved[kFaceCount];  // noted, waiting for the manifest or a slice
std::vector<char32_t> g_absent;                   // noted, in no face of the font (drawn as U+FFFD)
std::vector<ImWchar> g_ranges[kFaceCount];       // must outlive the atlas build
ImFont* g_font[kFaceCount] = {nullptr, nullptr};
float g_size[kFaceCount] = {16.0f, 22.0f};

bool g_dirty = false;
FontStats g_stats;

// Characters ImGui itself draws (fallback U+FFFD, ellipsis) and common punctuation, so they are
// in the first atlas.
constexpr char kSeed[] = "\xEF\xBF\xBD\xE2\x80\xA6\xC2\xB7，。、：；！？（）【】《》“”‘’—";

void seed(GlyphSet& s) {
  for (char32_t c = 0x20; c < 0x7F; ++c) s.add(c);
  s.add_utf8(kSeed);
}

void load_slice(int index) {
  g_slices[index] = SliceState::Loading;
  HttpRequest req;
  req.url = g_dir + g_manifest->slices[index].file;
  req.timeout_ms = 60000;
  fetch(std::move(req), [index](HttpResponse r) {
    if (r.status != 200 || r.body.empty()) {
      g_slices[index] = SliceState::Failed;  // its code points keep drawing as U+FFFD
      std::fprintf(stderr, "font slice %d: HTTP %d\n", index, r.status);
      g_dirty = true;  // the rebuild's resolve() moves the waiting code points to "absent"
      return;
    }
    g_faces.push_back({std::move(r.body), index});
    g_slices[index] = SliceState::Loaded;
    ++g_stats.slices_loaded;
    g_dirty = true;
  });
}

// After a build: which noted code points did no loaded face supply? Fetch their slices.
void resolve(int face, std::vector<char32_t> fresh) {
  std::vector<char32_t>& pending = g_unresolved[face];
  pending.insert(pending.end(), fresh.begin(), fresh.end());
  std::vector<char32_t> still;
  for (char32_t cp : pending) {
    if (g_font[face]->FindGlyphNoFallback(static_cast<ImWchar>(cp))) continue;
    if (!g_manifest) {  // not here yet: decide when it arrives
      if (!g_manifest_failed) still.push_back(cp);
      continue;
    }
    const int s = g_manifest->find(cp);
    if (s >= 0 && g_slices[s] == SliceState::Idle) load_slice(s);
    if (s >= 0 && g_slices[s] == SliceState::Loading) {
      still.push_back(cp);
    } else {
      g_absent.push_back(cp);  // the font has no such glyph (or its slice failed): U+FFFD it is
    }
  }
  pending.swap(still);
}

}  // namespace

void note_text(std::string_view utf8, Face face) {
  if (g_needed[static_cast<int>(face)].add_utf8(utf8) > 0) g_dirty = true;
}

ImFont* font(Face face) { return g_font[static_cast<int>(face)]; }

float font_size(Face face) { return g_size[static_cast<int>(face)]; }

void set_font_sizes(float body, float heading) {
  if (body == g_size[0] && heading == g_size[1]) return;
  g_size[0] = body;
  g_size[1] = heading;
  g_dirty = true;
}

void fonts_start(const char* dir) {
  g_dir = dir;
  for (auto& s : g_needed) seed(s);
  gp_js_status("fonts", "");
  HttpRequest base;
  base.url = g_dir + "base.ttf";
  base.timeout_ms = 60000;
  fetch(std::move(base), [](HttpResponse r) {
    if (r.status != 200 || r.body.empty()) {
      g_failed = true;
      gp_js_status("error", "font");
      return;
    }
    g_faces.push_front({std::move(r.body), -1});
    g_base_loaded = true;
    g_dirty = true;
  });
  HttpRequest manifest;
  manifest.url = g_dir + "manifest.json";
  fetch(std::move(manifest), [](HttpResponse r) {
    if (r.status == 200) g_manifest = parse_font_manifest(r.body);
    if (!g_manifest) {
      g_manifest_failed = true;
      std::fprintf(stderr, "font manifest unavailable (HTTP %d): rare characters will show as U+FFFD\n",
                   r.status);
      return;
    }
    g_slices.assign(g_manifest->slices.size(), SliceState::Idle);
    g_stats.slices_total = static_cast<int>(g_slices.size());
    // Code points that waited for the manifest get their slices now.
    g_dirty = g_dirty || g_unresolved[0].size() + g_unresolved[1].size() > 0;
  });
}

bool fonts_loaded() { return g_base_loaded && !g_failed; }
bool fonts_failed() { return g_failed; }
bool fonts_dirty() { return g_base_loaded && g_dirty; }

float fonts_rebuild(float dpr) {
  const double t0 = now_seconds();
  ImGuiIO& io = ImGui::GetIO();
  ImFontAtlas& atlas = *io.Fonts;

  // The GL texture is replaced only if the backend already made one; on the very first build
  // ImGui_ImplOpenGL3_NewFrame creates it from this atlas.
  const bool had_texture = atlas.TexID != nullptr;
  if (had_texture) ImGui_ImplOpenGL3_DestroyFontsTexture();

  GLint max_tex = 4096;
  glGetIntegerv(GL_MAX_TEXTURE_SIZE, &max_tex);

  std::vector<char32_t> fresh[kFaceCount];
  for (int f = 0; f < kFaceCount; ++f) {
    fresh[f] = g_needed[f].take_new();
    const std::vector<char32_t> r = g_needed[f].ranges();
    g_ranges[f].assign(r.begin(), r.end());  // ImWchar is 32-bit (IMGUI_USE_WCHAR32)
  }

  // Raster at the device's pixel density; if a huge atlas would not fit the GPU's texture limit,
  // fall back to a coarser raster rather than lose glyphs.
  float raster = std::min(dpr, 3.0f);
  for (int attempt = 0; attempt < 8; ++attempt) {
    atlas.Clear();
    atlas.Flags |= ImFontAtlasFlags_NoMouseCursors | ImFontAtlasFlags_NoPowerOfTwoHeight;
    for (int f = 0; f < kFaceCount; ++f) {
      for (std::size_t i = 0; i < g_faces.size(); ++i) {
        ImFontConfig cfg;
        cfg.FontData = g_faces[i].bytes.data();
        cfg.FontDataSize = static_cast<int>(g_faces[i].bytes.size());
        cfg.FontDataOwnedByAtlas = false;  // the bytes live in g_faces
        cfg.SizePixels = g_size[f] * raster;
        cfg.GlyphRanges = g_ranges[f].data();
        cfg.MergeMode = i > 0;  // slices add their glyphs to the base face's ImFont
        cfg.OversampleH = 1;    // already rasterized at device resolution
        cfg.OversampleV = 1;
        cfg.PixelSnapH = true;
        std::snprintf(cfg.Name, sizeof(cfg.Name), "wqy-%d-%zu", f, i);
        ImFont* font = atlas.AddFont(&cfg);
        if (i == 0) g_font[f] = font;
      }
    }
    if (!atlas.Build()) {
      // A face stb_truetype cannot read (a damaged download): drop the newest slice and retry;
      // its code points draw as U+FFFD. Without a readable base face nothing can be drawn.
      if (g_faces.size() <= 1) {
        g_failed = true;
        gp_js_status("error", "font");
        break;
      }
      g_slices[g_faces.back().slice] = SliceState::Failed;
      g_faces.pop_back();
      --g_stats.slices_loaded;
      continue;
    }
    if (atlas.TexHeight <= max_tex && atlas.TexWidth <= max_tex) break;
    raster *= 0.7f;
  }
  io.FontDefault = g_font[0];
  if (had_texture) ImGui_ImplOpenGL3_CreateFontsTexture();

  for (int f = 0; f < kFaceCount; ++f) resolve(f, std::move(fresh[f]));

  g_dirty = false;
  g_stats.glyphs = static_cast<int>(g_needed[0].size() + g_needed[1].size());
  g_stats.atlas_w = atlas.TexWidth;
  g_stats.atlas_h = atlas.TexHeight;
  g_stats.builds++;
  g_stats.last_build_ms = (now_seconds() - t0) * 1000.0;
  request_redraw();
  return 1.0f / raster;
}

FontStats font_stats() {
  FontStats s = g_stats;
  s.pending = static_cast<int>(g_unresolved[0].size() + g_unresolved[1].size());
  s.absent = g_absent;
  return s;
}

}  // namespace platform
