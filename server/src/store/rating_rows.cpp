#include "store/rating_rows.h"

#include "store/sql.h"

namespace gp::store {

std::optional<RatingSummary> rating_of(Conn& db, std::int64_t application_id) {
  SQLite::Statement q(db, "SELECT service_score, manager_score, comment, at FROM ratings WHERE application_id = ?");
  q.bind(1, application_id);
  if (!q.executeStep()) return std::nullopt;
  RatingSummary r;
  r.service_score = q.getColumn(0).getInt();
  if (!q.getColumn(1).isNull()) r.manager_score = q.getColumn(1).getInt();
  r.comment = q.getColumn(2).getString();
  r.at = q.getColumn(3).getInt64();
  return r;
}

}  // namespace gp::store
