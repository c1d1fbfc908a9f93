// `--demo`: a living county (邾县) in a fresh data directory — staff of every role, customers with
// rare-character names, about 300 applications across every customer type and step (some in
// warning, some overdue), reservations, ratings. Built by driving the real services through
// simulated time, so every record has its full event history. Prints the demo accounts.
#pragma once
#include <ostream>

#include "services/application_service.h"
#include "services/auth_service.h"

namespace gp::server {

struct DemoSummary {
  int staff = 0, customers = 0, applications = 0, reservations = 0;
};

// Seeds only when the database has no users. `now` is the real current time.
DemoSummary seed_demo(store::Database& db, CalendarService& cal, ConfigService& cfg, Notifier& notifier,
                      gp::Instant now, std::ostream& out);

}  // namespace gp::server
