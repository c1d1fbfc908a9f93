#include "store/ratings.h"

#include "store/sql.h"

namespace gp::store {

bool rating_exists(Conn& db, std::int64_t application_id) {
  SQLite::Statement exists(db, "SELECT 1 FROM ratings WHERE application_id = ?");
  exists.bind(1, application_id);
  return exists.executeStep();
}

void insert_rating(Conn& db, const RatingRow& r) {
  SQLite::Statement q(db, "INSERT INTO ratings(application_id, customer_id, manager_id, service_score, manager_score, comment, at) VALUES (?,?,?,?,?,?,?)");
  q.bind(1, r.application_id);
  q.bind(2, r.customer_id);
  if (r.manager_id) q.bind(3, *r.manager_id); else q.bind(3);
  q.bind(4, r.service_score);
  if (r.manager_score) q.bind(5, *r.manager_score); else q.bind(5);
  q.bind(6, r.comment);
  q.bind(7, static_cast<std::int64_t>(r.at));
  q.exec();
}

std::optional<RatingScores> find_rating_scores(Conn& db, std::int64_t application_id) {
  SQLite::Statement q(db, "SELECT service_score, manager_score FROM ratings WHERE application_id = ?");
  q.bind(1, application_id);
  if (!q.executeStep()) return std::nullopt;
  RatingScores s;
  s.service_score = q.getColumn(0).getInt();
  if (!q.getColumn(1).isNull()) s.manager_score = q.getColumn(1).getInt();
  return s;
}

ManagerSatisfaction manager_satisfaction(Conn& db, std::int64_t manager_id) {
  SQLite::Statement sat(db, "SELECT AVG(manager_score), COUNT(manager_score) FROM ratings WHERE manager_id = ? AND manager_score IS NOT NULL");
  sat.bind(1, manager_id);
  sat.executeStep();
  return {sat.getColumn(0).getDouble(), sat.getColumn(1).getInt()};
}

}  // namespace gp::store
