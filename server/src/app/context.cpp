#include "app/context.h"

namespace gp::server {

AppContext::AppContext(ServeOptions o)
    : options(std::move(o)),
      db(options.data_dir),
      config(db),
      auth(db, clock),
      kiosks(db, clock),
      applications(db, calendar, config, clock, notifier),
      documents(applications, options.max_upload_bytes),
      contracts(applications, auth),
      ratings(applications),
      reservations(applications),
      sla(applications, std::chrono::milliseconds(options.sla_budget_ms)),
      board(applications),
      reserve(applications),
      consultations(applications),
      capacity(applications),
      indicators(applications),
      reliability(applications),
      administration(applications),
      public_limiter(options.public_rate_limit, 60) {
  if (options.test_clock) clock.make_settable();
  administration.restore_calendar();  // years published at run time (e.g. 2027) survive a restart
}

}  // namespace gp::server
