// Customer screens not built yet (issue 4). Each is replaced by controllers/<screen>.cpp; remove
// its line here when it lands.
#include "controllers/controllers.h"
#include "state/strings.h"
#include "ui/widgets.h"

namespace app {
namespace {
void pending(const char* id) {
  ui::card_begin(id);
  ui::text(id, state::tr("common.coming"), ui::Tone::Muted);
  ui::card_end();
}
}  // namespace

void track_frame(Ctx&) { pending("track.pending"); }
void reserve_frame(Ctx&) { pending("reserve.pending"); }
void managers_frame(Ctx&) { pending("managers.pending"); }
void my_apps_frame(Ctx&) { pending("my.pending"); }
void apply_frame(Ctx&) { pending("apply.pending"); }
void detail_frame(Ctx&) { pending("detail.pending"); }
void contract_frame(Ctx&) { pending("contract.pending"); }
void inbox_frame(Ctx&) { pending("inbox.pending"); }

}  // namespace app
