// The reserve pool (rules R1, R3): approved projects imported from the government's approval
// system, each converted at most once into a formal application.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gp/date.h"
#include "gp/reserve.h"
#include "store/conn.h"

namespace gp::store {

struct ReserveProjectRow {
  std::int64_t id = 0;
  gp::ReserveRecord record;
  std::string source;  // "csv" | "json"
  gp::Instant imported_at = 0;
  std::string status;  // "reserve" | "converted"
  std::optional<std::int64_t> application_id;
  std::optional<gp::Instant> converted_at;
};

bool reserve_project_exists(Conn& db, const std::string& approval_number);
// Inserts every record (one statement, rebound per record).
void insert_reserve_projects(Conn& db, const std::vector<gp::ReserveRecord>& records, const std::string& source, gp::Instant at,
                             std::int64_t imported_by);
std::optional<ReserveProjectRow> find_reserve_project(Conn& db, const std::string& approval_number);

struct ReserveQuery {
  std::string status;  // "" = any
  std::string search;  // substring of the approval number, project name or company
  int offset = 0;
  int limit = 20;
};
// Newest first; `total` = all matching rows.
std::vector<ReserveProjectRow> list_reserve_projects(Conn& db, const ReserveQuery& q, std::int64_t* total);
// Marks a record still in the pool as converted; false when it was not (already converted).
bool mark_reserve_converted(Conn& db, std::int64_t id, std::int64_t application_id, gp::Instant at, std::int64_t by);

}  // namespace gp::store
