#include "store/capacity_queries.h"

#include "store/sql.h"

namespace gp::store {
namespace {
std::string text_or_empty(SQLite::Statement& q, int i) { return q.getColumn(i).isNull() ? "" : q.getColumn(i).getString(); }
}  // namespace

void insert_capacity_query(Conn& db, gp::Instant at, std::optional<std::int64_t> user_id, const std::string& area,
                           const std::string& client_address, int results) {
  SQLite::Statement q(db, "INSERT INTO capacity_queries(at, user_id, area, client_address, results) VALUES (?,?,?,?,?)");
  q.bind(1, static_cast<std::int64_t>(at));
  if (user_id) q.bind(2, *user_id); else q.bind(2);
  q.bind(3, area);
  q.bind(4, client_address);
  q.bind(5, results);
  q.exec();
}

std::int64_t count_capacity_queries(Conn& db) {
  SQLite::Statement count(db, "SELECT COUNT(*) FROM capacity_queries");
  count.executeStep();
  return count.getColumn(0).getInt64();
}

std::vector<CapacityQueryRow> list_capacity_queries(Conn& db, int limit, int offset) {
  SQLite::Statement q(db, "SELECT q.id, q.at, q.user_id, u.name, u.role, q.area, q.client_address, q.results FROM capacity_queries q "
                          "LEFT JOIN users u ON u.id = q.user_id ORDER BY q.id DESC LIMIT ? OFFSET ?");
  q.bind(1, limit);
  q.bind(2, offset);
  std::vector<CapacityQueryRow> out;
  while (q.executeStep()) {
    CapacityQueryRow r;
    r.id = q.getColumn(0).getInt64();
    r.at = q.getColumn(1).getInt64();
    if (!q.getColumn(2).isNull()) r.user_id = q.getColumn(2).getInt64();
    r.user_name = text_or_empty(q, 3);
    r.user_role = text_or_empty(q, 4);
    r.area = q.getColumn(5).getString();
    r.client_address = q.getColumn(6).getString();
    r.results = q.getColumn(7).getInt();
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace gp::store
