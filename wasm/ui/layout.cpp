// Frame, page, column, card and spacing parts of the widget kit.
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "ui/kit_internal.h"
#include "ui/record.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {

namespace {

struct Column {
  float left;   // screen x
  float width;
};
std::vector<Column> g_columns;

struct Card {
  ImDrawListSplitter splitter;
  ImVec2 start;
  float pad;
};
// A fixed pool, not a vector: ImDrawListSplitter must not be copied (ImVector copies are shallow).
constexpr int kMaxCardDepth = 8;
Card g_cards[kMaxCardDepth];
int g_card_depth = 0;

constexpr float kNarrow = 600.0f;

}  // namespace

namespace detail {

float avail_width() {
  const float region = ImGui::GetContentRegionAvail().x;
  if (g_columns.empty()) return region;
  const Column& c = g_columns.back();
  const float right = c.left + c.width;
  return std::max(1.0f, std::min(region, right - ImGui::GetCursorScreenPos().x));
}

float column_left() { return g_columns.empty() ? ImGui::GetCursorScreenPos().x : g_columns.back().left; }

}  // namespace detail

void begin_frame() {
  record_clear();
  g_columns.clear();
  g_card_depth = 0;
}

bool is_narrow() { return ImGui::GetIO().DisplaySize.x < kNarrow; }

float content_width() { return detail::avail_width(); }

void page_begin(const char* id, float max_width) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->Pos);
  ImGui::SetNextWindowSize(vp->Size);
  const float pad = is_narrow() ? 12.0f : 24.0f;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad, pad));
  ImGui::Begin(id, nullptr,
               ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus);
  const float region = ImGui::GetContentRegionAvail().x;
  const float width = std::min(region, max_width);
  const float margin = std::floor((region - width) * 0.5f);
  if (margin > 0) ImGui::Indent(margin);
  g_columns.push_back({ImGui::GetCursorScreenPos().x, width});
}

void page_end() {
  const float margin = g_columns.empty() ? 0 : g_columns.front().left - ImGui::GetWindowPos().x -
                                                   ImGui::GetStyle().WindowPadding.x;
  g_columns.clear();
  ImGui::Dummy(ImVec2(1, 24));  // breathing room under the last widget
  if (margin > 0) ImGui::Unindent(margin);
  ImGui::End();
  ImGui::PopStyleVar();
}

void spacing(float px) { ImGui::Dummy(ImVec2(1, std::max(0.0f, px - ImGui::GetStyle().ItemSpacing.y))); }

void separator() {
  const float w = detail::avail_width();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(w, 1));
  ImGui::GetWindowDrawList()->AddLine(ImVec2(p.x, p.y), ImVec2(p.x + w, p.y), detail::col(palette().border));
}

void same_line(float spacing) { ImGui::SameLine(0.0f, spacing); }

bool fits_on_line(float width) {
  if (g_columns.empty()) return ImGui::GetContentRegionAvail().x >= width;
  const Column& c = g_columns.back();
  return ImGui::GetCursorScreenPos().x + width <= c.left + c.width + 0.5f;
}

void card_begin(const char* id) {
  ImGui::PushID(id);
  IM_ASSERT(g_card_depth < kMaxCardDepth);
  Card& c = g_cards[std::min(g_card_depth++, kMaxCardDepth - 1)];
  c.pad = is_narrow() ? 12.0f : 20.0f;
  c.splitter.Split(ImGui::GetWindowDrawList(), 2);
  c.splitter.SetCurrentChannel(ImGui::GetWindowDrawList(), 1);  // content above the background
  const float outer = detail::avail_width();
  c.start = ImGui::GetCursorScreenPos();
  ImGui::BeginGroup();
  ImGui::Dummy(ImVec2(outer, c.pad - ImGui::GetStyle().ItemSpacing.y));
  ImGui::Indent(c.pad);
  g_columns.push_back({c.start.x + c.pad, outer - 2 * c.pad});
}

void card_end() {
  if (g_card_depth == 0) return;
  Card& c = g_cards[--g_card_depth];
  const Column col = g_columns.back();
  g_columns.pop_back();
  ImGui::Unindent(c.pad);
  ImGui::Dummy(ImVec2(1, c.pad - ImGui::GetStyle().ItemSpacing.y));
  ImGui::EndGroup();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 a = c.start;
  const ImVec2 b(col.left + col.width + c.pad, ImGui::GetItemRectMax().y);
  c.splitter.SetCurrentChannel(dl, 0);
  dl->AddRectFilled(a, b, detail::col(palette().card_bg), 8.0f);
  dl->AddRect(a, b, detail::col(palette().border), 8.0f);
  c.splitter.Merge(dl);
  ImGui::PopID();
}

}  // namespace ui
