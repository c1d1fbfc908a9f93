// The apply wizard (issue 4). The case is evaluated by shared/ rules in the browser as the user
// types; the application is created on "submit"; then the picked documents are uploaded one by one
// with progress. A failed submit keeps everything typed and shows the server's message beside the
// field it names.
#include "controllers/controllers.h"
#include "controllers/customer_util.h"
#include "platform/files.h"
#include "platform/geolocation.h"
#include "state/customer_common.h"
#include "ui/screens/apply_screen.h"

namespace app {
namespace {

SlotFinder apply_slot(Ctx& c, std::string kind) {
  return [&c, kind]() -> state::UploadSlot* {
    for (auto& d : c.s.customer.apply.docs)
      if (d.kind == kind) return &d;
    return nullptr;
  };
}

// Sends the next picked document of the created application, if any.
void upload_next(Ctx& c) {
  auto& s = c.s.customer.apply;
  if (s.uploading >= 0 || !s.result.is_object()) return;
  const int i = state::next_to_upload(s.docs);
  if (i < 0) return;
  s.uploading = i;
  const std::string number = state::jstr(s.result, "number");
  upload_slot(c, number, apply_slot(c, s.docs[static_cast<std::size_t>(i)].kind), [&c, number](bool) {
    auto& a = c.s.customer.apply;
    if (!a.result.is_object() || state::jstr(a.result, "number") != number) return;  // reset meanwhile
    a.uploading = -1;
    upload_next(c);
  });
}

void submit(Ctx& c) {
  auto& s = c.s.customer.apply;
  const long long id = state::next_request_id();
  s.pending = id;
  s.errors.erase("form");
  post(c, "/applications", state::apply_body(s, c.s.kiosk), [&c, id](const net::ApiReply& r) {
    auto& a = c.s.customer.apply;
    if (a.pending != id) return;
    a.pending = 0;
    if (!r.ok()) return state::place_apply_error(a, reply_field(r), reply_message(r));
    state::apply_created(a, r.body);
    upload_next(c);
  });
}

}  // namespace

void apply_frame(Ctx& c) {
  state::take_chosen_manager(c.s);  // back from the managers screen
  auto& s = c.s.customer.apply;
  const auto& u = c.s.session.user;
  // The home page's "what applies to me?" case comes along (its "apply for this").
  if (!s.started) state::start_apply(s, c.s.home.form, u ? u->name : "", u ? u->phone : "");
  else if (entered("apply")) state::take_home_case(s, c.s.home.form);
  const auto in = ui::screens::draw_apply(s);
  if (in.case_changed) {
    state::refresh_apply_plan(s);
    if (s.step == state::ApplyStep::Details) s.errors.erase("meter_location");
  }
  if (in.details_edited) state::check_details(s, false);
  if (in.toggle_plan) s.plan_details = !s.plan_details;
  if (in.back) state::step_back(s);
  if (in.next) {
    if (s.step == state::ApplyStep::Details) state::check_details(s, true);
    state::step_next(s);
  }
  if (in.choose_manager) state::go(c.s, state::Screen::Managers, "apply");
  if (in.locate && !s.locating) {
    s.locating = true;
    s.locate_note.clear();
    platform::locate([&c](platform::Position p) {
      auto& a = c.s.customer.apply;
      if (!a.locating) return;  // reset meanwhile
      state::located(a, p.ok, p.latitude, p.longitude, p.accuracy_m, p.error);
    });
  }
  if (in.clear_manager) {
    s.manager_id = 0;
    s.manager_name.clear();
  }
  if (in.pick >= 0)
    pick_for_slot(c, "apply.doc." + std::to_string(in.pick) + ".pick", apply_slot(c, s.docs[static_cast<std::size_t>(in.pick)].kind));
  if (in.remove >= 0) {
    auto& d = s.docs[static_cast<std::size_t>(in.remove)];
    platform::release_file(d.file);
    state::UploadSlot fresh;
    fresh.kind = d.kind;
    fresh.name_zh = d.name_zh;
    fresh.name_en = d.name_en;
    fresh.note_zh = d.note_zh;
    fresh.note_en = d.note_en;
    d = fresh;
  }
  if (in.retry >= 0 && s.uploading < 0) {
    s.docs[static_cast<std::size_t>(in.retry)].stage = state::UploadSlot::Stage::Picked;
    upload_next(c);
  }
  if (in.submit && s.pending == 0 && s.step == state::ApplyStep::Confirm) submit(c);
  if (in.open_detail) state::go(c.s, state::Screen::Detail, state::jstr(s.result, "number"));
  if (in.again && s.uploading < 0) state::reset_apply(s);
}

}  // namespace app
