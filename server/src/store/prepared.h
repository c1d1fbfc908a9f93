// Prepared statements kept per read connection for the hottest lookups. Parsing and planning the
// SQL was a fifth of a progress lookup at 100,000 applications (docs/performance.md); a kept
// statement is only bound and stepped.
//
//   Query q(db, "SELECT ... WHERE number = ?");
//   q->bind(1, number);
//   if (q->executeStep()) ...
//
// The statement is reset when `q` goes out of scope: a statement left stepped would hold its
// connection's read snapshot open (later reads would not see new commits, and the WAL could not
// be checkpointed). On a connection without a cache (the writer, a one-off connection) or while the
// same SQL is already in use further up the stack, Query prepares a fresh statement as before.
#pragma once
#include <memory>
#include <string>

#include "store/conn.h"

namespace SQLite {
class Statement;
}

namespace gp::store {

class StatementCache;

// Owns a connection and the statements prepared on it; statements are finalized before the
// connection closes. A per-thread connection (a reader of store::Database) has its statements
// found from the thread that created it; a connection that threads take turns on (the writer,
// behind its mutex) has them only inside a Use scope.
class CachedConnection {
 public:
  enum class Sharing { this_thread, in_use_scopes };
  CachedConnection(std::unique_ptr<SQLite::Database> conn, Sharing sharing);
  ~CachedConnection();
  CachedConnection(const CachedConnection&) = delete;
  CachedConnection& operator=(const CachedConnection&) = delete;
  SQLite::Database& db() { return *conn_; }

  // While alive, Query on this connection from this thread uses the kept statements. Nest-safe.
  class Use {
   public:
    explicit Use(CachedConnection& c);
    ~Use();
    Use(const Use&) = delete;
    Use& operator=(const Use&) = delete;

   private:
    bool registered_ = false;
    const SQLite::Database* conn_;
  };

 private:
  std::unique_ptr<SQLite::Database> conn_;
  std::unique_ptr<StatementCache> cache_;
};

class Query {
 public:
  Query(SQLite::Database& db, const std::string& sql);
  ~Query();
  Query(const Query&) = delete;
  Query& operator=(const Query&) = delete;
  SQLite::Statement& operator*() { return *s_; }
  SQLite::Statement* operator->() { return s_; }

 private:
  SQLite::Statement* s_ = nullptr;
  std::unique_ptr<SQLite::Statement> own_;
  bool* in_use_ = nullptr;
};

}  // namespace gp::store
