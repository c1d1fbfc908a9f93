#include "ui/screens/capacity_screen.h"

#include "state/customer_common.h"
#include "state/staff_common.h"
#include "state/strings.h"
#include "ui/staff_kit.h"
#include "ui/widgets.h"

namespace ui::screens {

using state::tr;
using state::trf;

namespace {
void form(state::CapacityForm& f, state::CapacityIntent& in) {
  card_begin("capacity.form");
  heading("capacity.form.title", f.editing_existing ? tr("capacity.edit_title") : tr("capacity.new_title"), 2);
  grid_begin("capacity.form.grid", 2);
  grid_next();
  InputOpts a;
  a.error = field_error(f.errors, "area");
  a.max_bytes = 120;
  a.enabled = !f.editing_existing;  // (area, feeder) names the entry
  in.form_edited |= input_text("capacity.area", tr("capacity.area"), f.area, a);
  grid_next();
  InputOpts fd = a;
  fd.error = field_error(f.errors, "feeder");
  fd.max_bytes = 180;
  in.form_edited |= input_text("capacity.feeder", tr("capacity.feeder"), f.feeder, fd);
  grid_next();
  InputOpts kv;
  kv.kind = platform::TextKind::Number;
  kv.error = field_error(f.errors, "voltage_kv");
  kv.max_bytes = 12;
  in.form_edited |= input_text("capacity.voltage", tr("capacity.voltage"), f.voltage_kv, kv);
  grid_next();
  InputOpts cap = kv;
  cap.error = field_error(f.errors, "capacity_kva");
  in.form_edited |= input_text("capacity.capacity", tr("capacity.capacity"), f.capacity_kva, cap);
  grid_next();
  InputOpts av = kv;
  av.error = field_error(f.errors, "available_kva");
  in.form_edited |= input_text("capacity.available", tr("capacity.available"), f.available_kva, av);
  grid_next();
  InputOpts no;
  no.error = field_error(f.errors, "note");
  no.max_bytes = 600;
  in.form_edited |= input_text("capacity.note", tr("capacity.note"), f.note, no);
  grid_end();
  if (!field_error(f.errors, "form").empty()) text("capacity.form.error", field_error(f.errors, "form"), Tone::Error);
  ButtonOpts b;
  b.style = ButtonStyle::Primary;
  b.enabled = !f.busy;
  if (button("capacity.save", f.busy ? tr("common.loading") : tr("common.save"), b)) in.save = true;
  same_line();
  if (link("capacity.form.close", tr("common.cancel"))) in.close_form = true;
  card_end();
}
}  // namespace

state::CapacityIntent draw_capacity(state::CapacityState& s, bool can_edit) {
  state::CapacityIntent in;
  heading("capacity.title", tr("capacity.title"), 2);
  text("capacity.intro", tr("capacity.intro"), Tone::Muted);
  const int tab = tabs("capacity.tabs", {{"capacity.tab.areas", tr("capacity.tab_areas")}, {"capacity.tab.log", tr("capacity.tab_log")}}, s.tab);
  if (tab != s.tab) in.tab = tab;
  if (s.tab == 1) {
    text("capacity.log.count", trf("capacity.log_count", {std::to_string(s.log_total)}), Tone::Muted);
    if (!s.log_error.empty()) text("capacity.log.error", s.log_error, Tone::Error);
    if (table_begin("capacity.log", {tr("capacity.col_at"), tr("capacity.col_area"), tr("capacity.col_who"), tr("capacity.col_results")})) {
      for (const auto& q : s.log)
        table_row({state::short_time(q.at), q.area.empty() ? std::string(tr("capacity.all_areas")) : q.area,
                   q.who.empty() ? trf("capacity.anonymous", {q.client}) : q.who + " · " + state::role_text(q.role), std::to_string(q.results)});
      table_end();
    }
    const long long pages = (s.log_total + 49) / 50;
    if (pages > 1) {
      if (link("capacity.log.prev", tr("pool.prev"), s.log_page > 1)) in.log_page = -1;
      same_line(16);
      text("capacity.log.page", trf("pool.page", {std::to_string(s.log_page), std::to_string(pages)}), Tone::Muted);
      same_line(16);
      if (link("capacity.log.next", tr("pool.next"), s.log_page < pages)) in.log_page = 1;
    }
    return in;
  }
  InputOpts q;
  q.hint = tr("capacity.area_hint");
  q.max_bytes = 120;
  input_text("capacity.filter", tr("capacity.filter"), s.area_typed, q);
  if (button("capacity.search", tr("pool.search_button"))) in.search = true;
  if (can_edit) {
    same_line();
    if (button("capacity.new", tr("capacity.new"), {ButtonStyle::Primary})) in.new_entry = true;
  }
  if (!s.notice.empty()) text("capacity.notice", s.notice, Tone::Success);
  if (s.show_form && can_edit) form(s.form, in);
  if (!s.error.empty()) text("capacity.error", s.error, Tone::Error);
  text("capacity.total", trf("capacity.total", {state::number_text(s.total_available, 1), std::to_string(s.entries.size())}), Tone::Muted);
  if (table_begin("capacity.table", {tr("capacity.area"), tr("capacity.feeder"), tr("capacity.voltage"), tr("capacity.capacity"),
                                     tr("capacity.available"), tr("capacity.col_used")})) {
    int i = 0;
    for (const auto& e : s.entries) {
      table_next_cell();
      if (can_edit) {
        if (link(("capacity.row." + std::to_string(i)).c_str(), e.area)) in.edit = i;
      } else {
        text(e.area);
      }
      table_next_cell();
      text(e.feeder + (e.note.empty() ? "" : "（" + e.note + "）"));
      table_next_cell();
      text(state::number_text(e.voltage_kv, 1) + " kV");
      table_next_cell();
      text(state::number_text(e.capacity_kva, 1));
      table_next_cell();
      text(("capacity.available." + std::to_string(i)).c_str(), state::number_text(e.available_kva, 1), e.available_kva > 0 ? Tone::Success : Tone::Error);
      table_next_cell();
      text(state::utilization_text(e), Tone::Muted);
      ++i;
    }
    table_end();
  }
  return in;
}

}  // namespace ui::screens
