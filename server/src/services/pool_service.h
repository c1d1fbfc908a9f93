// Work-ticket grabbing (报装工作票抢单, rule M7): the pool of new applications offered to the
// customer managers, the grab (first claim wins: the check and the assignment are one write
// transaction, and the database has one writer), and the sweep that assigns what nobody grabbed
// when the pool's window closes. The rule itself is gp::grab_refusal (shared/include/gp/grab.h).
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "services/application_service.h"
#include "services/env.h"
#include "services/sla_job.h"

namespace gp::server {

class PoolService {
 public:
  PoolService(const Env& env, ApplicationService& apps) : env_(env), apps_(apps) {}
  // Customer managers, the command center and admin: what is in the pool, with the settings.
  nlohmann::json list(const Caller& c);
  // A customer manager takes the application; 409 with the reason when it is gone or refused.
  nlohmann::json grab(const Caller& c, const std::string& number);
  // A watch of the SLA job: applications whose window closed go to the least loaded manager.
  void sweep(gp::Instant now, SweepReport& report);

 private:
  Env env_;
  ApplicationService& apps_;
};

}  // namespace gp::server
