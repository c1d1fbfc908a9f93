#include "store/savepoint.h"

#include <utility>

#include "store/sql.h"

namespace gp::store {

Savepoint::Savepoint(Conn& db, std::string name) : db_(db), name_(std::move(name)) { db_.exec("SAVEPOINT " + name_); }

void Savepoint::release() { db_.exec("RELEASE " + name_); }

void Savepoint::rollback_and_release() {
  db_.exec("ROLLBACK TO " + name_);
  db_.exec("RELEASE " + name_);
}

}  // namespace gp::store
