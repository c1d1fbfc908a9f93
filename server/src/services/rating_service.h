// Satisfaction and the free choice of customer manager (rules P1, M3): the customer rates the
// service and the manager once energized; the public manager list shows each manager's handled
// applications, average working days, satisfaction and current open load.
#pragma once
#include <cstdint>
#include <memory>
#include <mutex>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "services/application_service.h"
#include "services/env.h"
#include "store/conn.h"

namespace gp::server {

class RatingService {
 public:
  RatingService(const Env& env, ApplicationService& apps) : env_(env), apps_(apps) {}
  // Body {"service_score":1..5, "manager_score":1..5?, "comment"?}. Once, after completion.
  nlohmann::json rate(const Caller& c, const std::string& number, const nlohmann::json& body);
  // Body {"customer_manager": id}: the customer chooses another manager while the application is open.
  nlohmann::json choose_manager(const Caller& c, const std::string& number, const nlohmann::json& body);
  // The public list (no login).
  nlohmann::json managers();

 private:
  // Working days taken by a completed application (rule M3), replayed once: a completed
  // application's figure is final for a given holiday calendar, and the public list must not
  // replay every completed application on every anonymous request. Dropped when the calendar changes.
  double completed_days(store::Conn& db, std::int64_t id, const std::shared_ptr<const gp::Calendar>& cal,
                        const gp::SlaPolicy& policy, gp::Instant now, bool* found);

  Env env_;  // database, clock, calendar, configuration, notifier (services/env.h)

  ApplicationService& apps_;
  std::mutex memo_mu_;
  std::shared_ptr<const gp::Calendar> memo_cal_;
  std::unordered_map<std::int64_t, double> memo_;
};

}  // namespace gp::server
