#include "services/capacity_service.h"

#include <cmath>

#include "gp/dto/outcomes.h"
#include "gp/dto/desk.h"
#include "services/json_fields.h"
#include "services/service_error.h"
#include "services/trace.h"
#include "store/capacity_queries.h"
#include "store/conn.h"
#include "store/grid_capacity.h"

namespace gp::server {
namespace {

using nlohmann::json;
using K = ServiceError::Kind;

// The shared wire type (gp/dto/desk.h).
gp::dto::CapacityEntryDto entry_of(const store::GridCapacityRow& r) {
  const double cap = r.capacity_kva, avail = r.available_kva;
  return {r.area, r.feeder, r.voltage_kv, cap, avail, cap > 0 ? (cap - avail) / cap : 0.0, r.note, gp::format_datetime_cst(r.updated_at)};
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

  return env_.db.write([&](store::Conn& db) {
    const gp::Instant now = env_.clock.now();
    const bool created = !store::grid_capacity_exists(db, area, feeder);
    store::GridCapacityRow row;
    row.area = area;
    row.feeder = feeder;
    row.voltage_kv = kv;
    row.capacity_kva = capacity;
    row.available_kva = available;
    row.note = note;
    row.updated_at = now;
    store::upsert_grid_capacity(db, row, c.user_id);
    trace(db, c, "capacity_updated", {{"area", area}, {"feeder", feeder}, {"voltage_kv", kv}, {"capacity_kva", capacity},
                                      {"available_kva", available}, {"rule", "R4"}}, now);
    return json(gp::dto::CapacitySavedDto{entry_of(*store::find_grid_capacity(db, area, feeder)), created});
  });
}

json CapacityService::query(const std::optional<Caller>& c, const json& body, const std::string& client_address) {
  fields::require_object(body);
  fields::only_keys(body, {"area"});
  const std::string area = fields::text(body, "area", false, 1, 40);
  gp::dto::CapacityAnswerDto answer;
  answer.area = area;
  for (const auto& r : store::search_grid_capacity(env_.db.reader(), area)) answer.entries.push_back(entry_of(r));
  const gp::Instant now = env_.clock.now();
  env_.db.write([&](store::Conn& db) {
    store::insert_capacity_query(db, now, c ? std::optional<std::int64_t>(c->user_id) : std::nullopt, area, client_address,
                                 static_cast<int>(answer.entries.size()));
  });
  for (const auto& e : answer.entries) answer.total_available_kva += e.available_kva;
  answer.queried_at = gp::format_datetime_cst(now);
  return answer;
}

json CapacityService::queries(int page, int page_size) {
  auto& db = env_.db.reader();
  const std::int64_t total = store::count_capacity_queries(db);
  gp::dto::CapacityQueryLogDto out;  // gp/dto/outcomes.h
  for (const auto& q : store::list_capacity_queries(db, page_size, (page - 1) * page_size)) {
    std::optional<gp::dto::CapacityQueryUserDto> who;
    if (q.user_id) who = gp::dto::CapacityQueryUserDto{*q.user_id, q.user_name, q.user_role};
    out.items.push_back({q.id, gp::format_datetime_cst(q.at), who, q.area, q.client_address, q.results});
  }
  out.total = total;
  out.page = page;
  out.page_size = page_size;
  return out;
}

}  // namespace gp::server
