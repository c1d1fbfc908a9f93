#include "store/database.h"
#include "store/sql.h"

#include <sys/stat.h>

#include <atomic>
#include <map>
#include <stdexcept>

#include <SQLiteCpp/Backup.h>
#include <sqlite3.h>

#include "store/events.h"
#include "store/migrations.h"

namespace gp::store {
namespace {

std::atomic<unsigned long long> g_next_id{1};

// By default SQLite keeps allocation statistics behind one process-wide mutex, so with a read
// connection per thread every allocation of every query waited on it (a third of a progress
// lookup's time under load). Must run before the first connection opens; later calls are no-ops.
void configure_sqlite_once() {
  static const int rc = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  (void)rc;  // SQLITE_MISUSE if SQLite was already initialized elsewhere: statistics stay on, nothing breaks
}

void pragmas(SQLite::Database& db) {
  db.exec("PRAGMA foreign_keys = ON");
  db.exec("PRAGMA synchronous = NORMAL");  // WAL + NORMAL: durable across process crashes
  db.exec("PRAGMA temp_store = MEMORY");
}

}  // namespace

Database::Database(const std::string& data_dir) : dir_(data_dir), path_(data_dir + "/getpower.db"), id_(g_next_id++) {
  configure_sqlite_once();
  ::mkdir(dir_.c_str(), 0700);
  writer_ = std::make_unique<CachedConnection>(
      std::make_unique<SQLite::Database>(path_, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_FULLMUTEX, 5000),
      CachedConnection::Sharing::in_use_scopes);
  auto& w = writer_->db();
  w.exec("PRAGMA journal_mode = WAL");
  pragmas(w);
  migrate();
  // Start from an empty write-ahead log: every page read looks the log up first.
  w.exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

Database::~Database() = default;

void Database::checkpoint() {
  std::lock_guard<std::mutex> lock(write_mu_);
  writer_->db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

void Database::migrate() {
  auto& w = writer_->db();
  w.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)");
  {
    SQLite::Statement q(w, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
    q.executeStep();
    version_ = q.getColumn(0).getInt();
  }
  for (const auto& m : migrations()) {
    if (m.version <= version_) continue;
    SQLite::Transaction tx(w, SQLite::TransactionBehavior::IMMEDIATE);
    w.exec(m.sql);
    SQLite::Statement ins(w, "INSERT INTO schema_migrations(version, applied_at) VALUES (?, strftime('%s','now'))");
    ins.bind(1, m.version);
    ins.exec();
    tx.commit();
    version_ = m.version;
  }
}

void Database::run_write(const std::function<void(Conn&)>& fn) {
  std::lock_guard<std::mutex> lock(write_mu_);
  CachedConnection::Use kept_statements(*writer_);
  SQLite::Database& w = writer_->db();
  before_transaction();
  SQLite::Transaction tx(w, SQLite::TransactionBehavior::IMMEDIATE);
  fn(w);
  tx.commit();
  after_commit();
}

Conn& Database::reader() {
  // One read connection per (thread, database instance).
  thread_local std::map<unsigned long long, std::unique_ptr<CachedConnection>> conns;
  auto& c = conns[id_];
  if (!c) {
    auto conn = std::make_unique<SQLite::Database>(path_, SQLite::OPEN_READONLY | SQLite::OPEN_NOMUTEX, 5000);
    conn->exec("PRAGMA foreign_keys = ON");
    c = std::make_unique<CachedConnection>(std::move(conn), CachedConnection::Sharing::this_thread);
  }
  return c->db();
}

void Database::before_transaction() { discard_appended_events(); }

void Database::after_commit() { publish_appended_events(); }

bool Database::integrity_ok(std::string* detail) {
  std::lock_guard<std::mutex> lock(write_mu_);
  SQLite::Statement q(writer_->db(), "PRAGMA integrity_check");
  std::string out;
  while (q.executeStep()) out += q.getColumn(0).getString();
  if (detail) *detail = out;
  return out == "ok";
}

std::string Database::integrity_of_file(const std::string& file) {
  SQLite::Database copy(file, SQLite::OPEN_READONLY);
  SQLite::Statement q(copy, "PRAGMA integrity_check");
  q.executeStep();
  return q.getColumn(0).getString();
}

void Database::backup_to(const std::string& file) {
  // A separate read connection as the source: in WAL mode writers keep going while the copy is
  // taken, and copying every page in one step gives one consistent snapshot.
  SQLite::Database src(path_, SQLite::OPEN_READONLY, 5000);
  SQLite::Database dest(file, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  SQLite::Backup b(dest, src);
  b.executeStep(-1);
}

}  // namespace gp::store
