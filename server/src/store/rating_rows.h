// The customer's rating of an application as its detail shows it (table ratings). Writing
// ratings lives with RatingService's repository.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "gp/date.h"
#include "store/conn.h"

namespace gp::store {

struct RatingSummary {
  int service_score = 0;
  std::optional<int> manager_score;
  std::string comment;
  gp::Instant at = 0;
};

std::optional<RatingSummary> rating_of(Conn& db, std::int64_t application_id);

}  // namespace gp::store
