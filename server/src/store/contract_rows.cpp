#include "store/contract_rows.h"

#include "store/sql.h"

namespace gp::store {

std::optional<ContractSummary> contract_summary(Conn& db, std::int64_t application_id) {
  SQLite::Statement q(db, "SELECT sha256, signed_at, method FROM contracts WHERE application_id = ?");
  q.bind(1, application_id);
  if (!q.executeStep()) return std::nullopt;
  ContractSummary c;
  c.sha256 = q.getColumn(0).getString();
  if (!q.getColumn(1).isNull()) c.signed_at = q.getColumn(1).getInt64();
  if (!q.getColumn(2).isNull()) c.method = q.getColumn(2).getString();
  return c;
}

}  // namespace gp::store
