// The connection type repositories take, named without SQLiteCpp's headers: services and routes
// pass a `store::Conn&` from store::Database::reader()/write() to repository functions, and only
// gp_store (the one library that may include SQLite headers) can use it.
#pragma once

namespace SQLite {
class Database;
}

namespace gp::store {
using Conn = SQLite::Database;
}  // namespace gp::store
