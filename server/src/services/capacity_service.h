// Open grid capacity (rule R4): staff keep the available capacity per area and feeder; anyone —
// a customer comparing supply options, or a visitor without an account — queries an area; every
// query is logged (who when logged in, when, what area, from which client address).
#pragma once
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "services/application_service.h"
#include "services/env.h"

namespace gp::server {

class CapacityService {
 public:
  CapacityService(const Env& env, ApplicationService& apps) : env_(env), apps_(apps) {}

  // Body {"area","feeder","voltage_kv","capacity_kva","available_kva","note"?}: insert or update by
  // (area, feeder). {"entry":{...},"created":bool}.
  nlohmann::json upsert(const Caller& c, const nlohmann::json& body);
  // Entries whose area contains `area` ("" = every area); the query is logged.
  // Body {"area"} (optional). A POST: the log is a write (issue 15: GET never writes).
  nlohmann::json query(const std::optional<Caller>& c, const nlohmann::json& body, const std::string& client_address);
  // The query log, newest first (staff).
  nlohmann::json queries(int page, int page_size);

 private:
  Env env_;  // database, clock, calendar, configuration, notifier (services/env.h)
  ApplicationService& apps_;
};

}  // namespace gp::server
