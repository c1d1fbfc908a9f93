#include "ui/progress.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "ui/kit_internal.h"
#include "ui/record.h"
#include "ui/theme.h"

namespace ui {

void progress_bar(const char* id, float fraction, std::string_view label) {
  detail::note(label);
  const float f = std::clamp(fraction, 0.0f, 1.0f);
  const float w = detail::avail_width();
  const float h = std::max(10.0f, ImGui::GetFontSize() * 0.6f);
  const ImVec2 a = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(w, h));
  const Palette& p = palette();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(a, ImVec2(a.x + w, a.y + h), detail::col(p.accent_soft), h * 0.5f);
  if (f > 0) dl->AddRectFilled(a, ImVec2(a.x + std::max(h, w * f), a.y + h), detail::col(p.accent), h * 0.5f);
  Item& it = record_last_item(id, label, "progress", true);
  it.value = std::to_string(static_cast<int>(std::lround(f * 100)));
  if (!label.empty()) detail::paragraph(label, detail::col(p.muted), w);
}

}  // namespace ui
