#include "store/prepared.h"

#include "store/sql.h"

#include <unordered_map>

namespace gp::store {

class StatementCache {
 public:
  struct Entry {
    std::unique_ptr<SQLite::Statement> stmt;
    bool in_use = false;
  };
  // Call sites pass constant SQL, so this stays small; the bound only guards against a future
  // caller building SQL from data.
  static constexpr std::size_t kMax = 64;
  std::unordered_map<std::string, Entry> entries;
};

namespace {

// Which connections of this thread have a cache. Plain arrays: trivially destructible, so the
// order in which thread-local objects are destroyed at thread exit cannot leave a dangling map.
constexpr int kSlots = 16;
struct Slot {
  const SQLite::Database* conn;
  StatementCache* cache;
};
thread_local Slot t_slots[kSlots];
thread_local int t_used = 0;

StatementCache* cache_of(const SQLite::Database& db) {
  for (int i = 0; i < t_used; ++i)
    if (t_slots[i].conn == &db) return t_slots[i].cache;
  return nullptr;
}

bool add_slot(const SQLite::Database* conn, StatementCache* cache) {
  if (t_used == kSlots || cache_of(*conn)) return false;  // full: that connection prepares every time
  t_slots[t_used++] = {conn, cache};
  return true;
}

void remove_slot(const SQLite::Database* conn) {
  for (int i = 0; i < t_used; ++i)
    if (t_slots[i].conn == conn) {
      t_slots[i] = t_slots[--t_used];
      return;
    }
}

}  // namespace

CachedConnection::CachedConnection(std::unique_ptr<SQLite::Database> conn, Sharing sharing)
    : conn_(std::move(conn)), cache_(std::make_unique<StatementCache>()) {
  if (sharing == Sharing::this_thread) add_slot(conn_.get(), cache_.get());
}

CachedConnection::~CachedConnection() {
  remove_slot(conn_.get());
  cache_.reset();  // finalize the statements while the connection is still open
}

CachedConnection::Use::Use(CachedConnection& c) : conn_(c.conn_.get()) { registered_ = add_slot(conn_, c.cache_.get()); }

CachedConnection::Use::~Use() {
  if (registered_) remove_slot(conn_);
}

Query::Query(SQLite::Database& db, const std::string& sql) {
  if (StatementCache* c = cache_of(db)) {
    auto it = c->entries.find(sql);
    if (it == c->entries.end() && c->entries.size() < StatementCache::kMax)
      it = c->entries.emplace(sql, StatementCache::Entry{std::make_unique<SQLite::Statement>(db, sql), false}).first;
    if (it != c->entries.end() && !it->second.in_use) {
      it->second.in_use = true;
      in_use_ = &it->second.in_use;
      s_ = it->second.stmt.get();
      return;
    }
  }
  own_ = std::make_unique<SQLite::Statement>(db, sql);
  s_ = own_.get();
}

Query::~Query() {
  if (!in_use_) return;
  s_->tryReset();  // ends the statement's read of the snapshot; errors were reported by the step
  try {
    s_->clearBindings();  // SQLite's clear_bindings cannot fail; the wrapper's signature may throw
  } catch (...) {
  }
  *in_use_ = false;
}

}  // namespace gp::store
