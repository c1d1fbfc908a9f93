// Rule P3: the contractor directory (资质信息公开). Rows are never deleted (a trigger refuses it):
// staff expire a record by hand (withdrawn_at) and every change is traced in the event history.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gp/contractors.h"
#include "gp/date.h"
#include "store/conn.h"

namespace gp::store {

struct ContractorRow {
  std::int64_t id = 0;
  gp::ContractorRecord record;
  std::optional<gp::Instant> withdrawn_at;
  gp::Instant created_at = 0, updated_at = 0;
};

// The id of the record with this kind and licence number (0 when none).
std::int64_t find_contractor_by_licence(Conn& db, const std::string& kind, const std::string& licence_number);
std::int64_t insert_contractor(Conn& db, const gp::ContractorRecord& r, gp::Instant at, std::int64_t by);
void update_contractor(Conn& db, std::int64_t id, const gp::ContractorRecord& r, gp::Instant at, std::int64_t by);
// Marks it withdrawn; false when it already was.
bool withdraw_contractor(Conn& db, std::int64_t id, gp::Instant at, std::int64_t by);
std::optional<ContractorRow> find_contractor(Conn& db, std::int64_t id);

struct ContractorQuery {
  std::string kind;    // "" = any
  std::string search;  // substring of the name, licence number or credit code
  std::string county;  // substring of the county
  int offset = 0;
  int limit = 20;
};
// By kind, then name; `total` = all matching rows.
std::vector<ContractorRow> list_contractors(Conn& db, const ContractorQuery& q, std::int64_t* total);

}  // namespace gp::store
