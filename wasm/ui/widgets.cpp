// Text, actions, tabs and form fields of the widget kit (layout.cpp: page, cards, spacing;
// table.cpp: tables).
#include "ui/widgets.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "platform/fonts.h"
#include "ui/kit_internal.h"
#include "ui/record.h"
#include "ui/text_wrap.h"

namespace ui {

using detail::col;
using detail::note;

namespace {

ImU32 tone_colour(Tone t) {
  const Palette& p = palette();
  switch (t) {
    case Tone::Muted: return p.muted;
    case Tone::Accent: return p.accent;
    case Tone::Error: return p.error;
    case Tone::Success: return p.success;
    default: return p.text;
  }
}

// Height of a tappable control whose content is one line of the current font.
float control_height() {
  return std::max(touch_height(), ImGui::GetFontSize() + 2 * ImGui::GetStyle().FramePadding.y);
}

// Draws single-line `text` centred (or left-aligned) in [a, b].
void draw_label(ImDrawList* dl, ImVec2 a, ImVec2 b, std::string_view text, ImU32 colour, bool centre = true) {
  const ImVec2 sz = ImGui::CalcTextSize(text.data(), text.data() + text.size());
  const float x = centre ? a.x + std::max(0.0f, (b.x - a.x - sz.x) * 0.5f) : a.x;
  const float y = a.y + (b.y - a.y - sz.y) * 0.5f;
  ImGui::PushClipRect(a, b, true);
  dl->AddText(ImVec2(std::floor(x), std::floor(y)), colour, text.data(), text.data() + text.size());
  ImGui::PopClipRect();
}

// Label above a field, in the body face.
void field_label(std::string_view label) {
  if (label.empty()) return;
  detail::paragraph(label, col(palette().text), detail::avail_width());
}

void field_error(std::string_view error) {
  if (error.empty()) return;
  detail::paragraph(error, col(palette().error), detail::avail_width());
}

}  // namespace

namespace detail {

ImVec2 paragraph(std::string_view text, ImU32 colour, float width) {
  note(text, ImGui::GetFont() == platform::font(platform::Face::Heading) ? platform::Face::Heading
                                                                         : platform::Face::Body);
  ImFont* font = ImGui::GetFont();
  const float size = ImGui::GetFontSize();
  const float scale = size / font->FontSize;
  const auto lines = break_lines(text, width, [&](char32_t c) {
    return font->GetCharAdvance(static_cast<ImWchar>(c)) * scale;
  });
  const float line_h = std::floor(size * 1.5f);
  float w = 0;
  for (const auto& l : lines)
    w = std::max(w, ImGui::CalcTextSize(text.data() + l.begin, text.data() + l.end).x);
  const ImVec2 sz(std::max(1.0f, w), line_h * static_cast<float>(lines.size()) - (line_h - size) * 0.5f);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::Dummy(sz);
  if (!ImGui::IsItemVisible()) return sz;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  float y = pos.y;
  for (const auto& l : lines) {
    dl->AddText(font, size, ImVec2(pos.x, y), colour, text.data() + l.begin, text.data() + l.end);
    y += line_h;
  }
  return sz;
}

}  // namespace detail

// --- text -----------------------------------------------------------------------------------

void heading(const char* id, std::string_view text, int level) {
  if (level <= 1) {
    ImGui::PushFont(platform::font(platform::Face::Heading));
    detail::paragraph(text, col(palette().text), detail::avail_width());
    ImGui::PopFont();
  } else {
    detail::paragraph(text, col(palette().accent), detail::avail_width());
  }
  record_last_item(id, text, "text", true);
}

void text(std::string_view s, Tone tone) { detail::paragraph(s, col(tone_colour(tone)), detail::avail_width()); }

void text(const char* id, std::string_view s, Tone tone) {
  text(s, tone);
  record_last_item(id, s, "text", true);
}

void field_row(const char* id, std::string_view label, std::string_view value) {
  ImGui::PushID(id);
  const float w = detail::avail_width();
  const float lw = std::min(ImGui::CalcTextSize(label.data(), label.data() + label.size()).x, w * 0.4f);
  ImGui::BeginGroup();
  detail::paragraph(label, col(palette().muted), lw + 1);
  ImGui::SameLine();
  detail::paragraph(value, col(palette().text), std::max(40.0f, detail::avail_width()));
  ImGui::EndGroup();
  ImGui::PopID();
  record_last_item(id, value, "text", true);
}

float text_width(std::string_view s) { return ImGui::CalcTextSize(s.data(), s.data() + s.size()).x; }

// --- actions --------------------------------------------------------------------------------

bool button(const char* id, std::string_view label, const ButtonOpts& o) {
  note(label);
  const ImGuiStyle& st = ImGui::GetStyle();
  const float h = control_height();
  const float w = o.full_width ? detail::avail_width()
                               : std::min(detail::avail_width(), text_width(label) + 2 * (st.FramePadding.x + 8));
  ImGui::BeginDisabled(!o.enabled);
  const bool clicked = ImGui::InvisibleButton(id, ImVec2(std::max(w, h), h));
  const bool hovered = ImGui::IsItemHovered(), held = ImGui::IsItemActive();
  const Palette& p = palette();
  ImU32 bg, fg, border;
  switch (o.style) {
    case ButtonStyle::Primary:
      bg = held ? p.accent_active : hovered ? p.accent_hover : p.accent;
      fg = IM_COL32_WHITE;
      border = bg;
      break;
    case ButtonStyle::Danger:
      bg = held || hovered ? IM_COL32(0xFD, 0xEC, 0xEA, 0xFF) : p.card_bg;
      fg = p.error;
      border = p.error;
      break;
    default:
      bg = held ? p.accent_soft : hovered ? p.accent_soft : p.card_bg;
      fg = p.accent;
      border = p.accent;
      break;
  }
  if (!o.enabled && o.style == ButtonStyle::Primary) bg = border = p.disabled;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  dl->AddRectFilled(a, b, col(bg), st.FrameRounding);
  dl->AddRect(a, b, col(border), st.FrameRounding);
  draw_label(dl, a, b, label, col(fg));
  if (hovered && o.enabled) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  ImGui::EndDisabled();
  record_last_item(id, label, "button", o.enabled);
  return clicked && o.enabled;
}

bool link(const char* id, std::string_view label, bool enabled) {
  note(label);
  // Tall enough to tap (taller still in kiosk mode), drawn as text.
  const float h = density() == Density::Kiosk ? touch_height() : ImGui::GetFontSize() + 16;
  const ImVec2 sz(std::min(text_width(label), detail::avail_width()), h);
  ImGui::BeginDisabled(!enabled);
  const bool clicked = ImGui::InvisibleButton(id, sz);
  const bool hovered = ImGui::IsItemHovered();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  const ImU32 c = col(enabled ? palette().accent : palette().disabled);
  draw_label(dl, a, b, label, c, false);
  if (hovered && enabled) {
    const float y = b.y - 3;
    dl->AddLine(ImVec2(a.x, y), ImVec2(b.x, y), c, 1.0f);
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  }
  ImGui::EndDisabled();
  record_last_item(id, label, "link", enabled);
  return clicked && enabled;
}

// --- tabs -----------------------------------------------------------------------------------

int tabs(const char* id, const std::vector<Tab>& items, int current) {
  ImGui::PushID(id);
  const Palette& p = palette();
  const float h = control_height();
  const float pad = ImGui::GetStyle().FramePadding.x + 4;
  const float left = ImGui::GetCursorScreenPos().x;
  const float width = detail::avail_width();
  const ImVec2 spacing_saved = ImGui::GetStyle().ItemSpacing;
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(2, 2));
  int clicked = current;
  ImGui::BeginGroup();
  for (int i = 0; i < static_cast<int>(items.size()); ++i) {
    const Tab& t = items[i];
    note(t.label);
    const float w = std::min(width, text_width(t.label) + 2 * pad);
    if (i > 0) {
      ImGui::SameLine();
      if (ImGui::GetCursorScreenPos().x + w > left + width + 0.5f) ImGui::NewLine();  // wrap
    }
    if (ImGui::InvisibleButton(t.id, ImVec2(w, h))) clicked = i;
    const bool hovered = ImGui::IsItemHovered();
    const bool selected = i == current;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    if (hovered && !selected) dl->AddRectFilled(a, b, col(p.accent_soft), 4.0f);
    draw_label(dl, a, b, t.label, col(selected ? p.accent : p.muted));
    if (selected) dl->AddRectFilled(ImVec2(a.x + 4, b.y - 3), ImVec2(b.x - 4, b.y), col(p.accent), 1.5f);
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    record_last_item(t.id, t.label, "tab", true).checked = selected;
  }
  ImGui::EndGroup();
  ImGui::PopStyleVar();
  // A hairline under the whole tab strip.
  const float y = ImGui::GetItemRectMax().y;
  ImGui::GetWindowDrawList()->AddLine(ImVec2(left, y), ImVec2(left + width, y), col(p.border));
  ImGui::Dummy(ImVec2(1, std::max(0.0f, spacing_saved.y - 2)));
  ImGui::PopID();
  return clicked;
}

// --- form fields ----------------------------------------------------------------------------

bool input_text(const char* id, std::string_view label, std::string& value, const InputOpts& o) {
  ImGui::PushID(id);
  field_label(label);
  note(value);
  note(o.hint);
  // A bounded edit buffer: ImGui then refuses characters past max_bytes (never half a character).
  static std::string buf;
  const std::size_t cap = static_cast<std::size_t>(std::max(o.max_bytes, 1)) + 1;
  buf.assign(value, 0, std::min(value.size(), cap - 1));
  buf.resize(cap, '\0');
  ImGuiInputTextFlags flags = ImGuiInputTextFlags_None;
  if (o.kind == platform::TextKind::Password) flags |= ImGuiInputTextFlags_Password;
  if (o.kind == platform::TextKind::Number) flags |= ImGuiInputTextFlags_CharsDecimal;

  const Palette& p = palette();
  const bool has_error = !o.error.empty();
  const float pad_y = std::max(ImGui::GetStyle().FramePadding.y, (touch_height() - ImGui::GetFontSize()) * 0.5f);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ImGui::GetStyle().FramePadding.x, pad_y));
  ImGui::PushStyleColor(ImGuiCol_Border, ImGui::ColorConvertU32ToFloat4(has_error ? p.error : p.border));
  ImGui::SetNextItemWidth(detail::avail_width());
  ImGui::BeginDisabled(!o.enabled);
  // No placeholder under an IME composition preview (the preview is drawn over the field).
  const bool composing = ImGui::GetID("##field") == ImGui::GetActiveID() && platform::text_composing();
  std::string hint(composing ? std::string_view() : o.hint);
  const bool changed = ImGui::InputTextWithHint("##field", hint.c_str(), buf.data(), cap, flags);
  ImGui::EndDisabled();
  const bool active = ImGui::IsItemActive();
  // Keep the field being edited in view when it starts, and when the window shrinks under it
  // (a phone's on-screen keyboard opening resizes the canvas: interactive-widget=resizes-content).
  static float last_display_h = 0;
  const float display_h = ImGui::GetIO().DisplaySize.y;
  if (active && (ImGui::IsItemActivated() || display_h < last_display_h)) {
    ImGuiWindow* w = ImGui::GetCurrentWindow();
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    const ImRect r(a.x, a.y - 48, b.x, b.y + 48);  // with some context around it
    if (!w->ClipRect.Contains(r)) ImGui::ScrollToRect(w, r, ImGuiScrollFlags_KeepVisibleEdgeY);
  }
  if (active) last_display_h = display_h;
  if (active) {  // accent ring while editing
    ImGui::GetWindowDrawList()->AddRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(),
                                        col(has_error ? p.error : p.accent), ImGui::GetStyle().FrameRounding, 0, 2.0f);
  }
  ImGui::PopStyleColor();
  ImGui::PopStyleVar();
  if (changed) {
    value.assign(buf.c_str());
    note(value);
  }
  if (ImGui::IsItemVisible()) {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    platform::note_text_field({a.x, a.y, b.x - a.x, b.y - a.y}, o.kind, active);
  }
  if (ImGui::IsItemHovered() && o.enabled) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
  Item& it = record_last_item(id, label, "input", o.enabled);
  it.value = o.kind == platform::TextKind::Password ? std::string(value.size(), '*') : value;
  if (has_error) it.error = std::string(o.error);
  field_error(o.error);
  ImGui::PopID();
  return changed;
}

bool checkbox(const char* id, std::string_view label, bool& value, bool enabled) {
  ImGui::PushID(id);
  note(label);
  const float pad_y = std::max(ImGui::GetStyle().FramePadding.y, (touch_height() - ImGui::GetFontSize()) * 0.5f) * 0.5f;
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(pad_y, pad_y));
  ImGui::PushStyleColor(ImGuiCol_FrameBgHovered, ImGui::ColorConvertU32ToFloat4(palette().accent_soft));
  ImGui::BeginDisabled(!enabled);
  const std::string l(label);
  const bool changed = ImGui::Checkbox(l.c_str(), &value);
  ImGui::EndDisabled();
  ImGui::PopStyleColor();
  ImGui::PopStyleVar();
  if (ImGui::IsItemHovered() && enabled) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  ImGui::PopID();
  record_last_item(id, label, "checkbox", enabled).checked = value;
  return changed;
}

bool radio(const char* id, std::string_view label, bool selected, bool enabled) {
  ImGui::PushID(id);
  note(label);
  const float pad_y = std::max(ImGui::GetStyle().FramePadding.y, (touch_height() - ImGui::GetFontSize()) * 0.5f) * 0.5f;
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(pad_y, pad_y));
  ImGui::BeginDisabled(!enabled);
  const std::string l(label);
  const bool clicked = ImGui::RadioButton(l.c_str(), selected);
  ImGui::EndDisabled();
  ImGui::PopStyleVar();
  if (ImGui::IsItemHovered() && enabled) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  ImGui::PopID();
  record_last_item(id, label, "radio", enabled).checked = selected;
  return clicked && enabled;
}

int radio_group(const char* id, const std::vector<std::string_view>& options, int current, bool enabled) {
  int out = current;
  for (int i = 0; i < static_cast<int>(options.size()); ++i) {
    const std::string rid = std::string(id) + "." + std::to_string(i);
    if (radio(rid.c_str(), options[i], i == current, enabled)) out = i;
  }
  return out;
}

bool combo(const char* id, std::string_view label, int& current, const std::vector<std::string_view>& options,
           bool enabled) {
  ImGui::PushID(id);
  field_label(label);
  const int n = static_cast<int>(options.size());
  const std::string preview = current >= 0 && current < n ? std::string(options[current]) : std::string();
  note(preview);
  const float pad_y = std::max(ImGui::GetStyle().FramePadding.y, (touch_height() - ImGui::GetFontSize()) * 0.5f);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ImGui::GetStyle().FramePadding.x, pad_y));
  const float w = detail::avail_width();
  ImGui::SetNextItemWidth(w);
  // Recorded before BeginCombo: once open, the current window is the popup.
  const ImVec2 a = ImGui::GetCursorScreenPos();
  Item& it = record_rect(id, label, "combo", enabled, a.x, a.y, a.x + w, a.y + ImGui::GetFontSize() + 2 * pad_y);
  it.value = preview;
  ImGui::BeginDisabled(!enabled);
  bool changed = false;
  const bool open = ImGui::BeginCombo("##combo", preview.c_str(), ImGuiComboFlags_HeightLarge);
  ImGui::PopStyleVar();
  ImGui::EndDisabled();
  if (open) {
    for (int i = 0; i < n; ++i) {
      note(options[i]);
      ImGui::PushID(i);
      const bool sel = i == current;
      // A tall, touch-sized row with its label centred vertically (ImGui's Selectable puts the
      // text at the top of a tall row).
      if (ImGui::Selectable("##opt", sel, 0, ImVec2(0, touch_height() - ImGui::GetStyle().ItemSpacing.y))) {
        changed = current != i;
        current = i;
      }
      const ImVec2 oa = ImGui::GetItemRectMin(), ob = ImGui::GetItemRectMax();
      draw_label(ImGui::GetWindowDrawList(), ImVec2(oa.x + 4, oa.y), ob, options[i],
                 col(sel ? palette().accent : palette().text), false);
      if (sel) ImGui::SetItemDefaultFocus();
      const std::string oid = std::string(id) + "." + std::to_string(i);
      record_last_item(oid, options[i], "option", true).checked = sel;
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  ImGui::PopID();
  return changed;
}

}  // namespace ui
