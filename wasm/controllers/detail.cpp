// One application in detail, for its customer and for staff (issue 4; rules P1, P2). Fetched on
// each visit, after every action, and whenever the inbox's long poll brings news of it — so the
// timeline moves on without a reload of the page. Staff see their own panels at the end
// (controllers/detail_staff.cpp).
#include "controllers/controllers.h"
#include "controllers/customer_util.h"
#include "controllers/detail_staff.h"
#include "state/customer_common.h"
#include "state/strings.h"
#include "ui/screens/detail_screen.h"

namespace app {
namespace {

void load(Ctx& c) {
  auto& s = c.s.customer.detail;
  const long long id = state::next_request_id();
  const std::string number = s.number;
  s.pending = id;
  s.reload = false;
  get(c, "/applications/" + state::url_encode(number), [&c, id](const net::ApiReply& r) {
    auto& d = c.s.customer.detail;
    if (d.pending != id) return;
    d.pending = 0;
    if (r.ok()) state::detail_loaded(d, r.body);
    else d.error = reply_message(r);
  });
}

state::ActionForm* find_action(Ctx& c, const std::string& action, long long id) {
  for (auto& f : c.s.customer.detail.actions)
    if (f.action == action && f.pending == id) return &f;
  return nullptr;
}

void send_action(Ctx& c, state::ActionForm& f) {
  const long long id = state::next_request_id();
  const std::string number = c.s.customer.detail.number;
  const std::string action = f.action;
  const std::string label = state::action_label(f);
  f.busy = true;
  f.pending = id;
  post(c, "/applications/" + state::url_encode(number) + "/actions", state::action_body(f),
       [&c, id, action, label, number](const net::ApiReply& r) {
         auto& d = c.s.customer.detail;
         state::ActionForm* form = find_action(c, action, id);
         if (!form || d.number != number) return;
         form->busy = false;
         form->pending = 0;
         if (!r.ok()) return state::place_action_error(*form, reply_field(r), reply_message(r));  // values kept
         state::reset_values(*form);
         form->open = false;
         d.notice = state::trf("detail.action_done", {label});
         state::detail_loaded(d, r.body);
       });
}

SlotFinder detail_slot(Ctx& c, std::string number, std::string kind) {
  return [&c, number, kind]() -> state::UploadSlot* {
    auto& d = c.s.customer.detail;
    if (d.number != number) return nullptr;
    for (auto& u : d.uploads)
      if (u.kind == kind) return &u;
    return nullptr;
  };
}

void upload(Ctx& c, const std::string& number, const std::string& kind) {
  upload_slot(c, number, detail_slot(c, number, kind), [&c, number](bool ok) {
    auto& d = c.s.customer.detail;
    if (ok && d.number == number) d.reload = true;  // the checklist and the history show it
  });
}

}  // namespace

void detail_frame(Ctx& c) {
  auto& s = c.s.customer.detail;
  const std::string number = c.s.route.param;
  bool fetch = state::open_detail(s, number);
  fetch |= entered("detail");
  fetch |= state::take_touched(c.s.inbox, number);  // news of it: the timeline updates in place
  fetch |= s.reload;
  if (fetch && !number.empty()) {
    if (s.pending == 0) load(c);
    else s.reload = true;  // once the answer in flight is in
  }
  const bool staff = c.s.session.user && c.s.session.user->staff();
  const bool customer = c.s.session.user && !staff;
  const auto in = ui::screens::draw_detail(s, customer, ui::form_clock());
  if (in.back) state::back(c.s);
  if (in.reload && s.pending == 0) {
    s.error.clear();
    load(c);
  }
  if (in.toggle_action >= 0) {
    auto& f = s.actions[static_cast<std::size_t>(in.toggle_action)];
    f.open = !f.open;
    s.notice.clear();
  }
  if (in.edited_action >= 0) state::check_action(s.actions[static_cast<std::size_t>(in.edited_action)], false);
  if (in.submit_action >= 0) {
    auto& f = s.actions[static_cast<std::size_t>(in.submit_action)];
    if (!f.busy && state::check_action(f, true)) send_action(c, f);
  }
  if (in.pick >= 0) {
    const std::string kind = s.uploads[static_cast<std::size_t>(in.pick)].kind;
    pick_for_slot(c, "detail.doc." + std::to_string(in.pick) + ".pick", detail_slot(c, number, kind),
                  [&c, number, kind] { upload(c, number, kind); });
  }
  if (in.retry >= 0) upload(c, number, s.uploads[static_cast<std::size_t>(in.retry)].kind);
  if (in.contract) state::go(c.s, state::Screen::Contract, number);
  if (in.works_contract) state::go(c.s, state::Screen::WorksContract, number);
  if (in.choose_manager) state::go(c.s, state::Screen::Managers, number);
  if (in.toggle_events) s.show_events = !s.show_events;
  if (in.rate_edited) state::check_rating(s.rating, false);
  if (in.rate_submit && s.rating.pending == 0 && state::check_rating(s.rating, true)) {
    const long long id = state::next_request_id();
    s.rating.pending = id;
    post(c, "/applications/" + state::url_encode(number) + "/rating", state::rating_body(s.rating), [&c, id](const net::ApiReply& r) {
      auto& d = c.s.customer.detail;
      if (d.rating.pending != id) return;
      d.rating.pending = 0;
      if (!r.ok()) return state::place_rating_error(d.rating, reply_field(r), reply_message(r));
      d.notice = state::tr("rate.thanks");
      state::detail_loaded(d, r.body);
    });
  }
  if (staff && s.app.is_object()) {
    bool reload = false;
    detail_staff_panels(c, s.app, reload);
    if (reload) s.reload = true;
  }
}

}  // namespace app
