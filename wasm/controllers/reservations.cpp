// Reservations for staff (issue 5; rule D4): the list with live clocks (a frame each second only
// while a clock is on screen), recording a phone call, and dispatch / contact / convert / cancel.
#include <imgui.h>

#include "controllers/controllers.h"
#include "controllers/customer_util.h"
#include "platform/redraw.h"
#include "state/customer_common.h"
#include "ui/action_form.h"
#include "ui/screens/reservations_screen.h"

namespace app {
namespace {

bool supervisor(const Ctx& c) {
  return c.s.session.user && (c.s.session.user->role == "command_center" || c.s.session.user->role == "admin");
}

void load(Ctx& c) {
  auto& s = c.s.staff.reservations;
  const long long id = state::next_request_id();
  s.pending = id;
  get(c, state::reservations_path(s), [&c, id](const net::ApiReply& r) {
    auto& x = c.s.staff.reservations;
    if (x.pending != id) return;
    x.pending = 0;
    if (r.ok()) state::reservations_loaded(x, r.body, c.now);
    else x.error = reply_message(r);
  });
}

void load_managers(Ctx& c) {
  auto& s = c.s.staff.reservations;
  if (s.managers_requested || !supervisor(c)) return;
  s.managers_requested = true;
  get(c, "/admin/users", [&c](const net::ApiReply& r) {
    if (!r.ok()) return;
    auto& x = c.s.staff.reservations;
    x.managers.clear();
    for (const auto& m : state::parse_staff_managers(r.body))
      if (m.role == "customer_manager") x.managers.emplace_back(m.id, m.name);
  });
}

void submit_phone(Ctx& c) {
  auto& f = c.s.staff.reservations.phone;
  f.busy = true;
  post(c, "/reservations", state::phone_form_body(f, ui::form_clock().today), [&c](const net::ApiReply& r) {
    auto& s = c.s.staff.reservations;
    s.phone.busy = false;
    if (!r.ok()) return state::place_phone_error(s.phone, reply_field(r), reply_message(r));
    s.notice = state::trf("reservations.recorded", {state::jstr(r.body, "number")});
    s.phone = state::PhoneForm{};
    s.show_phone_form = false;
    s.status = 0;
    load(c);
  });
}

void submit_panel(Ctx& c) {
  auto& s = c.s.staff.reservations;
  auto& p = *s.panel;
  const long long me = c.s.session.user ? c.s.session.user->id : 0;
  auto body = state::panel_body(p, s.managers, me, supervisor(c));
  if (!body) return;
  p.busy = true;
  const std::string number = p.number;
  const state::ResvAction action = p.action;
  post(c, "/reservations/" + state::url_encode(number) + "/actions", *body, [&c, number, action](const net::ApiReply& r) {
    auto& x = c.s.staff.reservations;
    if (!x.panel || x.panel->number != number) return;
    x.panel->busy = false;
    if (!r.ok()) return state::place_panel_error(*x.panel, reply_field(r), reply_message(r));
    if (action == state::ResvAction::Convert && r.body.contains("application")) {
      // At the site survey the reservation became an application: go on there.
      const std::string app_number = state::jstr(r.body.at("application"), "number");
      c.s.flash = state::trf("reservations.converted", {number, app_number});
      c.s.flash_error = false;
      x.panel.reset();
      state::go(c.s, state::Screen::Detail, app_number);
      return;
    }
    static const char* done[] = {"", "reservations.dispatched", "reservations.contacted", "", "reservations.cancelled"};
    x.notice = state::trf(done[static_cast<int>(action)], {number});
    x.panel.reset();
    load(c);
  });
}

}  // namespace

void reservations_frame(Ctx& c) {
  auto& s = c.s.staff.reservations;
  load_managers(c);
  if ((entered("reservations") || (s.loaded && c.now - s.loaded_at >= 60)) && s.pending == 0) load(c);

  const auto in = ui::screens::draw_reservations(s, c.now, supervisor(c));
  if (in.toggle_phone_form) s.show_phone_form = !s.show_phone_form;
  if (in.phone_edited) state::check_phone_form(s.phone, false);
  if (in.phone_submit && !s.phone.busy && state::check_phone_form(s.phone, true)) submit_phone(c);
  if (in.status_changed || in.refresh) {
    s.notice.clear();
    load(c);
  }
  if (in.close) s.panel.reset();
  if (in.open) {
    for (const auto& r : s.items)
      if (r.number == in.open->first) {
        const bool fresh = !s.panel || s.panel->number != r.number;
        state::open_panel(s, r, in.open->second);
        if (fresh) ImGui::SetScrollY(0);  // the panel is above the list
      }
    s.notice.clear();
  }
  if (s.panel && in.facts_changed) s.panel->outcome = state::evaluate_form(s.panel->facts, state::en());
  if (s.panel && in.panel_edited) s.panel->errors.erase("form");
  if (s.panel && in.panel_submit && !s.panel->busy) submit_panel(c);
  if (!in.open_application.empty()) state::go(c.s, state::Screen::Detail, in.open_application);

  // Live clocks (rule D4): a frame when a shown countdown's text changes, only while one is shown.
  if (in.has_countdown) {
    if (auto tick = state::reservations_next_tick(s, c.now)) platform::request_redraw_in(*tick + 0.001);
  } else if (s.loaded) {
    platform::request_redraw_in(std::max(1.0, 60 - (c.now - s.loaded_at)));
  }
}

}  // namespace app
