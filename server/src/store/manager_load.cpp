#include "store/manager_load.h"

#include <string>

#include "store/sql.h"

namespace gp::store {

std::optional<std::int64_t> least_loaded_manager(Conn& db, gp::Role role) {
  // One row per manager; counting every open application here cost each creation ~15 ms at
  // 100,000 (docs/performance.md).
  const char* col = role == gp::Role::customer_manager ? "l.open_cm" : "l.open_pm";
  SQLite::Statement q(db, std::string("SELECT u.id FROM users u LEFT JOIN manager_load l ON l.user_id = u.id "
                                      "WHERE u.role = ? AND u.disabled = 0 ORDER BY COALESCE(") + col + ", 0), u.id LIMIT 1");
  q.bind(1, gp::to_string(role));
  if (q.executeStep()) return q.getColumn(0).getInt64();
  return std::nullopt;
}

}  // namespace gp::store
