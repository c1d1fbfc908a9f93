#include "services/capacity_service.h"

#include <cmath>

#include "services/json_fields.h"
#include "services/service_error.h"
#include "services/trace.h"

namespace gp::server {
namespace {

using nlohmann::json;
using K = ServiceError::Kind;

constexpr const char* kCols =
    "SELECT area, feeder, voltage_kv, capacity_kva, available_kva, note, updated_at FROM grid_capacity ";

json entry_of(SQLite::Statement& q) {
  const double cap = q.getColumn(3).getDouble(), avail = q.getColumn(4).getDouble();
  return {{"area", q.getColumn(0).getString()},
          {"feeder", q.getColumn(1).getString()},
          {"voltage_kv", q.getColumn(2).getDouble()},
          {"capacity_kva", cap},
          {"available_kva", avail},
          {"utilization", cap > 0 ? (cap - avail) / cap : 0.0},
          {"note", q.getColumn(5).getString()},
          {"updated_at", gp::format_datetime_cst(q.getColumn(6).getInt64())}};
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

json CapacityService::upsert(const Caller& c, const json& body) {
  fields::require_object(body);
  fields::only_keys(body, {"area", "feeder", "voltage_kv", "capacity_kva", "available_kva", "note"});
  const std::string area = fields::text(body, "area", true, 1, 40);
  const std::string feeder = fields::text(body, "feeder", true, 1, 60);
  const double kv = *fields::number(body, "voltage_kv", true, 0, 1000);
  bool known = false;
  for (double v : {0.4, 10.0, 35.0, 110.0}) known = known || std::fabs(v - kv) < 1e-9;
  if (!known) fail(K::invalid, "invalid", "voltage_kv", "电压等级应为 0.4、10、35 或 110 千伏", "voltage_kv must be 0.4, 10, 35 or 110");
  const double capacity = *fields::number(body, "capacity_kva", true, 0, 10'000'000);
  const double available = *fields::number(body, "available_kva", true, 0, 10'000'000, /*lo_inclusive=*/true);
  if (available > capacity)
    fail(K::invalid, "out_of_range", "available_kva", "可开放容量不能大于总容量", "available_kva cannot exceed capacity_kva");
  const std::string note = fields::text(body, "note", false, 0, 500);

  return apps_.db().write([&](SQLite::Database& db) {
    const gp::Instant now = apps_.clock().now();
    bool created = true;
    {
      SQLite::Statement q(db, "SELECT 1 FROM grid_capacity WHERE area = ? AND feeder = ?");
      q.bind(1, area);
      q.bind(2, feeder);
      created = !q.executeStep();
    }
    SQLite::Statement q(db, "INSERT INTO grid_capacity(area, feeder, voltage_kv, capacity_kva, available_kva, note, updated_at, updated_by) "
                            "VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(area, feeder) DO UPDATE SET voltage_kv = excluded.voltage_kv, "
                            "capacity_kva = excluded.capacity_kva, available_kva = excluded.available_kva, note = excluded.note, "
                            "updated_at = excluded.updated_at, updated_by = excluded.updated_by");
    q.bind(1, area);
    q.bind(2, feeder);
    q.bind(3, kv);
    q.bind(4, capacity);
    q.bind(5, available);
    q.bind(6, note);
    q.bind(7, static_cast<std::int64_t>(now));
    q.bind(8, c.user_id);
    q.exec();
    trace(db, c, "capacity_updated", {{"area", area}, {"feeder", feeder}, {"voltage_kv", kv}, {"capacity_kva", capacity},
                                      {"available_kva", available}, {"rule", "R4"}}, now);
    SQLite::Statement r(db, std::string(kCols) + "WHERE area = ? AND feeder = ?");
    r.bind(1, area);
    r.bind(2, feeder);
    r.executeStep();
    return json{{"entry", entry_of(r)}, {"created", created}};
  });
}

json CapacityService::query(const std::optional<Caller>& c, const json& body, const std::string& client_address) {
  fields::require_object(body);
  fields::only_keys(body, {"area"});
  const std::string area = fields::text(body, "area", false, 1, 40);
  json entries = json::array();
  {
    auto& db = apps_.db().reader();
    SQLite::Statement q(db, std::string(kCols) + (area.empty() ? "" : "WHERE area LIKE :like ESCAPE '\\' ") + "ORDER BY area, feeder LIMIT 500");
    if (!area.empty()) q.bind(":like", like_pattern(area));
    while (q.executeStep()) entries.push_back(entry_of(q));
  }
  const gp::Instant now = apps_.clock().now();
  apps_.db().write([&](SQLite::Database& db) {
    SQLite::Statement q(db, "INSERT INTO capacity_queries(at, user_id, area, client_address, results) VALUES (?,?,?,?,?)");
    q.bind(1, static_cast<std::int64_t>(now));
    if (c) q.bind(2, c->user_id); else q.bind(2);
    q.bind(3, area);
    q.bind(4, client_address);
    q.bind(5, static_cast<int>(entries.size()));
    q.exec();
  });
  double available = 0;
  for (const auto& e : entries) available += e.at("available_kva").get<double>();
  return {{"area", area}, {"entries", entries}, {"total_available_kva", available}, {"queried_at", gp::format_datetime_cst(now)},
          {"rule", "R4"}};
}

json CapacityService::queries(int page, int page_size) {
  auto& db = apps_.db().reader();
  SQLite::Statement count(db, "SELECT COUNT(*) FROM capacity_queries");
  count.executeStep();
  const std::int64_t total = count.getColumn(0).getInt64();
  SQLite::Statement q(db, "SELECT q.id, q.at, q.user_id, u.name, u.role, q.area, q.client_address, q.results FROM capacity_queries q "
                          "LEFT JOIN users u ON u.id = q.user_id ORDER BY q.id DESC LIMIT ? OFFSET ?");
  q.bind(1, page_size);
  q.bind(2, (page - 1) * page_size);
  json items = json::array();
  while (q.executeStep()) {
    json who = nullptr;
    if (!q.getColumn(2).isNull())
      who = {{"id", q.getColumn(2).getInt64()}, {"name", store::col_text(q, 3)}, {"role", store::col_text(q, 4)}};
    items.push_back({{"id", q.getColumn(0).getInt64()},
                     {"at", gp::format_datetime_cst(q.getColumn(1).getInt64())},
                     {"user", who},
                     {"area", q.getColumn(5).getString()},
                     {"client_address", q.getColumn(6).getString()},
                     {"results", q.getColumn(7).getInt()}});
  }
  return {{"items", items}, {"total", total}, {"page", page}, {"page_size", page_size}, {"rule", "R4"}};
}

}  // namespace gp::server
