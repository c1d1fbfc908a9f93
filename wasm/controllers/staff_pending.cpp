// Staff screens not built yet (issue 5). Each is replaced by controllers/<screen>.cpp; remove its
// line here when it lands.
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

void queue_frame(Ctx&) { pending("queue.pending"); }
void intake_frame(Ctx&) { pending("intake.pending"); }
void reservations_frame(Ctx&) { pending("reservations.pending"); }
void board_frame(Ctx&) { pending("board.pending"); }
void indicators_frame(Ctx&) { pending("indicators.pending"); }
void reserve_pool_frame(Ctx&) { pending("reserve_pool.pending"); }
void capacity_frame(Ctx&) { pending("capacity.pending"); }
void admin_frame(Ctx&) { pending("admin.pending"); }

}  // namespace app
