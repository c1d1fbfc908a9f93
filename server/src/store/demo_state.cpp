#include "store/demo_state.h"

#include "store/sql.h"

namespace gp::store {

bool reserve_pool_empty(Conn& db) {
  SQLite::Statement q(db, "SELECT COUNT(*) FROM reserve_projects");
  q.executeStep();
  return q.getColumn(0).getInt64() == 0;
}

}  // namespace gp::store
