#include "store/db_error.h"

#include <sqlite3.h>

#include "store/sql.h"

namespace gp::store {

bool is_database_error(const std::exception& e) { return dynamic_cast<const SQLite::Exception*>(&e) != nullptr; }

bool is_disk_full(const std::exception& e) {
  const auto* s = dynamic_cast<const SQLite::Exception*>(&e);
  return s && s->getErrorCode() == SQLITE_FULL;
}

bool is_constraint_violation(const std::exception& e) {
  const auto* s = dynamic_cast<const SQLite::Exception*>(&e);
  return s && s->getErrorCode() == SQLITE_CONSTRAINT;
}

}  // namespace gp::store
