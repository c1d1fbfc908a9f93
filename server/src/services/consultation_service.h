// Supply-plan consultation before a formal application (rule R2): a 10 kV (or higher) customer
// holding only a business licence states the company, credit code, capacity, voltage and address,
// and gets a preliminary supply plan at once from shared/ — and, for an asset-transfer customer, the
// offer of a pre-review of the transfer drawings. Staff reply with an opinion; the customer reads it.
#pragma once
#include <nlohmann/json.hpp>

#include "services/application_service.h"
#include "services/env.h"

namespace gp::server {

class ConsultationService {
 public:
  ConsultationService(const Env& env, ApplicationService& apps) : env_(env), apps_(apps) {}

  // Body {"company","credit_code","capacity_kw","voltage_kv","address","asset_transfer"?,"industry"?,
  // "in_provincial_park"?}. Anyone logged in.
  nlohmann::json create(const Caller& c, const nlohmann::json& body);
  // Staff: all (status "" | "open" | "replied"); customers: their own.
  nlohmann::json list(const Caller& c, const std::string& status, int page, int page_size);
  // Its customer or staff; a stranger gets 404.
  nlohmann::json get(const Caller& c, std::int64_t id);
  // Staff: {"opinion"}; once (409 when already replied). The customer is notified.
  nlohmann::json reply(const Caller& c, std::int64_t id, const nlohmann::json& body);

 private:
  Env env_;  // database, clock, calendar, configuration, notifier (services/env.h)
  ApplicationService& apps_;
};

}  // namespace gp::server
