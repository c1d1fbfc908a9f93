// Staff operations that belong to no application (reserve imports, consultations, grid capacity,
// outages, configuration, the holiday calendar) are traced in the same hash-chained event history
// as applications (rule M5: everything done and traced online), inside the caller's transaction.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "services/application_service.h"
#include "store/conn.h"
#include "store/events.h"

namespace gp::server {

inline void trace(store::Conn& db, const Caller& c, const std::string& type, nlohmann::json data, gp::Instant at) {
  gp::Event e;
  e.at = at;
  e.type = type;
  e.role = c.role;
  e.channel = c.channel;
  e.data = std::move(data);
  store::append_event(db, 0, 0, e, c.user_id ? std::optional<std::int64_t>(c.user_id) : std::nullopt);
}

}  // namespace gp::server
