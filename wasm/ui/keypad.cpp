#include "ui/keypad.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "state/strings.h"
#include "ui/kit_internal.h"
#include "ui/record.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {

namespace {

std::string key_id(const char* id, char k) {
  switch (k) {
    case 'X': return std::string(id) + ".x";
    case '<': return std::string(id) + ".back";
    case 'C': return std::string(id) + ".clear";
    default: return std::string(id) + "." + k;
  }
}

std::string key_label(char k) {
  switch (k) {
    case '<': return state::tr("kiosk.key_back");
    case 'C': return state::tr("kiosk.key_clear");
    default: return std::string(1, k);
  }
}

}  // namespace

char keypad(const char* id, state::KeypadMode mode) {
  const auto keys = state::keypad_keys(mode);
  const float w = std::min(detail::avail_width(), 420.0f);
  const float gap = 8;
  const float kw = std::floor((w - 2 * gap) / 3);
  const float kh = std::max(touch_height() + 8, 64.0f);
  char pressed = 0;
  ImGui::PushID(id);
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(gap, gap));
  ImGui::PushFont(platform::font(platform::Face::Heading));
  const Palette& p = palette();
  for (std::size_t i = 0; i < keys.size(); ++i) {
    const char k = keys[i];
    if (i % 3 != 0) ImGui::SameLine();
    const std::string kid = key_id(id, k);
    const std::string label = key_label(k);
    detail::note(label, platform::Face::Heading);
    if (ImGui::InvisibleButton(kid.c_str(), ImVec2(kw, kh))) pressed = k;
    const bool held = ImGui::IsItemActive(), hovered = ImGui::IsItemHovered();
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const bool digit = k >= '0' && k <= '9';
    dl->AddRectFilled(a, b, detail::col(held ? p.accent_active : hovered ? p.accent_soft : digit ? p.card_bg : p.field_bg), 10.0f);
    dl->AddRect(a, b, detail::col(p.accent), 10.0f, 0, 1.5f);
    const ImVec2 sz = ImGui::CalcTextSize(label.c_str());
    dl->AddText(ImVec2(std::floor(a.x + (kw - sz.x) * 0.5f), std::floor(a.y + (kh - sz.y) * 0.5f)),
                detail::col(held ? IM_COL32_WHITE : p.accent), label.c_str());
    record_last_item(kid, label, "button", true);
  }
  ImGui::PopFont();
  ImGui::PopStyleVar();
  ImGui::PopID();
  return pressed;
}

bool keypad_field(const char* id, std::string_view label, const std::string& value, bool active, std::string_view hint,
                  std::string_view error) {
  ImGui::PushID(id);
  if (!label.empty()) detail::paragraph(label, detail::col(palette().text), detail::avail_width());
  detail::note(value);
  detail::note(hint);
  const float w = detail::avail_width();
  const float h = touch_height();
  const bool tapped = ImGui::InvisibleButton("##kfield", ImVec2(w, h));
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  const Palette& p = palette();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const bool has_error = !error.empty();
  dl->AddRectFilled(a, b, detail::col(p.field_bg), ImGui::GetStyle().FrameRounding);
  dl->AddRect(a, b, detail::col(has_error ? p.error : active ? p.accent : p.border), ImGui::GetStyle().FrameRounding, 0,
              active ? 2.5f : 1.0f);
  const bool empty = value.empty();
  const std::string shown = empty ? std::string(hint) : value;
  const ImVec2 sz = ImGui::CalcTextSize(shown.c_str());
  const float x = a.x + ImGui::GetStyle().FramePadding.x + 4;
  const float y = std::floor(a.y + (h - sz.y) * 0.5f);
  dl->AddText(ImVec2(x, y), detail::col(empty ? p.muted : p.text), shown.c_str());
  if (active) {  // a caret after the text
    const float cx = x + (empty ? 0 : sz.x) + 2;
    dl->AddLine(ImVec2(cx, y), ImVec2(cx, y + ImGui::GetFontSize()), detail::col(p.accent), 2.0f);
  }
  Item& it = record_last_item(id, label, "input", true);
  it.value = value;
  it.checked = active;
  if (has_error) {
    it.error = std::string(error);
    detail::paragraph(error, detail::col(p.error), detail::avail_width());
  }
  ImGui::PopID();
  return tapped;
}

}  // namespace ui
