#include "platform/text_input.h"

#include <emscripten/emscripten.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <string>
#include <vector>

#include "platform/fonts.h"
#include "platform/input.h"
#include "platform/redraw.h"

extern "C" void gp_js_text_input(int active, int kind, float x, float y, float w, float h);

namespace platform {

namespace {

struct Field {
  Rect rect;
  TextKind kind;
};

std::vector<Field> g_fields;       // this frame
std::vector<Field> g_shown;        // the last presented frame (for hit tests from JS)
bool g_has_active = false;
Field g_active;
bool g_shown_active = false;
Field g_shown_active_field;
std::string g_composition;         // the IME's uncommitted text
std::string g_selection;           // buffer for gp_text_selection()

}  // namespace

void note_text_field(const Rect& r, TextKind kind, bool active) {
  g_fields.push_back({r, kind});
  if (active) {
    g_has_active = true;
    g_active = {r, kind};
  }
}

bool text_composing() { return !g_composition.empty(); }

void text_input_begin_frame() {
  g_fields.clear();
  g_has_active = false;
}

void text_input_draw_overlay() {
  if (!g_has_active || g_composition.empty()) return;
  // Preview of the text being composed, drawn over the field at the caret (the hidden input
  // that really holds it is invisible).
  const ImGuiContext& g = *GImGui;
  ImVec2 p = g.PlatformImePos;
  if (!g_active.rect.contains(p.x + 1, p.y + 1)) p = ImVec2(g_active.rect.x + 4, g_active.rect.y + 4);
  note_text(g_composition);
  ImFont* f = ImGui::GetFont();
  const float size = ImGui::GetFontSize();
  const ImVec2 sz = f->CalcTextSizeA(size, FLT_MAX, 0.0f, g_composition.c_str());
  ImDrawList* dl = ImGui::GetForegroundDrawList();
  dl->AddRectFilled(ImVec2(p.x, p.y - 1), ImVec2(p.x + sz.x + 4, p.y + size + 3), IM_COL32(255, 255, 255, 255));
  dl->AddText(f, size, ImVec2(p.x + 2, p.y), ImGui::GetColorU32(ImGuiCol_Text), g_composition.c_str());
  dl->AddLine(ImVec2(p.x + 2, p.y + size + 1), ImVec2(p.x + 2 + sz.x, p.y + size + 1),
              ImGui::GetColorU32(ImGuiCol_Text), 1.0f);
}

void text_input_sync() {
  g_shown.swap(g_fields);
  g_shown_active = g_has_active;
  g_shown_active_field = g_active;
  if (!g_has_active) {
    gp_js_text_input(0, 0, 0, 0, 0, 0);
    g_composition.clear();
    return;
  }
  const Rect& r = g_active.rect;
  const ImGuiContext& g = *GImGui;
  ImVec2 caret = g.PlatformImePos;
  float line = ImGui::GetFontSize() + 4;
  if (!r.contains(caret.x + 1, caret.y + 1)) caret = ImVec2(r.x, r.y);
  gp_js_text_input(1, static_cast<int>(g_active.kind), caret.x, caret.y,
                   std::max(1.0f, r.x + r.w - caret.x), line);
}

}  // namespace platform

using platform::input_queue;
using platform::InputEvent;

// Committed text from the hidden input (typing, paste, IME commit, Playwright's insertText).
extern "C" EMSCRIPTEN_KEEPALIVE void gp_on_text(const char* utf8) {
  if (!utf8 || !*utf8) return;
  input_queue().push(InputEvent::chars(utf8));
  platform::request_redraw();
}

// The IME's composition string ("" when composition ends).
extern "C" EMSCRIPTEN_KEEPALIVE void gp_on_composition(const char* utf8) {
  platform::g_composition = utf8 ? utf8 : "";
  platform::request_redraw();
}

// 1 + TextKind of the text field under (x, y) in the last presented frame, or 0.
extern "C" EMSCRIPTEN_KEEPALIVE int gp_hit_text_field(float x, float y) {
  for (const auto& f : platform::g_shown)
    if (f.rect.contains(x, y)) return 1 + static_cast<int>(f.kind);
  return 0;
}

// The active field's selected text, for the browser's copy/cut events ("" for none/passwords).
extern "C" EMSCRIPTEN_KEEPALIVE const char* gp_text_selection() {
  using namespace platform;
  g_selection.clear();
  const ImGuiContext& g = *GImGui;
  ImGuiInputTextState* st = ImGui::GetInputTextState(g.ActiveId);
  if (!st || !st->HasSelection() || !g_shown_active || g_shown_active_field.kind == TextKind::Password)
    return g_selection.c_str();
  int a = std::min(st->Stb.select_start, st->Stb.select_end);
  int b = std::max(st->Stb.select_start, st->Stb.select_end);
  a = std::max(0, std::min(a, st->CurLenW));
  b = std::max(0, std::min(b, st->CurLenW));
  g_selection.resize(static_cast<std::size_t>(b - a) * 4 + 1);
  const int n = ImTextStrToUtf8(g_selection.data(), static_cast<int>(g_selection.size()),
                                st->TextW.Data + a, st->TextW.Data + b);
  g_selection.resize(static_cast<std::size_t>(n));
  return g_selection.c_str();
}
