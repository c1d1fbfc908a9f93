// Temporary-transformer rental packages (临时变压器租赁套餐, rule P4): staff (admin, command center)
// define and retire them; anyone may compare the active ones (public, no login); a temporary-supply
// application picks one at intake (ApplicationService::create_in calls choose_in).
#pragma once
#include <cstdint>
#include <optional>

#include <nlohmann/json.hpp>

#include "services/application_service.h"
#include "services/env.h"

namespace gp::server {

class RentalPackageService {
 public:
  explicit RentalPackageService(const Env& env) : env_(env) {}

  // Public: the active packages. Staff who maintain them (admin, command_center) with `all` see
  // the inactive ones too.
  nlohmann::json list(const Caller* c, bool all);
  nlohmann::json create(const Caller& c, const nlohmann::json& body);            // 201
  nlohmann::json update(const Caller& c, std::int64_t id, const nlohmann::json& body);

 private:
  Env env_;
};

// Inside the application's creation transaction: validates the choice in `body["rental_package_id"]`
// (absent or null: none) against the plan's business and applied capacity and records the package's
// terms with the application (store/application_rentals). Throws a 400 naming rental_package_id.
void choose_rental_package_in(store::Conn& db, const nlohmann::json& body, gp::Business business, double applied_capacity,
                              std::int64_t application_id, gp::Instant now);
// The chosen package's terms for the plan JSON (null when none).
nlohmann::json rental_package_json(store::Conn& db, std::int64_t application_id);

}  // namespace gp::server
