// The SQLite database of one data directory: WAL mode, foreign keys on, numbered migrations.
// One writer connection behind a mutex (every write is one BEGIN IMMEDIATE transaction) and one
// read connection per thread, so lookups never wait for writes (WAL readers see the last commit).
#pragma once
#include <functional>
#include <memory>
#include <mutex>
#include <string>

#include <SQLiteCpp/SQLiteCpp.h>

#include "store/prepared.h"

namespace gp::store {

class Database {
 public:
  // Opens (creating if needed) `<data_dir>/getpower.db` and brings its schema up to date.
  explicit Database(const std::string& data_dir);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  const std::string& path() const { return path_; }
  const std::string& data_dir() const { return dir_; }

  // Run `fn` inside one IMMEDIATE transaction on the writer connection; commits if fn returns
  // normally, rolls back if it throws (the exception propagates).
  template <class F>
  auto write(F&& fn) -> decltype(fn(std::declval<SQLite::Database&>())) {
    std::lock_guard<std::mutex> lock(write_mu_);
    CachedConnection::Use kept_statements(*writer_);
    SQLite::Database& w = writer_->db();
    before_transaction();
    SQLite::Transaction tx(w, SQLite::TransactionBehavior::IMMEDIATE);
    if constexpr (std::is_void_v<decltype(fn(w))>) {
      fn(w);
      tx.commit();
      after_commit();
    } else {
      auto r = fn(w);
      tx.commit();
      after_commit();
      return r;
    }
  }

  // This thread's read-only connection.
  SQLite::Database& reader();

  int schema_version() const { return version_; }
  // PRAGMA integrity_check == "ok".
  bool integrity_ok(std::string* detail = nullptr);
  // Copies the write-ahead log into the database file and empties it.
  void checkpoint();
  // A consistent copy of the live database (SQLite's online backup API).
  void backup_to(const std::string& file);

 private:
  void migrate();
  static void before_transaction();  // forget what a rolled-back transaction noted
  static void after_commit();        // tell the caches what changed (store::events_epoch)
  std::string dir_, path_;
  std::unique_ptr<CachedConnection> writer_;
  std::mutex write_mu_;
  int version_ = 0;
  unsigned long long id_;  // distinguishes instances in the per-thread reader cache
};

// Small helpers for statements.
inline std::string col_text(SQLite::Statement& q, int i) { return q.getColumn(i).isNull() ? "" : q.getColumn(i).getString(); }

}  // namespace gp::store
