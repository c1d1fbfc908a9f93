// Everything the route groups share, built once at start-up and passed to each
// register_*_routes function. Later issues add their services here (store, sessions, events).
#pragma once
#include <string>

#include "app/options.h"
#include "services/calendar_service.h"

namespace gp::server {

struct AppContext {
  explicit AppContext(ServeOptions o) : options(std::move(o)) {}

  ServeOptions options;
  std::string site_root;      // realpath of --site, "" when no static files are served
  CalendarService calendar;   // the one working-day calendar (rules T1–T6)
};

}  // namespace gp::server
