// The log of grid-capacity queries (rule R4): who asked about which area, from where, how many
// entries they were shown.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gp/date.h"
#include "store/conn.h"

namespace gp::store {

void insert_capacity_query(Conn& db, gp::Instant at, std::optional<std::int64_t> user_id, const std::string& area,
                           const std::string& client_address, int results);

struct CapacityQueryRow {
  std::int64_t id = 0;
  gp::Instant at = 0;
  std::optional<std::int64_t> user_id;  // empty: anonymous
  std::string user_name, user_role;     // "" when anonymous or the user is gone
  std::string area, client_address;
  int results = 0;
};
std::int64_t count_capacity_queries(Conn& db);
// Newest first.
std::vector<CapacityQueryRow> list_capacity_queries(Conn& db, int limit, int offset);

}  // namespace gp::store
