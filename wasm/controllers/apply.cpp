// The apply wizard (issue 4). The case is evaluated by shared/ rules in the browser as the user
// types; the application is created on "submit"; then the picked documents are uploaded one by one
// with progress. A failed submit keeps everything typed and shows the server's message beside the
// field it names. Open, draw, then apply the intent (state/apply_state); picking, uploading and
// the device's position are the platform's, here.
#include "controllers/controllers.h"
#include "controllers/customer_util.h"
#include "controllers/runner.h"
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

}  // namespace

void apply_frame(Ctx& c) {
  state::open_apply(c.s, entered("apply"));
  auto& s = c.s.customer.apply;
  const auto in = ui::screens::draw_apply(s);
  if (in.locate && !s.locating) {
    s.locating = true;
    s.locate_note.clear();
    platform::locate([&c](platform::Position p) {
      auto& a = c.s.customer.apply;
      if (!a.locating) return;  // reset meanwhile
      state::located(a, p.ok, p.latitude, p.longitude, p.accuracy_m, p.error);
    });
  }
  if (in.pick >= 0)
    pick_for_slot(c, "apply.doc." + std::to_string(in.pick) + ".pick", apply_slot(c, s.docs[static_cast<std::size_t>(in.pick)].kind));
  if (in.remove >= 0) platform::release_file(s.docs[static_cast<std::size_t>(in.remove)].file);
  run(c, state::apply(c.s, in));
  if (c.s.customer.apply.send_docs) {  // created, or "retry": the picked files go now
    c.s.customer.apply.send_docs = false;
    upload_next(c);
  }
}

}  // namespace app
