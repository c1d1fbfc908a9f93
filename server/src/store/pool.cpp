#include "store/pool.h"

#include "store/sql.h"

namespace gp::store {

namespace {
// In the pool: open, pooled, nobody took it.
constexpr const char* kInPool =
    "pooled_at IS NOT NULL AND customer_manager_id IS NULL AND status IN ('in_progress','waiting_customer')";
}  // namespace

void mark_pooled(Conn& db, std::int64_t application_id, gp::Instant at) {
  SQLite::Statement q(db, "UPDATE applications SET pooled_at = ? WHERE id = ?");
  q.bind(1, static_cast<std::int64_t>(at));
  q.bind(2, static_cast<std::int64_t>(application_id));
  q.exec();
}

std::vector<PooledApplication> pooled_applications(Conn& db) {
  SQLite::Statement q(db, std::string("SELECT id, number, facts, address, submitted_at, pooled_at FROM applications WHERE ") +
                              kInPool + " ORDER BY pooled_at, id");
  std::vector<PooledApplication> out;
  while (q.executeStep()) {
    PooledApplication p;
    p.id = q.getColumn(0).getInt64();
    p.number = q.getColumn(1).getString();
    p.facts = nlohmann::json::parse(q.getColumn(2).getString(), nullptr, false);
    p.address = q.getColumn(3).getString();
    p.submitted_at = q.getColumn(4).getInt64();
    p.pooled_at = q.getColumn(5).getInt64();
    out.push_back(std::move(p));
  }
  return out;
}

std::optional<gp::Instant> pooled_at(Conn& db, std::int64_t application_id) {
  SQLite::Statement q(db, std::string("SELECT pooled_at FROM applications WHERE id = ? AND ") + kInPool);
  q.bind(1, static_cast<std::int64_t>(application_id));
  if (q.executeStep()) return q.getColumn(0).getInt64();
  return std::nullopt;
}

std::vector<std::int64_t> pooled_since(Conn& db, gp::Instant closed_before) {
  SQLite::Statement q(db, std::string("SELECT id FROM applications WHERE ") + kInPool + " AND pooled_at <= ? ORDER BY pooled_at, id");
  q.bind(1, static_cast<std::int64_t>(closed_before));
  std::vector<std::int64_t> out;
  while (q.executeStep()) out.push_back(q.getColumn(0).getInt64());
  return out;
}

}  // namespace gp::store
