#include "ui/signature_pad.h"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "platform/pointer_capture.h"
#include "state/strings.h"
#include "ui/kit_internal.h"
#include "ui/record.h"
#include "ui/theme.h"

namespace ui {

bool signature_pad(const char* id, state::Signature& sig, float height) {
  const float w = detail::avail_width();
  const float h = std::min(height, std::max(120.0f, w * 0.6f));
  const ImVec2 a = ImGui::GetCursorScreenPos();
  ImGui::PushID(id);
  ImGui::Dummy(ImVec2(w, h));
  ImGui::PopID();
  const ImVec2 b(a.x + w, a.y + h);
  bool changed = false;
  // Points since the last frame, in the pad's 0..1 coordinates.
  for (const auto& pt : platform::take_capture_points()) {
    const double x = (pt.x - a.x) / w, y = (pt.y - a.y) / h;
    if (pt.phase == 0) sig.begin(x, y);
    else sig.add(x, y);
    if (pt.phase == 2) sig.end();
    changed = true;
  }
  if (ImGui::IsItemVisible()) platform::note_capture_area({a.x, a.y, w, h});
  const Palette& p = palette();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(a, b, detail::col(p.field_bg), 8.0f);
  dl->AddRect(a, b, detail::col(p.border), 8.0f, 0, 1.5f);
  // The signing line.
  dl->AddLine(ImVec2(a.x + 16, b.y - h * 0.25f), ImVec2(b.x - 16, b.y - h * 0.25f), detail::col(p.muted), 1.0f);
  if (sig.empty()) {
    const char* hint = state::tr("contract.pad_hint");
    detail::note(hint);
    dl->AddText(ImVec2(a.x + 16, a.y + 12), detail::col(p.muted), hint);
  }
  dl->PushClipRect(a, b, true);
  for (const auto& s : sig.strokes) {
    std::vector<ImVec2> pts;
    for (const auto& q : s) pts.push_back(ImVec2(a.x + q[0] / 10000.0f * w, a.y + q[1] / 10000.0f * h));
    if (pts.size() >= 2) dl->AddPolyline(pts.data(), static_cast<int>(pts.size()), detail::col(p.text), 0, 2.5f);
  }
  dl->PopClipRect();
  Item& it = record_rect(id, "", "pad", true, a.x, a.y, b.x, b.y);
  it.value = std::to_string(sig.points());
  return changed;
}

}  // namespace ui
