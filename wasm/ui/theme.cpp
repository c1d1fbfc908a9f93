#include "ui/theme.h"

#include "platform/fonts.h"

namespace ui {

namespace {

Density g_density = Density::Standard;

constexpr ImU32 rgb(unsigned hex) {
  return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, 0xFF);
}

const Palette kPalette = {
    rgb(0x00706B), rgb(0x0A857F), rgb(0x005A56), rgb(0xE3F1F0),
    rgb(0x1F2933), rgb(0x5B6770), rgb(0xC62828), rgb(0x2E7D32), rgb(0xCBD5D4), rgb(0xF4F7F7),
    rgb(0xFFFFFF), rgb(0xFFFFFF), rgb(0x9AA5AB),
};

ImVec4 v4(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

}  // namespace

Density density() { return g_density; }
const Palette& palette() { return kPalette; }
float touch_height() { return g_density == Density::Kiosk ? 56.0f : 44.0f; }

void apply_theme(Density d) {
  g_density = d;
  const bool kiosk = d == Density::Kiosk;
  platform::set_font_sizes(kiosk ? 20.0f : 16.0f, kiosk ? 28.0f : 22.0f);

  ImGuiStyle& s = ImGui::GetStyle();
  s = ImGuiStyle();
  ImGui::StyleColorsLight(&s);
  s.WindowPadding = ImVec2(16, 16);
  s.FramePadding = kiosk ? ImVec2(16, 16) : ImVec2(12, 12);
  s.ItemSpacing = kiosk ? ImVec2(12, 12) : ImVec2(10, 10);
  s.ItemInnerSpacing = ImVec2(8, 6);
  s.ScrollbarSize = kiosk ? 18 : 12;
  s.GrabMinSize = 24;
  s.WindowRounding = 0;
  s.ChildRounding = 8;
  s.FrameRounding = 6;
  s.PopupRounding = 6;
  s.ScrollbarRounding = 6;
  s.GrabRounding = 6;
  s.TabRounding = 6;
  s.WindowBorderSize = 0;
  s.FrameBorderSize = 1;
  s.PopupBorderSize = 1;
  s.CellPadding = ImVec2(10, 8);
  s.TouchExtraPadding = ImVec2(0, 0);

  const Palette& p = kPalette;
  ImVec4* c = s.Colors;
  c[ImGuiCol_Text] = v4(p.text);
  c[ImGuiCol_TextDisabled] = v4(p.disabled);
  c[ImGuiCol_WindowBg] = v4(p.page_bg);
  c[ImGuiCol_ChildBg] = v4(p.card_bg);
  c[ImGuiCol_PopupBg] = v4(p.card_bg);
  c[ImGuiCol_Border] = v4(p.border);
  c[ImGuiCol_FrameBg] = v4(p.field_bg);
  c[ImGuiCol_FrameBgHovered] = v4(p.field_bg);
  c[ImGuiCol_FrameBgActive] = v4(p.field_bg);
  c[ImGuiCol_CheckMark] = v4(p.accent);
  c[ImGuiCol_SliderGrab] = v4(p.accent);
  c[ImGuiCol_SliderGrabActive] = v4(p.accent_active);
  c[ImGuiCol_Button] = v4(p.accent);
  c[ImGuiCol_ButtonHovered] = v4(p.accent_hover);
  c[ImGuiCol_ButtonActive] = v4(p.accent_active);
  c[ImGuiCol_Header] = v4(p.accent_soft);
  c[ImGuiCol_HeaderHovered] = v4(p.accent_soft);
  c[ImGuiCol_HeaderActive] = v4(p.accent_soft);
  c[ImGuiCol_Separator] = v4(p.border);
  c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_ScrollbarGrab] = v4(p.border);
  c[ImGuiCol_ScrollbarGrabHovered] = v4(p.disabled);
  c[ImGuiCol_ScrollbarGrabActive] = v4(p.muted);
  c[ImGuiCol_TableHeaderBg] = v4(p.accent_soft);
  c[ImGuiCol_TableBorderStrong] = v4(p.border);
  c[ImGuiCol_TableBorderLight] = v4(p.border);
  c[ImGuiCol_TableRowBg] = v4(p.card_bg);
  c[ImGuiCol_TableRowBgAlt] = v4(p.page_bg);
  c[ImGuiCol_TextSelectedBg] = ImVec4(0.0f, 0.44f, 0.42f, 0.25f);
  c[ImGuiCol_NavHighlight] = v4(p.accent);
}

}  // namespace ui
