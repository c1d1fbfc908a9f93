// Open capacity (issue 5; rule R4): the areas and feeders (staff's own reads are logged too, as
// every query is), edits by project managers, the command center and admins, and the query log.
#include "controllers/controllers.h"
#include "controllers/customer_util.h"
#include "state/customer_common.h"
#include "ui/screens/capacity_screen.h"

namespace app {
namespace {

void load(Ctx& c) {
  auto& s = c.s.staff.capacity;
  const long long id = state::next_request_id();
  s.pending = id;
  post(c, "/capacity/query", state::capacity_query_body(s), [&c, id](const net::ApiReply& r) {
    auto& x = c.s.staff.capacity;
    if (x.pending != id) return;
    x.pending = 0;
    if (r.ok()) state::capacity_loaded(x, r.body);
    else x.error = reply_message(r);
  });
}

void load_log(Ctx& c) {
  auto& s = c.s.staff.capacity;
  const long long id = state::next_request_id();
  s.log_pending = id;
  get(c, state::capacity_log_path(s), [&c, id](const net::ApiReply& r) {
    auto& x = c.s.staff.capacity;
    if (x.log_pending != id) return;
    x.log_pending = 0;
    if (r.ok()) state::capacity_log_loaded(x, r.body);
    else x.log_error = reply_message(r);
  });
}

}  // namespace

void capacity_frame(Ctx& c) {
  auto& s = c.s.staff.capacity;
  if (entered("capacity")) {
    if (s.tab == 0 && s.pending == 0) load(c);
    if (s.tab == 1 && s.log_pending == 0) load_log(c);
  }
  const std::string role = c.s.session.user ? c.s.session.user->role : "";
  const bool can_edit = role == "project_manager" || role == "command_center" || role == "admin";
  const auto in = ui::screens::draw_capacity(s, can_edit);
  if (in.tab >= 0) {
    s.tab = in.tab;
    if (s.tab == 1) load_log(c);  // the newest queries, including the ones just made
    else load(c);
  }
  if (in.search) {
    s.area_filter = s.area_typed;
    load(c);
  }
  if (in.new_entry) {
    s.form = state::CapacityForm{};
    s.show_form = true;
    s.notice.clear();
  }
  if (in.edit >= 0 && in.edit < static_cast<int>(s.entries.size())) state::edit_entry(s, s.entries[static_cast<std::size_t>(in.edit)]);
  if (in.close_form) s.show_form = false;
  if (in.form_edited) state::check_capacity_form(s.form, false);
  if (in.save && !s.form.busy && state::check_capacity_form(s.form, true)) {
    s.form.busy = true;
    post(c, "/capacity", state::capacity_body(s.form), [&c](const net::ApiReply& r) {
      auto& x = c.s.staff.capacity;
      x.form.busy = false;
      if (!r.ok()) return state::place_capacity_error(x.form, reply_field(r), reply_message(r));
      x.notice = state::trf(r.body.value("created", false) ? "capacity.created" : "capacity.updated", {x.form.area + " " + x.form.feeder});
      x.show_form = false;
      load(c);
    });
  }
  if (in.log_page != 0) {
    s.log_page = std::max(1, s.log_page + in.log_page);
    load_log(c);
  }
}

}  // namespace app
