// The works contracts (服务契约, rule W2): one row per version (the works items it covers), frozen
// when issued, immutable once signed (triggers of migration 10).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "store/conn.h"

#include "gp/date.h"

namespace gp::store {

struct WorksContractRow {
  int version = 0;
  std::string text, sha256;
  gp::Instant issued_at = 0;
  std::optional<gp::Instant> signed_at;
  std::string method;
};

// The latest version of an application's works contract, or nothing.
std::optional<WorksContractRow> latest_works_contract(SQLite::Database& db, std::int64_t application_id);
// Every version, oldest first.
std::vector<WorksContractRow> works_contract_versions(SQLite::Database& db, std::int64_t application_id);
void insert_works_contract(SQLite::Database& db, std::int64_t application_id, int version, const std::string& text,
                           const std::string& sha256, gp::Instant at);
// Signs one unsigned version; false when it was already signed or does not exist.
bool sign_works_contract(SQLite::Database& db, std::int64_t application_id, int version, gp::Instant at,
                         const std::string& method, const std::string& signature);

}  // namespace gp::store
