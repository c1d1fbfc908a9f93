// store-private: SQLite's headers, the kept statements (store::Query) and small column helpers.
// Only store/*.cpp include this; gp_store is the one library that may see SQLite (issue 16: the
// build poisons SQLiteCpp's and sqlite3's headers for gp_services, gp_http and gp_app).
#pragma once
#include <string>

#include <SQLiteCpp/SQLiteCpp.h>

#include "store/conn.h"
#include "store/prepared.h"

namespace gp::store {

// A text column, "" when NULL.
inline std::string col_text(SQLite::Statement& q, int i) { return q.getColumn(i).isNull() ? "" : q.getColumn(i).getString(); }

}  // namespace gp::store
