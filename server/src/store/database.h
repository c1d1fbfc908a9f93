// The SQLite database of one data directory: WAL mode, foreign keys on, numbered migrations.
// One writer connection behind a mutex (every write is one BEGIN IMMEDIATE transaction) and one
// read connection per thread, so lookups never wait for writes (WAL readers see the last commit).
#pragma once
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>

#include "store/conn.h"

namespace gp::store {

class CachedConnection;

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
  // normally, rolls back if it throws (the exception propagates). Returns what fn returns.
  template <class F>
  auto write(F&& fn) -> decltype(fn(std::declval<Conn&>())) {
    using R = decltype(fn(std::declval<Conn&>()));
    if constexpr (std::is_void_v<R>) {
      run_write([&](Conn& w) { fn(w); });
    } else {
      std::optional<R> r;  // R need not be default-constructible
      run_write([&](Conn& w) { r.emplace(fn(w)); });
      return std::move(*r);
    }
  }

  // This thread's read-only connection.
  Conn& reader();

  int schema_version() const { return version_; }
  // PRAGMA integrity_check == "ok".
  bool integrity_ok(std::string* detail = nullptr);
  // PRAGMA integrity_check's first line for another database file (a backup just written), opened
  // read-only.
  static std::string integrity_of_file(const std::string& file);
  // Copies the write-ahead log into the database file and empties it.
  void checkpoint();
  // A consistent copy of the live database (SQLite's online backup API).
  void backup_to(const std::string& file);

 private:
  // The transaction around write(): the writer's lock, its kept statements, BEGIN IMMEDIATE ...
  // COMMIT (rollback when fn throws), and the event caches told after the commit.
  void run_write(const std::function<void(Conn&)>& fn);
  void migrate();
  static void before_transaction();  // forget what a rolled-back transaction noted
  static void after_commit();        // tell the caches what changed (store::events_epoch)
  std::string dir_, path_;
  std::unique_ptr<CachedConnection> writer_;
  std::mutex write_mu_;
  int version_ = 0;
  unsigned long long id_;  // distinguishes instances in the per-thread reader cache
};

}  // namespace gp::store
