// One application in detail, for its customer and for staff (issue 4; rules P1, P2). Fetched on
// each visit, after every action, and whenever the inbox's long poll brings news of it — so the
// timeline moves on without a reload of the page (state/detail_state: open_detail, apply).
// Picking and uploading documents are the platform's, here; staff see their own panels at the end
// (controllers/detail_staff.cpp).
#include "controllers/controllers.h"
#include "controllers/customer_util.h"
#include "controllers/detail_staff.h"
#include "controllers/runner.h"
#include "ui/screens/detail_screen.h"

namespace app {
namespace {

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
  run(c, state::open_detail(c.s, entered("detail")));
  const bool staff = c.s.session.user && c.s.session.user->staff();
  const bool customer = c.s.session.user && !staff;
  const auto in = ui::screens::draw_detail(s, customer, ui::form_clock());
  if (in.pick >= 0) {
    const std::string kind = s.uploads[static_cast<std::size_t>(in.pick)].kind;
    pick_for_slot(c, "detail.doc." + std::to_string(in.pick) + ".pick", detail_slot(c, number, kind),
                  [&c, number, kind] { upload(c, number, kind); });
  }
  if (in.retry >= 0) upload(c, number, s.uploads[static_cast<std::size_t>(in.retry)].kind);
  run(c, state::apply(c.s, in));
  if (staff && s.app.is_object()) {
    bool reload = false;
    detail_staff_panels(c, s.app, reload);
    if (reload) s.reload = true;
  }
}

}  // namespace app
