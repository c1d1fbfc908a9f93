// Reserve projects and consultations (issue 5; rules R1–R3): draw, then apply the intent
// (state/pool_state); picking and reading an import file stays here (the platform's).
#include "controllers/controllers.h"
#include "controllers/customer_util.h"
#include "controllers/runner.h"
#include "platform/files.h"
#include "platform/media.h"
#include "ui/screens/pool_screen.h"

namespace app {

void reserve_pool_frame(Ctx& c) {
  state::PoolIntent in = ui::screens::draw_pool(c.s.staff.pool, state::pool_can_convert(c.s), state::pool_can_consult(c.s));
  in.entered = entered("reserve_pool");
  run(c, state::apply(c.s, in));
  if (in.pick_file) {
    platform::pick_files(".csv,.json,text/csv,application/json", false, [&c](std::vector<platform::PickedFile> files) {
      if (files.empty()) return;
      const int h = files.front().handle;
      const std::string name = files.front().name;
      platform::read_file_text(h, [&c, h, name](bool ok, std::string text) {
        platform::release_file(h);
        auto& x = c.s.staff.pool;
        if (!ok) {
          x.import_error = state::tr("pool.file_unreadable");
          return;
        }
        x.import_text = std::move(text);
        x.import_file = name;
        x.import_error.clear();
        x.problems.clear();
        x.problem_lines.clear();
        x.import_notice.clear();
      });
    });
  }
}

}  // namespace app
