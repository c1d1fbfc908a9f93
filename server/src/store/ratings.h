// Satisfaction ratings (rules P1, M3): one per completed application, the service and optionally
// the customer manager scored 1–5.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "gp/date.h"
#include "store/conn.h"

namespace gp::store {

struct RatingRow {
  std::int64_t application_id = 0, customer_id = 0;
  std::optional<std::int64_t> manager_id;
  int service_score = 0;
  std::optional<int> manager_score;
  std::string comment;
  gp::Instant at = 0;
};

bool rating_exists(Conn& db, std::int64_t application_id);
void insert_rating(Conn& db, const RatingRow& r);

struct RatingScores {
  int service_score = 0;
  std::optional<int> manager_score;
};
std::optional<RatingScores> find_rating_scores(Conn& db, std::int64_t application_id);

// A customer manager's rating as the public list shows it (rule M3): the average of the scores
// given to them (meaningless when count is 0) and how many there are.
struct ManagerSatisfaction {
  double average = 0;
  int count = 0;
};
ManagerSatisfaction manager_satisfaction(Conn& db, std::int64_t manager_id);

}  // namespace gp::store
