// Sessions and login throttling. Only a hash of each bearer token is stored.
#pragma once
#include <optional>
#include <string>

#include "store/conn.h"

#include "gp/date.h"

namespace gp::store {

class Database;

struct SessionRow {
  std::string token_hash;
  std::int64_t user_id = 0;
  gp::Instant created_at = 0, last_seen = 0, expires_at = 0;
  bool revoked = false;
};

void insert_session(SQLite::Database& db, const SessionRow& s);
std::optional<SessionRow> find_session(SQLite::Database& db, const std::string& token_hash);
void touch_session(SQLite::Database& db, const std::string& token_hash, gp::Instant at);
// touch_session in a write transaction of its own, best effort: false when the write failed (disk
// full, database busy), which the caller may ignore (a session still reads without it).
bool try_touch_session(Database& db, const std::string& token_hash, gp::Instant at);
void revoke_session(SQLite::Database& db, const std::string& token_hash);
void revoke_user_sessions(SQLite::Database& db, std::int64_t user_id);
// Every session of the user but one (a password change keeps the session that made it).
void revoke_user_sessions_except(SQLite::Database& db, std::int64_t user_id, const std::string& keep_token_hash);
void delete_expired_sessions(SQLite::Database& db, gp::Instant before);

struct ThrottleRow {
  int failures = 0;
  gp::Instant window_start = 0;
  gp::Instant locked_until = 0;
};
std::optional<ThrottleRow> find_throttle(SQLite::Database& db, const std::string& key);
void save_throttle(SQLite::Database& db, const std::string& key, const ThrottleRow& t);
void clear_throttle(SQLite::Database& db, const std::string& key);

}  // namespace gp::store
