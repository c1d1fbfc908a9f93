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

#include <SQLiteCpp/SQLiteCpp.h>

namespace gp::store {

class StatementCache;

// Owns a read-only connection and the statements prepared on it; statements are finalized before
// the connection closes. Lives in the per-thread reader map of store::Database.
class CachedConnection {
 public:
  explicit CachedConnection(std::unique_ptr<SQLite::Database> conn);
  ~CachedConnection();
  CachedConnection(const CachedConnection&) = delete;
  CachedConnection& operator=(const CachedConnection&) = delete;
  SQLite::Database& db() { return *conn_; }

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
