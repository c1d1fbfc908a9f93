// Read-only tables of the widget kit: a header row in the accent tint, wrapped cells.
#include <imgui.h>

#include <algorithm>
#include <string>

#include "ui/kit_internal.h"
#include "ui/record.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {

bool table_begin(const char* id, std::initializer_list<std::string_view> headers) {
  const int n = static_cast<int>(headers.size());
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter |
                                ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchSame;
  if (!ImGui::BeginTable(id, std::max(1, n), flags, ImVec2(detail::avail_width(), 0))) return false;
  for (int i = 0; i < n; ++i) ImGui::TableSetupColumn(("##c" + std::to_string(i)).c_str());
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  int i = 0;
  for (std::string_view h : headers) {
    ImGui::TableSetColumnIndex(i);
    ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, detail::col(palette().accent_soft));
    detail::paragraph(h, detail::col(palette().text), ImGui::GetContentRegionAvail().x);
    record_last_item(std::string(id) + ".h" + std::to_string(i), h, "text", true);
    ++i;
  }
  return true;
}

void table_row(std::initializer_list<std::string_view> cells) {
  ImGui::TableNextRow();
  int i = 0;
  for (std::string_view c : cells) {
    ImGui::TableSetColumnIndex(i++);
    detail::paragraph(c, detail::col(palette().text), ImGui::GetContentRegionAvail().x);
  }
}

void table_next_cell() { ImGui::TableNextColumn(); }

void table_end() { ImGui::EndTable(); }

}  // namespace ui
