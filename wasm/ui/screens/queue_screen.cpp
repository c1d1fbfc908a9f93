#include "ui/screens/queue_screen.h"

#include <imgui.h>

#include <string>
#include <vector>

#include "gp/codes.h"
#include "state/customer_common.h"
#include "state/strings.h"
#include "ui/staff_kit.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui::screens {

using state::tr;
using state::trf;

namespace {

std::vector<std::string> status_labels() {
  std::vector<std::string> v;
  for (const auto& s : state::queue_status_values()) v.push_back(s.empty() ? tr("queue.all_statuses") : tr(("queue.status." + s).c_str()));
  return v;
}

std::vector<std::string> stage_labels() {
  std::vector<std::string> v;
  for (const auto& s : state::queue_stage_values()) {
    if (s.empty()) v.push_back(tr("queue.all_stages"));
    else if (s == "done") v.push_back(tr("queue.stage_done"));
    else if (auto c = gp::parse_stage(s)) v.push_back(state::pick(gp::named(*c).zh, gp::named(*c).en));
    else v.push_back(s);
  }
  return v;
}

std::vector<std::string> level_labels() {
  return {tr("queue.all_levels"), tr("staff.urgency.overdue"), tr("staff.urgency.warning"), tr("queue.level_normal")};
}

std::vector<std::string_view> views(const std::vector<std::string>& v) { return {v.begin(), v.end()}; }

// One application row: urgency, number, customer, what is left; second line the step and kind.
void draw_row(const state::QueueRow* r, long long i, float row_h, bool supervisor, state::QueueIntent& in) {
  const std::string id = "queue.row." + std::to_string(i);
  const Palette& p = palette();
  const bool narrow = is_narrow();
  const RowHit h = row_button(id.c_str(), r ? r->number : std::string("…"), row_h);
  const float lh = line_height();
  const float pad = 12;
  const float x0 = h.min.x + pad, x1 = h.max.x - pad;
  float y = h.min.y + (row_h - lh * (narrow ? 3 : 2)) * 0.5f;
  if (!r) {
    row_text(ImVec2(x0, y), x1 - x0, tr("common.loading"), ImGui::GetColorU32(p.muted));
    return;
  }
  if (h.clicked) in.open = r->number;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  // A bar in the urgency colour down the row's left edge, the badge, the number.
  dl->AddRectFilled(ImVec2(h.min.x + 1, h.min.y + 3), ImVec2(h.min.x + 5, h.max.y - 3), urgency_colour(r->urgency), 2.0f);
  const std::string urgency = tr(state::urgency_key(r->urgency));
  const float bw = ImGui::CalcTextSize(urgency.c_str()).x + 12;
  dl->AddRectFilled(ImVec2(x0, y + 2), ImVec2(x0 + bw, y + lh - 2), urgency_fill(r->urgency), (lh - 4) * 0.5f);
  row_text(ImVec2(x0 + 6, y + (lh - ImGui::GetFontSize()) * 0.5f), bw, urgency, urgency_colour(r->urgency));
  float x = x0 + bw + 8;
  const float ty = y + (lh - ImGui::GetFontSize()) * 0.5f;
  x += row_text(ImVec2(x, ty), x1 - x, r->number, ImGui::GetColorU32(p.accent)) + 12;
  const std::string left = state::remaining_text(r->remaining, r->paused || r->status == "waiting_customer");
  const std::string right = r->status == "completed" || r->status == "withdrawn" ? state::status_text(r->status) : left;
  const float rw = ImGui::CalcTextSize(right.c_str()).x;
  const std::string who = r->contact_name + "  " + r->contact_phone;
  if (!narrow) row_text(ImVec2(x, ty), x1 - rw - 12 - x, who, ImGui::GetColorU32(p.text));
  row_text(ImVec2(x1 - rw, ty), rw + 1, right, urgency_colour(r->urgency));
  y += lh;
  if (narrow) {
    row_text(ImVec2(x0, y + (lh - ImGui::GetFontSize()) * 0.5f), x1 - x0, who, ImGui::GetColorU32(p.text));
    y += lh;
  }
  std::string second = r->stage.empty() ? state::status_text(r->status) : r->stage;
  second += " · " + r->business + " · " + r->customer_type;
  if (supervisor && !r->manager.empty()) second += " · " + trf("queue.manager_is", {r->manager});
  else if (!r->address.empty()) second += " · " + r->address;
  row_text(ImVec2(x0, y + (lh - ImGui::GetFontSize()) * 0.5f), x1 - x0, second, ImGui::GetColorU32(p.muted));
}

}  // namespace

state::QueueIntent draw_queue(state::QueueState& s, bool supervisor) {
  state::QueueIntent in;
  heading("queue.title", supervisor ? tr("queue.title_all") : tr("queue.title"), 2);
  // Search: number, name or phone; runs after a short pause in typing, or at once with the button.
  InputOpts so;
  so.hint = tr("queue.search_hint");
  so.max_bytes = 64;
  if (input_text("queue.search", tr("queue.search"), s.search, so)) in.search_typed = true;

  state::QueueFilters f = s.filters;
  bool changed = false;
  const auto st = status_labels(), sg = stage_labels(), lv = level_labels();
  grid_begin("queue.filters", supervisor ? 4 : 3);
  grid_next();
  changed |= combo("queue.status", tr("queue.status"), f.status, views(st));
  grid_next();
  changed |= combo("queue.stage", tr("queue.stage"), f.stage, views(sg));
  grid_next();
  changed |= combo("queue.level", tr("queue.level"), f.level, views(lv));
  if (supervisor) {
    grid_next();
    std::vector<std::string> names = {tr("queue.all_managers")};
    int current = 0;
    for (std::size_t i = 0; i < s.managers.size(); ++i) {
      names.push_back(s.managers[i].name + " · " + state::role_text(s.managers[i].role));
      if (s.managers[i].id == f.manager) current = static_cast<int>(i) + 1;
    }
    if (combo("queue.manager", tr("queue.manager"), current, views(names))) {
      f.manager = current == 0 ? 0 : s.managers[static_cast<std::size_t>(current - 1)].id;
      changed = true;
    }
  }
  grid_end();
  spacing(4);
  const long long count = state::queue_count(s);
  std::string summary = s.total >= 0 ? trf("queue.total", {std::to_string(s.total)}) : std::string(tr("common.loading"));
  if (!s.filters.q.empty()) summary += " · " + trf("queue.searching", {s.filters.q});
  text("queue.summary", summary, Tone::Muted);
  same_line(16);
  if (link("queue.sort", f.newest ? tr("queue.sort_urgency") : tr("queue.sort_newest"))) {
    f.newest = !f.newest;
    changed = true;
  }
  same_line(16);
  if (link("queue.refresh", tr("common.refresh"))) in.refresh = true;
  if (changed) in.filters = f;
  if (!s.error.empty()) text("queue.error", s.error, Tone::Error);
  if (s.total == 0) text("queue.empty", s.filters.q.empty() ? tr("queue.empty") : tr("queue.nothing_found"), Tone::Muted);

  const bool narrow = is_narrow();
  const float row_h = std::floor(line_height() * (narrow ? 3 : 2) + 20);
  const state::RowWindow w = virtual_list_begin("queue.list", count, row_h, s.scroll_to_top);
  s.scroll_to_top = false;
  for (long long i = w.first; i < w.last; ++i) draw_row(state::queue_row(s, i), i, row_h, supervisor, in);
  virtual_list_end(w);
  in.first = w.first;
  in.last = w.last;
  return in;
}

}  // namespace ui::screens
