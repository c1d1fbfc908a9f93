#include "ui/timeline_view.h"

#include <imgui.h>

#include <string>

#include "ui/kit_internal.h"
#include "ui/record.h"
#include "ui/theme.h"
#include "state/strings.h"
#include "ui/widgets.h"

namespace ui {

void draw_timeline(const char* id, const std::vector<state::StageRow>& rows) {
  const Palette& p = palette();
  const float dot = 8;
  const float indent = 28;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& r = rows[i];
    const std::string rid = std::string(id) + "." + std::to_string(i + 1);
    const ImVec2 top = ImGui::GetCursorScreenPos();
    ImGui::Indent(indent);
    ImGui::BeginGroup();
    const Tone tone = r.state == "done" ? Tone::Success : r.state == "active" ? (r.level == "overdue" ? Tone::Error : Tone::Accent) : Tone::Muted;
    text(rid.c_str(), std::to_string(i + 1) + ". " + r.name + " · " + state::stage_state_text(r), tone);
    const std::string detail = state::stage_detail_text(r);
    if (!detail.empty()) text((rid + ".detail").c_str(), detail, Tone::Muted);
    const std::string holder = state::stage_holder_text(r);
    if (!holder.empty()) text((rid + ".holder").c_str(), holder, Tone::Normal);
    ImGui::EndGroup();
    ImGui::Unindent(indent);
    const float bottom = ImGui::GetItemRectMax().y;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 c(top.x + dot + 2, top.y + ImGui::GetFontSize() * 0.75f);
    const ImU32 colour = detail::col(r.state == "done" ? p.success : r.state == "active" ? p.accent : p.border);
    if (i + 1 < rows.size())  // the line down to the next step
      dl->AddLine(ImVec2(c.x, c.y + dot), ImVec2(c.x, bottom + ImGui::GetStyle().ItemSpacing.y + ImGui::GetFontSize() * 0.75f - dot),
                  detail::col(r.state == "done" ? p.success : p.border), 2.0f);
    if (r.state == "done") dl->AddCircleFilled(c, dot, colour);
    else if (r.state == "active") {
      dl->AddCircleFilled(c, dot, detail::col(p.card_bg));
      dl->AddCircle(c, dot, colour, 0, 3.0f);
    } else {
      dl->AddCircle(c, dot, colour, 0, 2.0f);
    }
  }
}

void draw_works_clock(const char* id, const nlohmann::json& app) {
  const auto rows = state::works_clock_rows(app);
  if (rows.empty()) return;
  spacing(6);
  heading((std::string(id) + ".title").c_str(), state::tr("works_clock.title"), 3);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& r = rows[i];
    const Tone tone = !r.done_at.empty() ? Tone::Success : r.level == "overdue" ? Tone::Error : r.level == "warning" ? Tone::Accent : Tone::Normal;
    text((std::string(id) + "." + std::to_string(i + 1)).c_str(), state::works_clock_text(r), tone);
  }
}

}  // namespace ui
