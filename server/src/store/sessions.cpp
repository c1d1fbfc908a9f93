#include "store/sessions.h"

#include "store/database.h"
#include "store/prepared.h"
#include "store/sql.h"

namespace gp::store {

void insert_session(SQLite::Database& db, const SessionRow& s) {
  SQLite::Statement q(db, "INSERT INTO sessions(token_hash, user_id, created_at, last_seen, expires_at, revoked) VALUES (?,?,?,?,?,0)");
  q.bind(1, s.token_hash);
  q.bind(2, s.user_id);
  q.bind(3, static_cast<std::int64_t>(s.created_at));
  q.bind(4, static_cast<std::int64_t>(s.last_seen));
  q.bind(5, static_cast<std::int64_t>(s.expires_at));
  q.exec();
}

std::optional<SessionRow> find_session(SQLite::Database& db, const std::string& token_hash) {
  Query q(db, "SELECT token_hash, user_id, created_at, last_seen, expires_at, revoked FROM sessions WHERE token_hash = ?");
  q->bind(1, token_hash);
  if (!q->executeStep()) return std::nullopt;
  SessionRow s;
  s.token_hash = q->getColumn(0).getString();
  s.user_id = q->getColumn(1).getInt64();
  s.created_at = q->getColumn(2).getInt64();
  s.last_seen = q->getColumn(3).getInt64();
  s.expires_at = q->getColumn(4).getInt64();
  s.revoked = q->getColumn(5).getInt() != 0;
  return s;
}

void touch_session(SQLite::Database& db, const std::string& token_hash, gp::Instant at) {
  SQLite::Statement q(db, "UPDATE sessions SET last_seen = ? WHERE token_hash = ?");
  q.bind(1, static_cast<std::int64_t>(at));
  q.bind(2, token_hash);
  q.exec();
}

bool try_touch_session(Database& db, const std::string& token_hash, gp::Instant at) {
  try {
    db.write([&](Conn& w) { touch_session(w, token_hash, at); });
    return true;
  } catch (const SQLite::Exception&) {
    return false;
  }
}

void revoke_session(SQLite::Database& db, const std::string& token_hash) {
  SQLite::Statement q(db, "UPDATE sessions SET revoked = 1 WHERE token_hash = ?");
  q.bind(1, token_hash);
  q.exec();
}

void revoke_user_sessions(SQLite::Database& db, std::int64_t user_id) {
  SQLite::Statement q(db, "UPDATE sessions SET revoked = 1 WHERE user_id = ?");
  q.bind(1, user_id);
  q.exec();
}

void revoke_user_sessions_except(SQLite::Database& db, std::int64_t user_id, const std::string& keep_token_hash) {
  SQLite::Statement q(db, "UPDATE sessions SET revoked = 1 WHERE user_id = ? AND token_hash <> ?");
  q.bind(1, user_id);
  q.bind(2, keep_token_hash);
  q.exec();
}

void delete_expired_sessions(SQLite::Database& db, gp::Instant before) {
  SQLite::Statement q(db, "DELETE FROM sessions WHERE expires_at < ? OR revoked = 1");
  q.bind(1, static_cast<std::int64_t>(before));
  q.exec();
}

std::optional<ThrottleRow> find_throttle(SQLite::Database& db, const std::string& key) {
  SQLite::Statement q(db, "SELECT failures, window_start, locked_until FROM login_throttle WHERE key = ?");
  q.bind(1, key);
  if (!q.executeStep()) return std::nullopt;
  return ThrottleRow{q.getColumn(0).getInt(), q.getColumn(1).getInt64(), q.getColumn(2).getInt64()};
}

void save_throttle(SQLite::Database& db, const std::string& key, const ThrottleRow& t) {
  SQLite::Statement q(db, "INSERT INTO login_throttle(key, failures, window_start, locked_until) VALUES (?,?,?,?) "
                          "ON CONFLICT(key) DO UPDATE SET failures=excluded.failures, window_start=excluded.window_start, "
                          "locked_until=excluded.locked_until");
  q.bind(1, key);
  q.bind(2, t.failures);
  q.bind(3, static_cast<std::int64_t>(t.window_start));
  q.bind(4, static_cast<std::int64_t>(t.locked_until));
  q.exec();
}

void clear_throttle(SQLite::Database& db, const std::string& key) {
  SQLite::Statement q(db, "DELETE FROM login_throttle WHERE key = ?");
  q.bind(1, key);
  q.exec();
}

}  // namespace gp::store
