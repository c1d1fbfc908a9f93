// Service-hall intake (issue 5; rules D2, D3): the facts evaluated as staff type; the application
// posted on the customer's behalf (the server records channel service_hall), or a zero-document
// reservation recorded when nothing usable was brought; then the documents brought uploaded.
#include "controllers/controllers.h"
#include "controllers/customer_util.h"
#include "state/customer_common.h"
#include "ui/action_form.h"
#include "ui/screens/intake_screen.h"

namespace app {
namespace {

SlotFinder intake_slot(Ctx& c, std::string number, std::string kind) {
  return [&c, number, kind]() -> state::UploadSlot* {
    auto& s = c.s.staff.intake;
    if (s.created != number) return nullptr;
    for (auto& u : s.uploads)
      if (u.kind == kind) return &u;
    return nullptr;
  };
}

void upload_next(Ctx& c) {
  auto& s = c.s.staff.intake;
  const int i = state::next_to_upload(s.uploads);
  if (i < 0) return;
  const std::string number = s.created, kind = s.uploads[static_cast<std::size_t>(i)].kind;
  upload_slot(c, number, intake_slot(c, number, kind), [&c, number](bool ok) {
    if (ok && c.s.staff.intake.created == number) upload_next(c);  // one after another
  });
}

}  // namespace

void intake_frame(Ctx& c) {
  auto& s = c.s.staff.intake;
  const bool en = state::en();
  if (!s.evaluated) state::intake_refresh(s, en);
  const auto in = ui::screens::draw_intake(s);
  const std::string today = ui::form_clock().today;
  if (in.facts_changed) state::intake_refresh(s, en);
  if (in.edited) state::check_intake(s, false, today);
  if (in.open.size()) state::go(c.s, state::Screen::Detail, in.open);
  if (in.next_customer) {
    state::intake_reset(s);
    state::intake_refresh(s, en);
  }
  if (in.submit && !s.busy) {
    state::intake_refresh(s, en);
    if (state::check_intake(s, true, today)) {
      s.busy = true;
      post(c, "/applications", state::intake_body(s), [&c](const net::ApiReply& r) {
        auto& x = c.s.staff.intake;
        x.busy = false;
        if (!r.ok()) return state::place_intake_error(x, reply_field(r), reply_message(r));
        state::intake_created(x, r.body);
      });
    }
  }
  if (in.reserve && !s.busy && state::check_intake(s, true, today)) {
    s.busy = true;
    post(c, "/reservations", state::intake_reservation_body(s), [&c](const net::ApiReply& r) {
      auto& x = c.s.staff.intake;
      x.busy = false;
      if (!r.ok()) return state::place_intake_error(x, reply_field(r), reply_message(r));
      x.reservation = state::jstr(r.body, "number");
    });
  }
  if (in.pick >= 0) {
    const std::string number = s.created, kind = s.uploads[static_cast<std::size_t>(in.pick)].kind;
    pick_for_slot(c, intake_slot(c, number, kind));
  }
  if (in.retry >= 0) {
    const std::string number = s.created, kind = s.uploads[static_cast<std::size_t>(in.retry)].kind;
    upload_slot(c, number, intake_slot(c, number, kind), nullptr);
  }
  if (in.upload_all) upload_next(c);
}

}  // namespace app
