#include "store/works_contracts.h"

#include "store/sql.h"

#include "store/prepared.h"

namespace gp::store {
namespace {
WorksContractRow row_of(SQLite::Statement& q) {
  WorksContractRow r;
  r.version = q.getColumn(0).getInt();
  r.text = q.getColumn(1).getString();
  r.sha256 = q.getColumn(2).getString();
  r.issued_at = q.getColumn(3).getInt64();
  if (!q.getColumn(4).isNull()) r.signed_at = q.getColumn(4).getInt64();
  r.method = q.getColumn(5).isNull() ? "" : q.getColumn(5).getString();
  return r;
}
}  // namespace

std::optional<WorksContractRow> latest_works_contract(SQLite::Database& db, std::int64_t application_id) {
  Query q(db, "SELECT version, text, sha256, issued_at, signed_at, method FROM works_contracts WHERE application_id = ? "
              "ORDER BY version DESC LIMIT 1");
  q->bind(1, application_id);
  if (!q->executeStep()) return std::nullopt;
  return row_of(*q);
}

std::vector<WorksContractRow> works_contract_versions(SQLite::Database& db, std::int64_t application_id) {
  Query q(db, "SELECT version, text, sha256, issued_at, signed_at, method FROM works_contracts WHERE application_id = ? ORDER BY version");
  q->bind(1, application_id);
  std::vector<WorksContractRow> out;
  while (q->executeStep()) out.push_back(row_of(*q));
  return out;
}

void insert_works_contract(SQLite::Database& db, std::int64_t application_id, int version, const std::string& text,
                           const std::string& sha256, gp::Instant at) {
  Query q(db, "INSERT INTO works_contracts(application_id, version, text, sha256, issued_at) VALUES (?,?,?,?,?)");
  q->bind(1, application_id);
  q->bind(2, version);
  q->bind(3, text);
  q->bind(4, sha256);
  q->bind(5, static_cast<std::int64_t>(at));
  q->exec();
}

bool sign_works_contract(SQLite::Database& db, std::int64_t application_id, int version, gp::Instant at,
                         const std::string& method, const std::string& signature) {
  Query q(db, "UPDATE works_contracts SET signed_at = ?, method = ?, signature = ? WHERE application_id = ? AND version = ? "
              "AND signed_at IS NULL");
  q->bind(1, static_cast<std::int64_t>(at));
  q->bind(2, method);
  q->bind(3, signature);
  q->bind(4, application_id);
  q->bind(5, version);
  return q->exec() == 1;
}

}  // namespace gp::store
