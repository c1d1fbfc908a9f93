// The pool of applications offered for grabbing (rule M7, 抢单): applications.pooled_at
// (migration 14). An application is in the pool while it is open, was pooled and has no customer
// manager; taking it (grab, direct assignment, expiry) is an assign_managers event, which sets the
// manager and so takes it out of the pool.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "gp/date.h"
#include "store/conn.h"

namespace gp::store {

struct PooledApplication {
  std::int64_t id = 0;
  std::string number;
  nlohmann::json facts;   // for the business and customer type
  std::string address;
  gp::Instant submitted_at = 0, pooled_at = 0;
};

void mark_pooled(Conn& db, std::int64_t application_id, gp::Instant at);
// Oldest first.
std::vector<PooledApplication> pooled_applications(Conn& db);
// The pool time of an open application without a customer manager; nullopt when it is not pooled.
std::optional<gp::Instant> pooled_at(Conn& db, std::int64_t application_id);
// Applications whose offer ended at or before `closed_before` (pooled_at <= closed_before).
std::vector<std::int64_t> pooled_since(Conn& db, gp::Instant closed_before);

}  // namespace gp::store
