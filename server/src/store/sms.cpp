#include "store/sms.h"

#include "store/sql.h"

namespace gp::store {
namespace {

OutboxMessage read_message(SQLite::Statement& q) {
  OutboxMessage m;
  m.id = q.getColumn(0).getInt64();
  m.phone = q.getColumn(1).getString();
  m.purpose = q.getColumn(2).getString();
  m.params = q.getColumn(3).isNull() ? nlohmann::json(nullptr) : nlohmann::json::parse(q.getColumn(3).getString(), nullptr, false);
  m.holds_code = q.getColumn(4).getInt() != 0;
  m.created_at = q.getColumn(5).getInt64();
  m.expires_at = q.getColumn(6).getInt64();
  m.status = q.getColumn(7).getString();
  m.attempts = q.getColumn(8).getInt();
  m.next_attempt_at = q.getColumn(9).getInt64();
  m.sent_at = q.getColumn(10).isNull() ? 0 : q.getColumn(10).getInt64();
  m.last_error = q.getColumn(11).isNull() ? "" : q.getColumn(11).getString();
  return m;
}

constexpr const char* kColumns =
    "SELECT id, phone, purpose, params, holds_code, created_at, expires_at, status, attempts, next_attempt_at, sent_at, "
    "last_error FROM sms_outbox ";

}  // namespace

std::int64_t enqueue_sms(SQLite::Database& db, const std::string& phone, const std::string& purpose,
                         const nlohmann::json& params, bool holds_code, gp::Instant now, gp::Instant expires_at) {
  SQLite::Statement q(db,
                      "INSERT INTO sms_outbox(phone, purpose, params, holds_code, created_at, expires_at, next_attempt_at) "
                      "VALUES (?,?,?,?,?,?,?)");
  q.bind(1, phone);
  q.bind(2, purpose);
  q.bind(3, params.dump());
  q.bind(4, holds_code ? 1 : 0);
  q.bind(5, static_cast<std::int64_t>(now));
  q.bind(6, static_cast<std::int64_t>(expires_at));
  q.bind(7, static_cast<std::int64_t>(now));
  q.exec();
  return db.getLastInsertRowid();
}

std::vector<OutboxMessage> due_sms(SQLite::Database& db, gp::Instant now, int limit) {
  SQLite::Statement q(db, std::string(kColumns) + "WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?");
  q.bind(1, static_cast<std::int64_t>(now));
  q.bind(2, limit);
  std::vector<OutboxMessage> out;
  while (q.executeStep()) out.push_back(read_message(q));
  return out;
}

std::optional<gp::Instant> next_sms_attempt(SQLite::Database& db) {
  SQLite::Statement q(db, "SELECT MIN(next_attempt_at) FROM sms_outbox WHERE status = 'pending'");
  if (!q.executeStep() || q.getColumn(0).isNull()) return std::nullopt;
  return q.getColumn(0).getInt64();
}

void mark_sms_sent(SQLite::Database& db, std::int64_t id, gp::Instant now, bool clear_code) {
  SQLite::Statement q(db, clear_code ? "UPDATE sms_outbox SET status = 'sent', sent_at = ?, last_error = NULL, "
                                       "params = CASE WHEN holds_code THEN NULL ELSE params END WHERE id = ?"
                                     : "UPDATE sms_outbox SET status = 'sent', sent_at = ?, last_error = NULL WHERE id = ?");
  q.bind(1, static_cast<std::int64_t>(now));
  q.bind(2, id);
  q.exec();
}

void mark_sms_failed(SQLite::Database& db, std::int64_t id, int attempts, gp::Instant next_attempt_at, const std::string& error) {
  SQLite::Statement q(db, "UPDATE sms_outbox SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?");
  q.bind(1, attempts);
  q.bind(2, static_cast<std::int64_t>(next_attempt_at));
  q.bind(3, error.substr(0, 300));
  q.bind(4, id);
  q.exec();
}

int expire_sms(SQLite::Database& db, gp::Instant now) {
  SQLite::Statement q(db, "UPDATE sms_outbox SET status = 'expired', params = CASE WHEN holds_code THEN NULL ELSE params END "
                          "WHERE status = 'pending' AND expires_at <= ?");
  q.bind(1, static_cast<std::int64_t>(now));
  const int n = q.exec();
  SQLite::Statement c(db, "UPDATE sms_outbox SET params = NULL WHERE holds_code AND params IS NOT NULL AND expires_at <= ?");
  c.bind(1, static_cast<std::int64_t>(now));
  c.exec();
  return n;
}

std::vector<OutboxMessage> recent_sms(SQLite::Database& db, int limit) {
  SQLite::Statement q(db, std::string(kColumns) + "ORDER BY id DESC LIMIT ?");
  q.bind(1, limit);
  std::vector<OutboxMessage> out;
  while (q.executeStep()) out.push_back(read_message(q));
  return out;
}

void insert_sms_code(SQLite::Database& db, const std::string& phone, const std::string& purpose, const std::string& salt,
                     const std::string& code_hash, gp::Instant now, gp::Instant expires_at) {
  SQLite::Statement q(db, "INSERT INTO sms_codes(phone, purpose, salt, code_hash, created_at, expires_at) VALUES (?,?,?,?,?,?)");
  q.bind(1, phone);
  q.bind(2, purpose);
  q.bind(3, salt);
  q.bind(4, code_hash);
  q.bind(5, static_cast<std::int64_t>(now));
  q.bind(6, static_cast<std::int64_t>(expires_at));
  q.exec();
}

std::optional<SmsCode> latest_sms_code(SQLite::Database& db, const std::string& phone, const std::string& purpose) {
  SQLite::Statement q(db, "SELECT id, salt, code_hash, created_at, expires_at, tries, used_at IS NOT NULL FROM sms_codes "
                          "WHERE phone = ? AND purpose = ? ORDER BY id DESC LIMIT 1");
  q.bind(1, phone);
  q.bind(2, purpose);
  if (!q.executeStep()) return std::nullopt;
  return SmsCode{q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString(), q.getColumn(3).getInt64(),
                 q.getColumn(4).getInt64(), q.getColumn(5).getInt(), q.getColumn(6).getInt() != 0};
}

void count_sms_code_try(SQLite::Database& db, std::int64_t id) {
  SQLite::Statement q(db, "UPDATE sms_codes SET tries = tries + 1 WHERE id = ?");
  q.bind(1, id);
  q.exec();
}

void use_sms_code(SQLite::Database& db, std::int64_t id, gp::Instant now) {
  SQLite::Statement q(db, "UPDATE sms_codes SET used_at = ? WHERE id = ?");
  q.bind(1, static_cast<std::int64_t>(now));
  q.bind(2, id);
  q.exec();
}

int sms_codes_since(SQLite::Database& db, const std::string& phone, gp::Instant since) {
  SQLite::Statement q(db, "SELECT COUNT(*) FROM sms_codes WHERE phone = ? AND created_at >= ?");
  q.bind(1, phone);
  q.bind(2, static_cast<std::int64_t>(since));
  q.executeStep();
  return q.getColumn(0).getInt();
}

std::optional<gp::Instant> last_sms_code_at(SQLite::Database& db, const std::string& phone) {
  SQLite::Statement q(db, "SELECT MAX(created_at) FROM sms_codes WHERE phone = ?");
  q.bind(1, phone);
  if (!q.executeStep() || q.getColumn(0).isNull()) return std::nullopt;
  return q.getColumn(0).getInt64();
}

int rate_count(SQLite::Database& db, const std::string& key, gp::Instant now, gp::Instant window) {
  SQLite::Statement q(db, "SELECT window_start, count FROM rate_counters WHERE key = ?");
  q.bind(1, key);
  if (!q.executeStep()) return 0;
  if (now - q.getColumn(0).getInt64() >= window) return 0;
  return q.getColumn(1).getInt();
}

int bump_rate_counter(SQLite::Database& db, const std::string& key, gp::Instant now, gp::Instant window) {
  const int before = rate_count(db, key, now, window);
  SQLite::Statement q(db, before == 0
                              ? "INSERT INTO rate_counters(key, window_start, count) VALUES (?1, ?2, 1) "
                                "ON CONFLICT(key) DO UPDATE SET window_start = ?2, count = 1"
                              : "UPDATE rate_counters SET count = count + 1 WHERE key = ?1");
  q.bind(1, key);
  if (before == 0) q.bind(2, static_cast<std::int64_t>(now));
  q.exec();
  return before + 1;
}

}  // namespace gp::store
