#include "store/grid_capacity.h"

#include "store/sql.h"

namespace gp::store {
namespace {

constexpr const char* kCols =
    "SELECT area, feeder, voltage_kv, capacity_kva, available_kva, note, updated_at FROM grid_capacity ";

GridCapacityRow read(SQLite::Statement& q) {
  GridCapacityRow r;
  r.area = q.getColumn(0).getString();
  r.feeder = q.getColumn(1).getString();
  r.voltage_kv = q.getColumn(2).getDouble();
  r.capacity_kva = q.getColumn(3).getDouble();
  r.available_kva = q.getColumn(4).getDouble();
  r.note = q.getColumn(5).getString();
  r.updated_at = q.getColumn(6).getInt64();
  return r;
}

std::string like_pattern(const std::string& s) {
  std::string esc;
  for (char ch : s) {
    if (ch == '%' || ch == '_' || ch == '\\') esc += '\\';
    esc += ch;
  }
  return "%" + esc + "%";
}

}  // namespace

bool grid_capacity_exists(Conn& db, const std::string& area, const std::string& feeder) {
  SQLite::Statement q(db, "SELECT 1 FROM grid_capacity WHERE area = ? AND feeder = ?");
  q.bind(1, area);
  q.bind(2, feeder);
  return q.executeStep();
}

void upsert_grid_capacity(Conn& db, const GridCapacityRow& r, std::int64_t updated_by) {
  SQLite::Statement q(db, "INSERT INTO grid_capacity(area, feeder, voltage_kv, capacity_kva, available_kva, note, updated_at, updated_by) "
                          "VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(area, feeder) DO UPDATE SET voltage_kv = excluded.voltage_kv, "
                          "capacity_kva = excluded.capacity_kva, available_kva = excluded.available_kva, note = excluded.note, "
                          "updated_at = excluded.updated_at, updated_by = excluded.updated_by");
  q.bind(1, r.area);
  q.bind(2, r.feeder);
  q.bind(3, r.voltage_kv);
  q.bind(4, r.capacity_kva);
  q.bind(5, r.available_kva);
  q.bind(6, r.note);
  q.bind(7, static_cast<std::int64_t>(r.updated_at));
  q.bind(8, updated_by);
  q.exec();
}

std::optional<GridCapacityRow> find_grid_capacity(Conn& db, const std::string& area, const std::string& feeder) {
  SQLite::Statement q(db, std::string(kCols) + "WHERE area = ? AND feeder = ?");
  q.bind(1, area);
  q.bind(2, feeder);
  if (!q.executeStep()) return std::nullopt;
  return read(q);
}

std::vector<GridCapacityRow> search_grid_capacity(Conn& db, const std::string& area) {
  SQLite::Statement q(db, std::string(kCols) + (area.empty() ? "" : "WHERE area LIKE :like ESCAPE '\\' ") + "ORDER BY area, feeder LIMIT 500");
  if (!area.empty()) q.bind(":like", like_pattern(area));
  std::vector<GridCapacityRow> out;
  while (q.executeStep()) out.push_back(read(q));
  return out;
}

}  // namespace gp::store
