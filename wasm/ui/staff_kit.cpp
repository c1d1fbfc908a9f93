#include "ui/staff_kit.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "platform/media.h"
#include "platform/text_input.h"
#include "state/strings.h"
#include "ui/kit_internal.h"
#include "ui/record.h"
#include "ui/theme.h"

namespace ui {

using detail::col;
using detail::note;

namespace {
constexpr ImU32 kRed = IM_COL32(0xC6, 0x28, 0x28, 0xFF);
constexpr ImU32 kRedFill = IM_COL32(0xFD, 0xEC, 0xEA, 0xFF);
constexpr ImU32 kAmber = IM_COL32(0xB2, 0x6A, 0x00, 0xFF);
constexpr ImU32 kAmberFill = IM_COL32(0xFF, 0xF3, 0xD6, 0xFF);
constexpr ImU32 kBlue = IM_COL32(0x1E, 0x5A, 0xA8, 0xFF);
constexpr ImU32 kBlueFill = IM_COL32(0xE3, 0xEE, 0xFA, 0xFF);
constexpr ImU32 kGrey = IM_COL32(0x5B, 0x67, 0x70, 0xFF);
constexpr ImU32 kGreyFill = IM_COL32(0xEE, 0xF1, 0xF2, 0xFF);

// Byte length of the UTF-8 sequence starting with `c`.
std::size_t seq_len(unsigned char c) { return c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1; }
}  // namespace

ImU32 urgency_colour(state::Urgency u) {
  switch (u) {
    case state::Urgency::Overdue: return kRed;
    case state::Urgency::Warning: return kAmber;
    case state::Urgency::DueSoon: return kBlue;
    case state::Urgency::Finished: return palette().success;
    default: return kGrey;
  }
}

ImU32 urgency_fill(state::Urgency u) {
  switch (u) {
    case state::Urgency::Overdue: return kRedFill;
    case state::Urgency::Warning: return kAmberFill;
    case state::Urgency::DueSoon: return kBlueFill;
    case state::Urgency::Finished: return IM_COL32(0xE6, 0xF4, 0xEA, 0xFF);
    default: return kGreyFill;
  }
}

ImU32 level_colour(std::string_view level) {
  if (level == "overdue") return kRed;
  if (level == "warning") return kAmber;
  return palette().accent;
}

float line_height() { return std::floor(ImGui::GetFontSize() * 1.5f); }

void badge(const char* id, std::string_view text, ImU32 fg, ImU32 bg) {
  note(text);
  const ImVec2 ts = ImGui::CalcTextSize(text.data(), text.data() + text.size());
  const ImVec2 size(ts.x + 16, ImGui::GetFontSize() + 8);
  const ImVec2 a = ImGui::GetCursorScreenPos();
  ImGui::Dummy(size);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(a, ImVec2(a.x + size.x, a.y + size.y), col(bg), size.y * 0.5f);
  dl->AddText(ImVec2(a.x + 8, a.y + 4), col(fg), text.data(), text.data() + text.size());
  record_last_item(id, text, "badge", true);
}

void urgency_badge(const char* id, state::Urgency u) { badge(id, state::tr(state::urgency_key(u)), urgency_colour(u), urgency_fill(u)); }

// --- multi-line text ---------------------------------------------------------------------------

namespace {
int grow(ImGuiInputTextCallbackData* d) {
  if (d->EventFlag == ImGuiInputTextFlags_CallbackResize) {
    auto* str = static_cast<std::string*>(d->UserData);
    str->resize(static_cast<std::size_t>(d->BufTextLen));
    d->Buf = str->data();
  }
  return 0;
}
}  // namespace

bool text_area(const char* id, std::string_view label, std::string& value, float height, std::string_view error, std::string_view hint) {
  ImGui::PushID(id);
  if (!label.empty()) detail::paragraph(label, col(palette().text), detail::avail_width());
  note(value);
  const bool has_error = !error.empty();
  ImGui::PushStyleColor(ImGuiCol_Border, ImGui::ColorConvertU32ToFloat4(has_error ? palette().error : palette().border));
  const ImVec2 size(detail::avail_width(), height);
  const ImVec2 top = ImGui::GetCursorScreenPos();
  const bool changed = ImGui::InputTextMultiline("##area", value.data(), value.capacity() + 1, size,
                                                 ImGuiInputTextFlags_CallbackResize, grow, &value);
  const bool active = ImGui::IsItemActive();
  ImGui::PopStyleColor();
  if (value.empty() && !active && !hint.empty())  // ImGui has no hint for multi-line fields
    row_text(ImVec2(top.x + ImGui::GetStyle().FramePadding.x, top.y + ImGui::GetStyle().FramePadding.y), size.x - 16, hint, col(palette().muted));
  if (ImGui::IsItemVisible() || active) {
    platform::note_text_field({top.x, top.y, size.x, size.y}, platform::TextKind::Text, active);
  }
  if (active) platform::note_multiline_active();  // a paste keeps its line breaks here
  if (changed) note(value);
  Item& it = record_rect(id, label, "textarea", true, top.x, top.y, top.x + size.x, top.y + size.y);
  it.value = value.size() > 4000 ? value.substr(0, 4000) : value;
  if (has_error) it.error = std::string(error);
  if (has_error) detail::paragraph(error, col(palette().error), detail::avail_width());
  ImGui::PopID();
  return changed;
}

namespace {
std::vector<bool> g_grids;  // open grids: whether their table began
}

void grid_begin(const char* id, int columns) {
  const int n = std::max(1, is_narrow() ? std::min(columns, 2) : columns);
  ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(6, 3));
  g_grids.push_back(ImGui::BeginTable(id, n, ImGuiTableFlags_SizingStretchSame, ImVec2(detail::avail_width(), 0)));
}

void grid_next() {
  if (!g_grids.empty() && g_grids.back()) ImGui::TableNextColumn();
}

void grid_end() {
  if (!g_grids.empty()) {
    if (g_grids.back()) ImGui::EndTable();
    g_grids.pop_back();
  }
  ImGui::PopStyleVar();
}

float row_text(ImVec2 pos, float max_w, std::string_view text, ImU32 colour) {
  if (text.empty() || max_w <= 0) return 0;
  note(text);
  ImFont* font = ImGui::GetFont();
  const float size = ImGui::GetFontSize();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  float w = font->CalcTextSizeA(size, FLT_MAX, 0, text.data(), text.data() + text.size()).x;
  if (w <= max_w) {
    dl->AddText(font, size, ImVec2(std::floor(pos.x), std::floor(pos.y)), colour, text.data(), text.data() + text.size());
    return w;
  }
  static const char* kEll = "…";
  const float ell = font->CalcTextSizeA(size, FLT_MAX, 0, kEll).x;
  std::size_t end = 0;
  float used = 0;
  while (end < text.size()) {
    const std::size_t n = std::min(seq_len(static_cast<unsigned char>(text[end])), text.size() - end);
    const float cw = font->CalcTextSizeA(size, FLT_MAX, 0, text.data() + end, text.data() + end + n).x;
    if (used + cw + ell > max_w) break;
    used += cw;
    end += n;
  }
  dl->AddText(font, size, ImVec2(std::floor(pos.x), std::floor(pos.y)), colour, text.data(), text.data() + end);
  dl->AddText(font, size, ImVec2(std::floor(pos.x + used), std::floor(pos.y)), colour, kEll);
  return used + ell;
}

RowHit row_button(const char* id, std::string_view label, float height, bool selected) {
  RowHit h;
  const float w = detail::avail_width();
  const bool clicked = ImGui::InvisibleButton(id, ImVec2(std::max(1.0f, w), height));
  h.hovered = ImGui::IsItemHovered();
  h.min = ImGui::GetItemRectMin();
  h.max = ImGui::GetItemRectMax();
  h.clicked = clicked;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const Palette& p = palette();
  const ImVec2 a(h.min.x, h.min.y + 2), b(h.max.x, h.max.y - 2);  // a little air between rows
  dl->AddRectFilled(a, b, col(selected ? p.accent_soft : h.hovered ? IM_COL32(0xF0, 0xF6, 0xF6, 0xFF) : p.card_bg), 6.0f);
  dl->AddRect(a, b, col(selected ? p.accent : p.border), 6.0f);
  if (h.hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  record_last_item(id, label, "row", true).checked = selected;
  return h;
}

// --- virtualized list ---------------------------------------------------------------------

state::RowWindow virtual_list_begin(const char* id, long long count, float row_h, bool to_top) {
  ImGui::PushID(id);
  ImGuiWindow* win = ImGui::GetCurrentWindow();
  if (to_top) ImGui::SetScrollY(0.0f);
  const float top = ImGui::GetCursorScreenPos().y;
  const state::RowWindow w = state::row_window(count, row_h, top, win->ClipRect.Min.y, win->ClipRect.Max.y, 3);
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 0));
  if (w.pad_top > 0) ImGui::Dummy(ImVec2(1, w.pad_top));
  return w;
}

void virtual_list_end(const state::RowWindow& w) {
  if (w.pad_bottom > 0) ImGui::Dummy(ImVec2(1, w.pad_bottom));
  ImGui::PopStyleVar();
  ImGui::PopID();
  spacing(4);
}

// --- charts ---------------------------------------------------------------------------------

void bar_chart(const char* id, const std::vector<state::BarGroup>& groups, const std::vector<Series>& series,
               std::string_view unit, int decimals) {
  ImGui::PushID(id);
  const Palette& p = palette();
  const float width = detail::avail_width();
  const float fs = ImGui::GetFontSize();
  const bool narrow = is_narrow() || width < 520;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  // Legend.
  std::string legend;
  {
    const ImVec2 a = ImGui::GetCursorScreenPos();
    float x = a.x;
    for (const auto& s : series) {
      note(s.label);
      dl->AddRectFilled(ImVec2(x, a.y + fs * 0.3f), ImVec2(x + fs * 0.8f, a.y + fs * 1.1f), col(s.colour), 2.0f);
      x += fs * 1.1f;
      x += row_text(ImVec2(x, a.y), width, s.label, col(p.text)) + fs;
      legend += (legend.empty() ? "" : " / ") + s.label;
    }
    if (!unit.empty()) row_text(ImVec2(x, a.y), a.x + width - x, std::string("(") + std::string(unit) + ")", col(p.muted));
    ImGui::Dummy(ImVec2(width, fs * 1.5f));
  }
  const state::Axis axis = state::nice_axis(state::max_value(groups), narrow ? 4 : 5);
  float label_w = 0;
  for (const auto& g : groups) label_w = std::max(label_w, ImGui::CalcTextSize(g.label.c_str()).x);
  label_w = narrow ? 0 : std::min(label_w + 12, width * 0.3f);
  const float value_w = ImGui::CalcTextSize("000.00").x + 8;
  const float bar_h = std::max(12.0f, fs * 0.9f);
  const float gap = 3;
  const float x0 = ImGui::GetCursorScreenPos().x + label_w;
  const float len = std::max(40.0f, width - label_w - value_w);
  const ImVec2 chart_top = ImGui::GetCursorScreenPos();
  for (std::size_t gi = 0; gi < groups.size(); ++gi) {
    const auto& g = groups[gi];
    ImVec2 a = ImGui::GetCursorScreenPos();
    if (narrow) {  // the label above its bars
      row_text(a, width, g.label, col(p.text));
      ImGui::Dummy(ImVec2(width, fs * 1.4f));
      a = ImGui::GetCursorScreenPos();
    } else {
      const float block = g.values.size() * (bar_h + gap);
      row_text(ImVec2(a.x, a.y + std::max(0.0f, (block - fs) * 0.5f) - 1), label_w - 10, g.label, col(p.text));
    }
    for (std::size_t si = 0; si < g.values.size() && si < series.size(); ++si) {
      const double v = g.values[si];
      const float y = a.y + si * (bar_h + gap);
      const float l = state::scale_to(axis, v, len);
      const ImVec2 b0(x0, y), b1(x0 + std::max(l, v > 0 ? 2.0f : 0.0f), y + bar_h);
      dl->AddRectFilled(b0, b1, col(series[si].colour), 2.0f);
      const std::string vt = state::number_text(v, decimals);
      note(vt);
      dl->AddText(ImVec2(b1.x + 4, y + (bar_h - fs) * 0.5f), col(p.muted), vt.c_str());
      const std::string bid = std::string(id) + "." + std::to_string(gi) + "." + std::to_string(si);
      record_rect(bid, vt, "bar", true, b0.x, b0.y, std::max(b1.x, b0.x + 1), b1.y);
    }
    ImGui::Dummy(ImVec2(width, g.values.size() * (bar_h + gap) + 6));
  }
  // Axis: a line and ticks under the bars.
  const ImVec2 bottom = ImGui::GetCursorScreenPos();
  dl->AddLine(ImVec2(x0, chart_top.y), ImVec2(x0, bottom.y), col(p.border));
  for (int t = 0; t <= axis.ticks; ++t) {
    const double v = axis.step * t;
    const float x = x0 + state::scale_to(axis, v, len);
    dl->AddLine(ImVec2(x, bottom.y), ImVec2(x, bottom.y + 4), col(p.muted));
    if (t > 0) dl->AddLine(ImVec2(x, chart_top.y), ImVec2(x, bottom.y), col(IM_COL32(0xE4, 0xEA, 0xEA, 0xFF)));
    const std::string tt = state::number_text(v, 2);
    note(tt);
    const float tw = ImGui::CalcTextSize(tt.c_str()).x;
    dl->AddText(ImVec2(std::max(x0 - 2, x - tw * 0.5f), bottom.y + 6), col(p.muted), tt.c_str());
  }
  dl->AddLine(ImVec2(x0, bottom.y), ImVec2(x0 + len, bottom.y), col(p.muted));
  ImGui::Dummy(ImVec2(width, fs * 1.6f + 6));
  record_rect(id, legend, "chart", true, chart_top.x, chart_top.y, chart_top.x + width, ImGui::GetItemRectMax().y);
  ImGui::PopID();
}

// --- document images --------------------------------------------------------------------------

namespace {
ImVec2 fit(const Picture& p, float box_w, float box_h) {
  if (p.width <= 0 || p.height <= 0) return ImVec2(box_w, box_h * 0.75f);
  const float k = std::min({box_w / p.width, box_h / p.height, 1.0f});
  return ImVec2(std::floor(p.width * k), std::floor(p.height * k));
}

bool image_item(const char* id, const Picture& p, ImVec2 size, std::string_view alt) {
  const bool clicked = ImGui::InvisibleButton(id, size);
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const Palette& pal = palette();
  if (p.texture) {
    dl->AddImage(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(p.texture)), a, b);
  } else {
    dl->AddRectFilled(a, b, col(IM_COL32(0xEE, 0xF1, 0xF2, 0xFF)), 4.0f);
    const char* key = p.failed ? "sd.image_failed" : "common.loading";
    row_text(ImVec2(a.x + 6, a.y + 6), size.x - 12, state::tr(key), col(pal.muted));
  }
  dl->AddRect(a, b, col(pal.border), 4.0f);
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  Item& it = record_last_item(id, alt, "image", true);
  it.value = p.texture ? std::to_string(p.width) + "x" + std::to_string(p.height) : p.failed ? "failed" : "loading";
  return clicked;
}
}  // namespace

bool thumbnail(const char* id, const Picture& p, float box, std::string_view alt) {
  return image_item(id, p, fit(p, box, box), alt);
}

bool picture(const char* id, const Picture& p, std::string_view alt) {
  const float w = detail::avail_width();
  const float h = std::max(200.0f, ImGui::GetIO().DisplaySize.y * 0.7f);
  return image_item(id, p, fit(p, w, h), alt);
}

}  // namespace ui
