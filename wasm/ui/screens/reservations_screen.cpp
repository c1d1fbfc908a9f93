#include "ui/screens/reservations_screen.h"

#include <imgui.h>

#include <cmath>

#include "gp/codes.h"
#include "state/customer_common.h"
#include "state/strings.h"
#include "ui/record.h"
#include "ui/rules_form_view.h"
#include "ui/staff_kit.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui::screens {

using state::tr;
using state::trf;

namespace {

std::vector<std::string_view> views(const std::vector<std::string>& v) { return {v.begin(), v.end()}; }

std::vector<std::string> type_names() {
  std::vector<std::string> v;
  for (auto t : gp::all_customer_types()) v.push_back(state::pick(gp::named(t).zh, gp::named(t).en));
  return v;
}
std::vector<std::string> business_names() {
  std::vector<std::string> v;
  for (auto b : gp::all_businesses()) v.push_back(state::pick(gp::named(b).zh, gp::named(b).en));
  return v;
}

// The clock of one reservation as shown now (rule D4): "派单剩 19:58" / "联系超时 -00:12".
std::string clock_text(const state::ReservationsState& s, const state::Reservation& r, double now, bool& live,
                       state::Urgency& u) {
  auto left = state::reservation_left(s, r, now);
  if (!left) {
    u = r.status == "cancelled" ? state::Urgency::Normal : state::Urgency::Finished;
    return tr(("reservations.status." + r.status).c_str());
  }
  live = true;
  const bool phone = r.channel == "phone";
  if (*left < 0) u = state::Urgency::Overdue;
  else if (r.level == "warning" || *left < (phone ? 4 * 60 : 3.6 * 3600)) u = state::Urgency::Warning;  // the last fifth
  else u = state::Urgency::Normal;
  const char* key = *left >= 0 ? (phone ? "reservations.dispatch_left" : "reservations.contact_left")
                               : (phone ? "reservations.dispatch_over" : "reservations.contact_over");
  return trf(key, {state::countdown_text(std::fabs(*left))});
}

void draw_phone_form(state::PhoneForm& f, state::ReservationsIntent& in) {
  card_begin("reservations.phone");
  heading("reservations.phone.title", tr("reservations.phone_title"), 2);
  text(tr("reservations.phone_intro"), Tone::Muted);
  grid_begin("reservations.phone.grid", 2);
  grid_next();
  InputOpts n;
  n.error = field_error(f.errors, "name");
  n.max_bytes = 120;
  in.phone_edited |= input_text("reservations.phone.name", tr("reservations.name"), f.name, n);
  grid_next();
  InputOpts ph;
  ph.kind = platform::TextKind::Phone;
  ph.error = field_error(f.errors, "phone");
  ph.max_bytes = 20;
  in.phone_edited |= input_text("reservations.phone.phone", tr("reservations.phone"), f.phone, ph);
  grid_next();
  const auto types = type_names();
  in.phone_edited |= combo("reservations.phone.type", tr("reservations.customer_type"), f.customer_type, views(types));
  grid_next();
  const auto biz = business_names();
  in.phone_edited |= combo("reservations.phone.business", tr("reservations.business"), f.business, views(biz));
  grid_end();
  InputOpts a;
  a.error = field_error(f.errors, "address");
  a.max_bytes = 600;
  in.phone_edited |= input_text("reservations.phone.address", tr("reservations.address"), f.address, a);
  InputOpts t;
  t.hint = tr("reservations.call_ended_hint");
  t.error = field_error(f.errors, "call_ended_at");
  t.max_bytes = 8;
  in.phone_edited |= input_text("reservations.phone.call_ended", tr("reservations.call_ended"), f.call_ended, t);
  InputOpts no;
  no.error = field_error(f.errors, "note");
  no.max_bytes = 1500;
  in.phone_edited |= input_text("reservations.phone.note", tr("reservations.note"), f.note, no);
  if (!field_error(f.errors, "form").empty()) text("reservations.phone.error", field_error(f.errors, "form"), Tone::Error);
  ButtonOpts b;
  b.style = ButtonStyle::Primary;
  b.enabled = !f.busy;
  if (button("reservations.phone.submit", f.busy ? tr("common.loading") : tr("reservations.phone_submit"), b)) in.phone_submit = true;
  card_end();
}

void draw_panel(state::ReservationsState& s, const state::Reservation& r, double now, bool can_pick_manager, state::ReservationsIntent& in) {
  auto& p = *s.panel;
  card_begin("reservations.panel");
  heading("reservations.panel.title", r.number + " · " + (r.channel == "phone" ? tr("reservations.channel_phone") : tr("reservations.channel_online")), 2);
  same_line(16);
  if (link("reservations.panel.close", tr("board.close"))) in.close = true;
  bool live = false;
  state::Urgency u = state::Urgency::Normal;
  text("reservations.panel.clock", clock_text(s, r, now, live, u), u == state::Urgency::Overdue ? Tone::Error : Tone::Accent);
  in.has_countdown |= live;
  field_row("reservations.panel.who", tr("reservations.customer"), r.name + " · " + r.phone);
  field_row("reservations.panel.address", tr("reservations.address"), r.address);
  field_row("reservations.panel.what", tr("reservations.business"), r.business + " · " + r.customer_type);
  if (!r.note.empty()) field_row("reservations.panel.note", tr("reservations.note"), r.note);
  field_row("reservations.panel.due", tr("reservations.due"), state::short_time(r.due_at) + " (D4)");
  if (!r.manager.empty()) field_row("reservations.panel.manager", tr("reservations.manager"), r.manager);
  if (!r.application_number.empty() && link("reservations.panel.app", trf("reservations.converted_to", {r.application_number})))
    in.open_application = r.application_number;

  const bool closed = r.status == "converted" || r.status == "cancelled";
  if (!closed) {
    // The actions, one at a time.
    const bool open = r.status == "open";
    if (open) {
      if (button("reservations.act.dispatch", tr("reservations.dispatch"), {p.action == state::ResvAction::Dispatch ? ButtonStyle::Primary : ButtonStyle::Secondary}))
        in.open = std::make_pair(r.number, state::ResvAction::Dispatch);
      // rule D4: a phone reservation is met only by dispatch to a customer manager; contacting is
      // the online reservations' step.
      if (r.channel != "phone") same_line();
      if (r.channel != "phone" && button("reservations.act.contact", tr("reservations.contact"), {p.action == state::ResvAction::Contact ? ButtonStyle::Primary : ButtonStyle::Secondary}))
        in.open = std::make_pair(r.number, state::ResvAction::Contact);
      same_line();
    }
    if (button("reservations.act.convert", tr("reservations.convert"), {p.action == state::ResvAction::Convert ? ButtonStyle::Primary : ButtonStyle::Secondary}))
      in.open = std::make_pair(r.number, state::ResvAction::Convert);
    same_line();
    if (button("reservations.act.cancel", tr("reservations.cancel"), {ButtonStyle::Danger}))
      in.open = std::make_pair(r.number, state::ResvAction::Cancel);
  }
  if (p.action != state::ResvAction::None && !closed) {
    separator();
    switch (p.action) {
      case state::ResvAction::Dispatch:
      case state::ResvAction::Contact: {
        if (can_pick_manager) {
          std::vector<std::string> names;
          for (const auto& m : s.managers) names.push_back(m.second);
          in.panel_edited |= combo("reservations.panel.manager_pick", p.action == state::ResvAction::Dispatch ? tr("reservations.dispatch_to") : tr("reservations.manager_optional"),
                                   p.manager, views(names), !p.busy);
          if (!field_error(p.errors, "fields.customer_manager").empty())
            text("reservations.panel.manager_error", field_error(p.errors, "fields.customer_manager"), Tone::Error);
        } else if (p.action == state::ResvAction::Dispatch) {
          text("reservations.panel.to_me", tr("reservations.dispatch_to_me"), Tone::Muted);
        }
        InputOpts o;
        o.error = field_error(p.errors, "fields.note");
        o.max_bytes = 1500;
        o.enabled = !p.busy;
        in.panel_edited |= input_text("reservations.panel.note_field", tr("reservations.action_note"), p.note, o);
        break;
      }
      case state::ResvAction::Cancel: {
        InputOpts o;
        o.error = field_error(p.errors, "fields.reason");
        o.max_bytes = 1500;
        o.enabled = !p.busy;
        in.panel_edited |= input_text("reservations.panel.reason", tr("reservations.reason"), p.reason, o);
        break;
      }
      case state::ResvAction::Convert: {
        text(tr("reservations.convert_intro"), Tone::Muted);
        InputOpts a;
        a.error = field_error(p.errors, "fields.address");
        a.max_bytes = 600;
        in.panel_edited |= input_text("reservations.panel.address_field", tr("reservations.address"), p.address, a);
        in.facts_changed |= draw_rules_form("reservations.facts", p.facts, p.outcome, false);
        break;
      }
      default: break;
    }
    if (!field_error(p.errors, "form").empty()) text("reservations.panel.error", field_error(p.errors, "form"), Tone::Error);
    ButtonOpts b;
    b.style = p.action == state::ResvAction::Cancel ? ButtonStyle::Danger : ButtonStyle::Primary;
    b.enabled = !p.busy;
    static const char* keys[] = {"", "reservations.dispatch_submit", "reservations.contact_submit", "reservations.convert_submit",
                                 "reservations.cancel_submit"};
    if (button("reservations.panel.submit", p.busy ? tr("common.loading") : tr(keys[static_cast<int>(p.action)]), b)) in.panel_submit = true;
  }
  card_end();
  spacing(8);
}

void draw_row(const state::ReservationsState& s, const state::Reservation& r, long long i, float row_h, double now, state::ReservationsIntent& in) {
  const std::string id = "reservations.row." + std::to_string(i);
  const bool selected = s.panel && s.panel->number == r.number;
  const RowHit h = row_button(id.c_str(), r.number, row_h, selected);
  if (h.clicked) in.open = std::make_pair(r.number, s.panel && s.panel->number == r.number ? s.panel->action : state::ResvAction::None);
  const Palette& p = palette();
  const bool narrow = is_narrow();
  const float lh = line_height(), fs = ImGui::GetFontSize();
  const float x0 = h.min.x + 12, x1 = h.max.x - 12;
  float y = h.min.y + (row_h - lh * (narrow ? 3 : 2)) * 0.5f + (lh - fs) * 0.5f;
  bool live = false;
  state::Urgency u = state::Urgency::Normal;
  const std::string clock = clock_text(s, r, now, live, u);
  in.has_countdown |= live;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(ImVec2(h.min.x + 1, h.min.y + 3), ImVec2(h.min.x + 5, h.max.y - 3), urgency_colour(u), 2.0f);
  float x = x0;
  x += row_text(ImVec2(x, y), x1 - x, r.number, ImGui::GetColorU32(p.accent)) + 10;
  const std::string ch = r.channel == "phone" ? tr("reservations.channel_phone") : tr("reservations.channel_online");
  x += row_text(ImVec2(x, y), x1 - x, ch, ImGui::GetColorU32(p.muted)) + 10;
  const float cw = ImGui::CalcTextSize(clock.c_str()).x;
  const ImVec2 c0(x1 - cw - 12, y - (lh - fs) * 0.5f + 2), c1(x1, y + fs + (lh - fs) * 0.5f - 2);
  dl->AddRectFilled(c0, c1, urgency_fill(u), (c1.y - c0.y) * 0.5f);
  row_text(ImVec2(c0.x + 6, y), cw + 1, clock, urgency_colour(u));
  record_rect((id + ".clock").c_str(), clock, "badge", true, c0.x, c0.y, c1.x, c1.y);
  const std::string who = r.name + "  " + r.phone;
  if (!narrow) row_text(ImVec2(x, y), c0.x - 10 - x, who, ImGui::GetColorU32(p.text));
  y += lh;
  if (narrow) {
    row_text(ImVec2(x0, y), x1 - x0, who, ImGui::GetColorU32(p.text));
    y += lh;
  }
  std::string second = r.customer_type + " · " + r.address;
  if (!r.manager.empty()) second = trf("queue.manager_is", {r.manager}) + " · " + second;
  row_text(ImVec2(x0, y), x1 - x0, second, ImGui::GetColorU32(p.muted));
}

}  // namespace

state::ReservationsIntent draw_reservations(state::ReservationsState& s, double now, bool can_pick_manager) {
  state::ReservationsIntent in;
  heading("reservations.title", tr("reservations.title"), 2);
  text("reservations.intro", tr("reservations.intro"), Tone::Muted);
  if (button("reservations.new_phone", s.show_phone_form ? tr("reservations.hide_phone") : tr("reservations.new_phone"),
             {s.show_phone_form ? ButtonStyle::Secondary : ButtonStyle::Primary}))
    in.toggle_phone_form = true;
  if (!s.notice.empty()) text("reservations.notice", s.notice, Tone::Success);
  if (s.show_phone_form) draw_phone_form(s.phone, in);
  spacing(4);

  if (s.panel) {
    for (const auto& r : s.items)
      if (r.number == s.panel->number) {
        draw_panel(s, r, now, can_pick_manager, in);
        break;
      }
  }

  const std::vector<std::string> st = {tr("reservations.status.open"), tr("reservations.status.handled"), tr("reservations.status.converted"),
                                       tr("reservations.status.cancelled"), tr("reservations.all")};
  grid_begin("reservations.filters", 2);
  grid_next();
  in.status_changed |= combo("reservations.status", tr("reservations.status_filter"), s.status, views(st));
  grid_end();
  text("reservations.count", trf("reservations.count", {std::to_string(s.items.size())}), Tone::Muted);
  same_line(16);
  if (link("reservations.refresh", tr("common.refresh"), !s.load.busy())) in.refresh = true;
  if (!s.error.empty()) text("reservations.error", s.error, Tone::Error);
  if (!s.loaded && s.error.empty()) text("reservations.loading", tr("common.loading"), Tone::Muted);
  if (s.loaded && s.items.empty()) text("reservations.empty", tr("reservations.empty"), Tone::Muted);

  const bool narrow = is_narrow();
  const float row_h = std::floor(line_height() * (narrow ? 3 : 2) + 20);
  const auto w = virtual_list_begin("reservations.list", static_cast<long long>(s.items.size()), row_h);
  for (long long i = w.first; i < w.last; ++i) draw_row(s, s.items[static_cast<std::size_t>(i)], i, row_h, now, in);
  virtual_list_end(w);
  return in;
}

}  // namespace ui::screens
