// What a database failure means to the layers above, without SQLite's exception type: routes map a
// full disk to 507 (issue 6), services a broken uniqueness rule to their own error.
#pragma once
#include <exception>

namespace gp::store {

// Any failure the database reported (SQLite::Exception): not a problem of one application's data.
bool is_database_error(const std::exception& e);
// The disk under the data directory is full (SQLITE_FULL): the transaction rolled back.
bool is_disk_full(const std::exception& e);
// A constraint (UNIQUE, FOREIGN KEY, CHECK ...) refused the write.
bool is_constraint_violation(const std::exception& e);

}  // namespace gp::store
