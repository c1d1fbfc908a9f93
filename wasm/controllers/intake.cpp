// Service-hall intake (issue 5; rules D2, D3): draw, then apply the intent (state/intake_state);
// picking and uploading the documents brought stay here (files and progress are the platform's).
#include "controllers/controllers.h"
#include "controllers/customer_util.h"
#include "controllers/runner.h"
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
  if (!s.evaluated) state::intake_refresh(s, state::en());  // the document list of the first draw
  state::IntakeIntent in = ui::screens::draw_intake(s);
  in.today = ui::form_clock().today;
  run(c, state::apply(c.s, in));
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
