// What a use case works with besides its own state: the database, the clock, the working-day
// calendar, the company's configuration and the notifier (issue 16). Given to each service at
// start-up (app/context.h builds one), instead of reaching them through ApplicationService.
#pragma once
#include "services/calendar_service.h"
#include "services/clock.h"
#include "services/config_service.h"
#include "services/notifier.h"
#include "store/database.h"

namespace gp::server {

struct Env {
  store::Database& db;
  Clock& clock;
  CalendarService& cal;
  ConfigService& cfg;
  Notifier& notifier;
};

}  // namespace gp::server
