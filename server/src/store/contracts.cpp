#include "store/contracts.h"

#include "store/sql.h"

#include "store/prepared.h"

namespace gp::store {

std::optional<ContractRow> find_contract(Conn& db, std::int64_t application_id) {
  SQLite::Statement q(db, "SELECT text, sha256, signed_at, method FROM contracts WHERE application_id = ?");
  q.bind(1, application_id);
  if (!q.executeStep()) return std::nullopt;
  ContractRow r;
  r.text = q.getColumn(0).getString();
  r.sha256 = q.getColumn(1).getString();
  if (!q.getColumn(2).isNull()) r.signed_at = q.getColumn(2).getInt64();
  if (!q.getColumn(3).isNull()) r.method = q.getColumn(3).getString();
  return r;
}

bool contract_exists(Conn& db, std::int64_t application_id) {
  Query q(db, "SELECT 1 FROM contracts WHERE application_id = ?");
  q->bind(1, application_id);
  return q->executeStep();
}

void insert_contract(Conn& db, std::int64_t application_id, const std::string& text, const std::string& sha256) {
  SQLite::Statement q(db, "INSERT INTO contracts(application_id, text, sha256) VALUES (?,?,?)");
  q.bind(1, application_id);
  q.bind(2, text);
  q.bind(3, sha256);
  q.exec();
}

void sign_contract(Conn& db, std::int64_t application_id, gp::Instant at, const std::string& method, const std::string& signature) {
  SQLite::Statement q(db, "UPDATE contracts SET signed_at = ?, method = ?, signature = ? WHERE application_id = ? AND signed_at IS NULL");
  q.bind(1, static_cast<std::int64_t>(at));
  q.bind(2, method);
  q.bind(3, signature);
  q.bind(4, application_id);
  q.exec();
}

}  // namespace gp::store
