// Indicators (issue 5; rules M4, G5): draw, then apply the intent (state/indicators_state); the
// CSV download (the browser's, the session cookie authenticates it) and picking an outage file
// stay here (the platform's).
#include "controllers/controllers.h"
#include "controllers/customer_util.h"
#include "controllers/runner.h"
#include "platform/files.h"
#include "platform/media.h"
#include "ui/action_form.h"
#include "ui/screens/indicators_screen.h"

namespace app {

void indicators_frame(Ctx& c) {
  auto& s = c.s.staff.indicators;
  const std::string role = c.s.session.user ? c.s.session.user->role : "";
  state::IndicatorsIntent in = ui::screens::draw_indicators(s, role);
  in.entered = entered("indicators");
  in.today = ui::form_clock().today;
  run(c, state::apply(c.s, in));
  if (in.csv && s.data) {
    // The figures on screen, as CSV: the same query (the file is the server's, UTF-8 with BOM).
    platform::download("/api/v1/indicators.csv" + s.loaded_query, "indicators-" + s.data->from + "-" + s.data->to + ".csv");
  }
  if (in.pick_outage_file) {
    platform::pick_files(".csv,text/csv", false, [&c](std::vector<platform::PickedFile> files) {
      if (files.empty()) return;
      const int h = files.front().handle;
      platform::read_file_text(h, [&c, h](bool ok, std::string text) {
        platform::release_file(h);
        auto& x = c.s.staff.indicators;
        if (ok) {
          x.outage_csv = std::move(text);
          x.outage_problems.clear();
        } else {
          x.outage_problems[0] = state::tr("pool.file_unreadable");
        }
      });
    });
  }
}

}  // namespace app
