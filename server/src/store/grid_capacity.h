// Open grid capacity per area and feeder (rule R4), kept by staff.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gp/date.h"
#include "store/conn.h"

namespace gp::store {

struct GridCapacityRow {
  std::string area, feeder;
  double voltage_kv = 0, capacity_kva = 0, available_kva = 0;
  std::string note;
  gp::Instant updated_at = 0;
};

bool grid_capacity_exists(Conn& db, const std::string& area, const std::string& feeder);
// Inserts or replaces the entry of (area, feeder).
void upsert_grid_capacity(Conn& db, const GridCapacityRow& r, std::int64_t updated_by);
std::optional<GridCapacityRow> find_grid_capacity(Conn& db, const std::string& area, const std::string& feeder);
// Entries whose area contains `area` (every entry when empty), by area and feeder, at most 500.
std::vector<GridCapacityRow> search_grid_capacity(Conn& db, const std::string& area);

}  // namespace gp::store
