#include "store/second_factor.h"

#include "store/sql.h"

#include "store/prepared.h"

namespace gp::store {

std::optional<TotpRow> find_totp(SQLite::Database& db, std::int64_t user_id) {
  Query q(db, "SELECT secret, enabled, last_step FROM user_totp WHERE user_id = ?");
  q->bind(1, user_id);
  if (!q->executeStep()) return std::nullopt;
  TotpRow r;
  r.user_id = user_id;
  r.secret = q->getColumn(0).getString();
  r.enabled = q->getColumn(1).getInt() != 0;
  r.last_step = q->getColumn(2).getInt64();
  return r;
}

bool totp_enabled(SQLite::Database& db, std::int64_t user_id) {
  Query q(db, "SELECT 1 FROM user_totp WHERE user_id = ? AND enabled = 1");
  q->bind(1, user_id);
  return q->executeStep();
}

void save_totp_secret(SQLite::Database& db, std::int64_t user_id, const std::string& secret, gp::Instant at) {
  SQLite::Statement q(db, "INSERT INTO user_totp(user_id, secret, enabled, last_step, created_at) VALUES (?,?,0,0,?) "
                          "ON CONFLICT(user_id) DO UPDATE SET secret = excluded.secret, enabled = 0, last_step = 0, created_at = excluded.created_at");
  q.bind(1, user_id);
  q.bind(2, secret);
  q.bind(3, static_cast<std::int64_t>(at));
  q.exec();
}

void enable_totp(SQLite::Database& db, std::int64_t user_id, std::int64_t step) {
  SQLite::Statement q(db, "UPDATE user_totp SET enabled = 1, last_step = ? WHERE user_id = ?");
  q.bind(1, step);
  q.bind(2, user_id);
  q.exec();
}

void set_totp_last_step(SQLite::Database& db, std::int64_t user_id, std::int64_t step) {
  SQLite::Statement q(db, "UPDATE user_totp SET last_step = ? WHERE user_id = ?");
  q.bind(1, step);
  q.bind(2, user_id);
  q.exec();
}

void delete_totp(SQLite::Database& db, std::int64_t user_id) {
  SQLite::Statement a(db, "DELETE FROM user_totp WHERE user_id = ?");
  a.bind(1, user_id);
  a.exec();
  SQLite::Statement b(db, "DELETE FROM totp_recovery_codes WHERE user_id = ?");
  b.bind(1, user_id);
  b.exec();
}

void replace_recovery_codes(SQLite::Database& db, std::int64_t user_id, const std::vector<std::string>& code_hashes) {
  SQLite::Statement d(db, "DELETE FROM totp_recovery_codes WHERE user_id = ?");
  d.bind(1, user_id);
  d.exec();
  for (const auto& h : code_hashes) {
    SQLite::Statement q(db, "INSERT INTO totp_recovery_codes(user_id, code_hash) VALUES (?,?)");
    q.bind(1, user_id);
    q.bind(2, h);
    q.exec();
  }
}

bool use_recovery_code(SQLite::Database& db, std::int64_t user_id, const std::string& code_hash, gp::Instant at) {
  SQLite::Statement q(db, "UPDATE totp_recovery_codes SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at IS NULL");
  q.bind(1, static_cast<std::int64_t>(at));
  q.bind(2, user_id);
  q.bind(3, code_hash);
  return q.exec() == 1;
}

int unused_recovery_codes(SQLite::Database& db, std::int64_t user_id) {
  SQLite::Statement q(db, "SELECT COUNT(*) FROM totp_recovery_codes WHERE user_id = ? AND used_at IS NULL");
  q.bind(1, user_id);
  q.executeStep();
  return q.getColumn(0).getInt();
}

void insert_known_device(SQLite::Database& db, const std::string& token_hash, std::int64_t user_id, gp::Instant at) {
  SQLite::Statement q(db, "INSERT OR REPLACE INTO known_devices(token_hash, user_id, created_at, last_used) VALUES (?,?,?,?)");
  q.bind(1, token_hash);
  q.bind(2, user_id);
  q.bind(3, static_cast<std::int64_t>(at));
  q.bind(4, static_cast<std::int64_t>(at));
  q.exec();
}

std::int64_t known_device_user(SQLite::Database& db, const std::string& token_hash) {
  Query q(db, "SELECT user_id FROM known_devices WHERE token_hash = ?");
  q->bind(1, token_hash);
  return q->executeStep() ? q->getColumn(0).getInt64() : 0;
}

void touch_known_device(SQLite::Database& db, const std::string& token_hash, gp::Instant at) {
  SQLite::Statement q(db, "UPDATE known_devices SET last_used = ? WHERE token_hash = ?");
  q.bind(1, static_cast<std::int64_t>(at));
  q.bind(2, token_hash);
  q.exec();
}

void forget_user_devices(SQLite::Database& db, std::int64_t user_id) {
  SQLite::Statement q(db, "DELETE FROM known_devices WHERE user_id = ?");
  q.bind(1, user_id);
  q.exec();
}

}  // namespace gp::store
