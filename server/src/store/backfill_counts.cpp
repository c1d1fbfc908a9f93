#include "store/backfill_counts.h"

#include "store/sql.h"

namespace gp::store {

std::vector<std::pair<std::int64_t, int>> backfilled_per_actor(Conn& db, gp::Instant from, gp::Instant to) {
  SQLite::Statement q(db, "SELECT actor_id, COUNT(*) FROM events WHERE at >= ? AND at < ? AND actor_id IS NOT NULL "
                          "AND application_id IS NOT NULL AND json_extract(data, '$.backfilled') = 1 GROUP BY actor_id");
  q.bind(1, static_cast<std::int64_t>(from));
  q.bind(2, static_cast<std::int64_t>(to));
  std::vector<std::pair<std::int64_t, int>> out;
  while (q.executeStep()) out.emplace_back(q.getColumn(0).getInt64(), q.getColumn(1).getInt());
  return out;
}

}  // namespace gp::store
