#include "ui/screens/board_screen.h"

#include <imgui.h>

#include <cmath>

#include "state/customer_common.h"
#include "state/strings.h"
#include "ui/record.h"
#include "ui/staff_kit.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui::screens {

using state::tr;
using state::trf;

namespace {

std::vector<std::string_view> views(const std::vector<std::string>& v) { return {v.begin(), v.end()}; }

std::string escalation_text(int e) {
  switch (e) {
    case 1: return tr("board.esc.1");
    case 2: return tr("board.esc.2");
    case 3: return tr("board.esc.3");
    default: return tr("board.esc.0");
  }
}

// What is left of an item's time: working days, or the live clock of a reservation (rule D4).
std::string left_text(const state::BoardState& s, const state::BoardItem& it, double now, bool& countdown) {
  if (it.kind == "reservation" && it.remaining_seconds) {
    countdown = true;
    const double left = state::seconds_left(*it.remaining_seconds, s.loaded_at, now);
    return trf(left >= 0 ? "board.clock_left" : "board.clock_over", {state::countdown_text(std::fabs(left))});
  }
  return state::remaining_text(it.remaining, it.status == "waiting_customer");
}

void draw_counts(const state::BoardState& s) {
  // The headline figures, overdue in red (rule M1).
  badge("board.count.total", trf("board.count_total", {std::to_string(s.count_total)}), palette().accent, palette().accent_soft);
  same_line(8);
  badge("board.count.overdue", trf("board.count_overdue", {std::to_string(s.count_overdue)}), urgency_colour(state::Urgency::Overdue),
        urgency_fill(state::Urgency::Overdue));
  same_line(8);
  badge("board.count.warning", trf("board.count_warning", {std::to_string(s.count_warning)}), urgency_colour(state::Urgency::Warning),
        urgency_fill(state::Urgency::Warning));
  same_line(8);
  if (!fits_on_line(160)) ImGui::NewLine();
  badge("board.count.reservations", trf("board.count_reservations", {std::to_string(s.count_reservations)}), urgency_colour(state::Urgency::Normal),
        urgency_fill(state::Urgency::Normal));
  std::string esc;
  for (int i = 1; i <= 3; ++i) esc += (i > 1 ? " · " : "") + escalation_text(i) + " " + std::to_string(s.by_escalation[i]);
  text("board.count.escalation", trf("board.escalations", {esc}), Tone::Muted);
}

void draw_count_table(const char* id, const std::vector<state::BoardCount>& rows, const char* first_header, state::BoardIntent& in,
                      state::BoardState& s, bool managers) {
  if (!table_begin(id, {tr(first_header), tr("board.col_total"), tr("board.col_warning"), tr("board.col_overdue")})) return;
  int i = 0;
  for (const auto& r : rows) {
    table_next_cell();
    const std::string lid = std::string(id) + "." + std::to_string(i++);
    if (link(lid.c_str(), r.name)) {  // filter the items by this manager / step
      if (managers) s.filters.manager = r.key;
      else s.filters.stage = r.key;
      s.tab = 0;
      in.filters_changed = true;
    }
    table_next_cell();
    text(std::to_string(r.total));
    table_next_cell();
    text(std::to_string(r.warning), r.warning ? Tone::Accent : Tone::Muted);
    table_next_cell();
    text(std::to_string(r.overdue), r.overdue ? Tone::Error : Tone::Muted);
  }
  table_end();
}

void draw_row(const state::BoardState& s, const state::BoardItem& it, long long i, float row_h, double now, state::BoardIntent& in) {
  const std::string id = "board.row." + std::to_string(i);
  const bool selected = s.selected && s.selected->number == it.number;
  const RowHit h = row_button(id.c_str(), it.number, row_h, selected);
  if (h.clicked) in.select = std::make_pair(it.kind, it.number);
  const Palette& p = palette();
  const bool narrow = is_narrow();
  const float lh = line_height(), fs = ImGui::GetFontSize();
  const float x0 = h.min.x + 12, x1 = h.max.x - 12;
  float y = h.min.y + (row_h - lh * (narrow ? 3 : 2)) * 0.5f + (lh - fs) * 0.5f;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImU32 uc = urgency_colour(it.urgency);
  dl->AddRectFilled(ImVec2(h.min.x + 1, h.min.y + 3), ImVec2(h.min.x + 5, h.max.y - 3), uc, 2.0f);
  // The level badge (recorded: tests check an overdue row is drawn in red).
  const std::string level = tr(state::urgency_key(it.urgency));
  const float bw = ImGui::CalcTextSize(level.c_str()).x + 12;
  const ImVec2 b0(x0, y - (lh - fs) * 0.5f + 2), b1(x0 + bw, y + fs + (lh - fs) * 0.5f - 2);
  dl->AddRectFilled(b0, b1, it.urgency == state::Urgency::Overdue ? uc : urgency_fill(it.urgency), (b1.y - b0.y) * 0.5f);
  row_text(ImVec2(x0 + 6, y), bw, level, it.urgency == state::Urgency::Overdue ? IM_COL32_WHITE : uc);
  record_rect((id + ".level").c_str(), level, "badge", true, b0.x, b0.y, b1.x, b1.y);
  float x = x0 + bw + 8;
  x += row_text(ImVec2(x, y), x1 - x, it.number, ImGui::GetColorU32(p.accent)) + 10;
  const std::string kind = it.kind == "reservation" ? tr(it.channel == "phone" ? "board.kind_phone" : "board.kind_online") : tr("board.kind_app");
  x += row_text(ImVec2(x, y), x1 - x, kind, ImGui::GetColorU32(p.muted)) + 10;
  bool countdown = false;
  std::string right = left_text(s, it, now, countdown);
  in.has_countdown |= countdown;
  if (it.escalation > 0) right = escalation_text(it.escalation) + (it.acknowledged ? tr("board.handled_mark") : "") + " · " + right;
  const float rw = ImGui::CalcTextSize(right.c_str()).x;
  if (narrow) {  // phones: the time on a line of its own, then the step
    y += lh;
    const float w = row_text(ImVec2(x0, y), x1 - x0, right, uc);
    row_text(ImVec2(x0 + w + 10, y), x1 - x0 - w - 10, it.stage, ImGui::GetColorU32(p.text));
  } else {
    row_text(ImVec2(x, y), x1 - rw - 12 - x, it.stage, ImGui::GetColorU32(p.text));
    row_text(ImVec2(std::max(x, x1 - rw), y), x1 - std::max(x, x1 - rw), right, uc);
  }
  y += lh;
  std::string second = trf("board.age", {state::days_number(it.age)});
  if (!it.manager.empty()) second += " · " + trf("queue.manager_is", {it.manager});
  else second += " · " + std::string(tr("board.no_manager"));
  second += " · " + it.contact_name + " · " + it.address;
  row_text(ImVec2(x0, y), x1 - x0, second, ImGui::GetColorU32(p.muted));
}

void draw_selected(state::BoardState& s, const std::vector<std::pair<long long, std::string>>& managers, double now,
                   const FormClock& clock, const std::string& role, state::BoardIntent& in) {
  auto& sel = *s.selected;
  const state::BoardItem* it = state::board_find(s, sel.number);
  if (!it) return;
  card_begin("board.panel");
  heading("board.panel.title", sel.number + " · " + (it->kind == "reservation" ? tr("board.kind_res") : tr("board.kind_app")), 2);
  same_line(16);
  if (link("board.panel.close", tr("board.close"))) in.close = true;
  bool countdown = false;
  const std::string left = left_text(s, *it, now, countdown);
  field_row("board.panel.level", tr("board.level"),
            it->urgency == state::Urgency::Overdue ? left : std::string(tr(state::urgency_key(it->urgency))) + " · " + left);
  in.has_countdown |= countdown;
  field_row("board.panel.escalation", tr("board.escalation"),
            escalation_text(it->escalation) + (it->acknowledged ? tr("board.handled_mark") : ""));
  field_row("board.panel.stage", tr("board.stage"), it->stage);
  field_row("board.panel.age", tr("board.age_label"), trf("common.days_n", {state::days_number(it->age)}));
  if (!it->deadline.empty()) field_row("board.panel.deadline", tr("board.deadline"), state::short_time(it->deadline));
  field_row("board.panel.customer", tr("board.customer"), it->contact_name + " · " + it->address);
  field_row("board.panel.managers", tr("board.managers"),
            (it->manager.empty() ? std::string(tr("board.no_manager")) : it->manager) +
                (it->project_manager.empty() ? "" : " / " + it->project_manager));
  if (!sel.notice.empty()) text("board.panel.notice", sel.notice, Tone::Success);

  if (it->kind == "application") {
    if (button("board.panel.open", tr("board.open_detail"))) in.open = it->number;
    // Handle the warning (rule M2): a note of what was done stops the rise.
    if (state::board_can_acknowledge(*it, role)) {
      separator();
      heading("board.ack.title", tr("board.ack_title"), 2);
      InputOpts o;
      o.hint = tr("board.ack_hint");
      o.error = sel.note_error;
      o.max_bytes = 1500;
      o.enabled = !sel.ack_busy;
      in.note_edited |= input_text("board.ack.note", tr("board.ack_note"), sel.note, o);
      ButtonOpts b;
      b.style = ButtonStyle::Primary;
      b.enabled = !sel.ack_busy;
      if (button("board.ack.submit", sel.ack_busy ? tr("common.loading") : tr("board.ack_button"), b)) in.acknowledge = true;
    } else if (it->escalation > state::handling_level(role) && !it->acknowledged) {
      text("board.ack.above", tr("board.ack_above"), Tone::Muted);  // risen past this role (M2)
    }
    // Reassign (the workflow's assign_managers action, as the server offers it).
    if (sel.app_load.busy()) text("board.reassign.loading", tr("common.loading"), Tone::Muted);
    for (std::size_t i = 0; i < sel.forms.size(); ++i) {
      separator();
      heading("board.reassign.title", tr("board.reassign_title"), 2);
      const auto fi = draw_action_form("board.reassign", sel.forms[i], clock);
      if (fi.edited) in.reassign_edited = static_cast<int>(i);
      if (fi.submit) in.reassign_submit = static_cast<int>(i);
    }
  } else {
    // A reservation: dispatch it to a customer manager (rule D4).
    separator();
    heading("board.dispatch.title", tr("board.dispatch_title"), 2);
    std::vector<std::string> names;
    for (const auto& m : managers) names.push_back(m.second);
    combo("board.dispatch.manager", tr("board.dispatch_manager"), sel.dispatch_manager, views(names), !sel.dispatch_busy);
    if (!sel.dispatch_error.empty()) text("board.dispatch.error", sel.dispatch_error, Tone::Error);
    ButtonOpts b;
    b.style = ButtonStyle::Primary;
    b.enabled = !sel.dispatch_busy && sel.dispatch_manager >= 0;
    if (button("board.dispatch.submit", tr("board.dispatch_button"), b)) in.dispatch = true;
  }
  card_end();
  spacing(8);
}

}  // namespace

state::BoardIntent draw_board(state::BoardState& s, double now, const std::vector<std::pair<long long, std::string>>& managers,
                       const FormClock& clock, const std::string& role) {
  state::BoardIntent in;
  heading("board.title", tr("board.title"), 2);
  if (!s.now.empty()) text("board.now", trf("board.as_of", {state::short_time(s.now)}), Tone::Muted);
  same_line(16);
  if (link("board.refresh", tr("common.refresh"), !s.load.busy())) in.refresh = true;
  if (!s.error.empty()) text("board.error", s.error, Tone::Error);
  if (!s.loaded) {
    if (s.error.empty()) text("board.loading", tr("common.loading"), Tone::Muted);
    return in;
  }
  draw_counts(s);
  spacing(4);
  const int tab = tabs("board.tabs", {{"board.tab.items", tr("board.tab_items")}, {"board.tab.managers", tr("board.tab_managers")},
                                      {"board.tab.stages", tr("board.tab_stages")}},
                       s.tab);
  if (tab != s.tab) in.tab = tab;
  if (s.tab == 1) {
    draw_count_table("board.managers", s.by_manager, "board.col_manager", in, s, true);
    return in;
  }
  if (s.tab == 2) {
    draw_count_table("board.stages", s.by_stage, "board.col_stage", in, s, false);
    return in;
  }

  if (s.selected) draw_selected(s, managers, now, clock, role, in);

  // Filters.
  auto& f = s.filters;
  grid_begin("board.filters", 4);
  grid_next();
  const std::vector<std::string> kinds = {tr("board.all_kinds"), tr("board.kind_apps"), tr("board.kind_res")};
  in.filters_changed |= combo("board.kind", tr("board.kind"), f.kind, views(kinds));
  grid_next();
  const std::vector<std::string> levels = {tr("queue.all_levels"), tr("staff.urgency.overdue"), tr("staff.urgency.warning"), tr("queue.level_normal")};
  in.filters_changed |= combo("board.level", tr("board.level"), f.level, views(levels));
  grid_next();
  const std::vector<std::string> escs = {tr("board.all_escalations"), tr("board.esc_at_least_1"), tr("board.esc_at_least_2"), tr("board.esc.3")};
  in.filters_changed |= combo("board.escalation_filter", tr("board.escalation"), f.escalation, views(escs));
  grid_next();
  std::vector<std::string> mnames = {tr("queue.all_managers")};
  int mcur = 0;
  for (std::size_t i = 0; i < s.by_manager.size(); ++i) {
    mnames.push_back(s.by_manager[i].name);
    if (s.by_manager[i].key == f.manager) mcur = static_cast<int>(i) + 1;
  }
  if (combo("board.manager", tr("queue.manager"), mcur, views(mnames))) {
    f.manager = mcur == 0 ? "" : s.by_manager[static_cast<std::size_t>(mcur - 1)].key;
    in.filters_changed = true;
  }
  grid_end();
  in.filters_changed |= checkbox("board.unhandled", tr("board.only_unhandled"), f.unhandled);
  if (!f.stage.empty()) {
    std::string name = f.stage;
    for (const auto& c : s.by_stage)
      if (c.key == f.stage) name = c.name;
    text("board.stage_filter", trf("board.stage_filter", {name}), Tone::Accent);
    same_line(12);
    if (link("board.stage_filter.clear", tr("board.clear_filter"))) {
      f.stage.clear();
      in.filters_changed = true;
    }
  }
  text("board.shown", trf("board.shown", {std::to_string(s.view.size()), std::to_string(s.items.size())}), Tone::Muted);

  const bool narrow = is_narrow();
  const float row_h = std::floor(line_height() * (narrow ? 3 : 2) + 20);
  const auto w = virtual_list_begin("board.list", static_cast<long long>(s.view.size()), row_h);
  for (long long i = w.first; i < w.last; ++i) draw_row(s, s.items[s.view[static_cast<std::size_t>(i)]], i, row_h, now, in);
  virtual_list_end(w);
  return in;
}

}  // namespace ui::screens
