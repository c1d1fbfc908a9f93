// Satisfaction and the free choice of customer manager (rules P1, M3): the customer rates the
// service and the manager once energized; the public manager list shows each manager's handled
// applications, average working days, satisfaction and current open load.
#pragma once
#include <nlohmann/json.hpp>

#include "services/application_service.h"

namespace gp::server {

class RatingService {
 public:
  explicit RatingService(ApplicationService& apps) : apps_(apps) {}
  // Body {"service_score":1..5, "manager_score":1..5?, "comment"?}. Once, after completion.
  nlohmann::json rate(const Caller& c, const std::string& number, const nlohmann::json& body);
  // Body {"customer_manager": id}: the customer chooses another manager while the application is open.
  nlohmann::json choose_manager(const Caller& c, const std::string& number, const nlohmann::json& body);
  // The public list (no login).
  nlohmann::json managers();

 private:
  ApplicationService& apps_;
};

}  // namespace gp::server
