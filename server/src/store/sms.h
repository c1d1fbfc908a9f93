// SMS: the outbox (every message written in the transaction that causes it, delivered later by
// the sender), one-time codes (salted SHA-256, never the code) and the counters behind throttles.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "store/conn.h"
#include <nlohmann/json.hpp>

#include "gp/date.h"

namespace gp::store {

struct OutboxMessage {
  std::int64_t id = 0;
  std::string phone, purpose;
  nlohmann::json params;  // null once cleared
  bool holds_code = false;
  gp::Instant created_at = 0, expires_at = 0, next_attempt_at = 0, sent_at = 0;
  std::string status;  // pending | sent | expired
  int attempts = 0;
  std::string last_error;
};

// Times are wall-clock seconds. Returns the id.
std::int64_t enqueue_sms(SQLite::Database& db, const std::string& phone, const std::string& purpose,
                         const nlohmann::json& params, bool holds_code, gp::Instant now, gp::Instant expires_at);
// Pending messages due at `now`, oldest first.
std::vector<OutboxMessage> due_sms(SQLite::Database& db, gp::Instant now, int limit);
// The earliest next attempt of any pending message (nullopt: none pending).
std::optional<gp::Instant> next_sms_attempt(SQLite::Database& db);
// Delivered: a message holding a code loses its parameters when `clear_code` is true.
void mark_sms_sent(SQLite::Database& db, std::int64_t id, gp::Instant now, bool clear_code);
void mark_sms_failed(SQLite::Database& db, std::int64_t id, int attempts, gp::Instant next_attempt_at, const std::string& error);
// Pending past their expiry become expired; every code past expiry is cleared. Returns the count expired.
int expire_sms(SQLite::Database& db, gp::Instant now);
// The newest messages (the admin's development outbox).
std::vector<OutboxMessage> recent_sms(SQLite::Database& db, int limit);

struct SmsCode {
  std::int64_t id = 0;
  std::string salt, code_hash;
  gp::Instant created_at = 0, expires_at = 0;
  int tries = 0;
  bool used = false;
};
void insert_sms_code(SQLite::Database& db, const std::string& phone, const std::string& purpose, const std::string& salt,
                     const std::string& code_hash, gp::Instant now, gp::Instant expires_at);
// The newest code sent to `phone` for `purpose`.
std::optional<SmsCode> latest_sms_code(SQLite::Database& db, const std::string& phone, const std::string& purpose);
void count_sms_code_try(SQLite::Database& db, std::int64_t id);
void use_sms_code(SQLite::Database& db, std::int64_t id, gp::Instant now);
// Codes sent to `phone` (any purpose) at or after `since`.
int sms_codes_since(SQLite::Database& db, const std::string& phone, gp::Instant since);
std::optional<gp::Instant> last_sms_code_at(SQLite::Database& db, const std::string& phone);

// A fixed-window counter: adds one and returns the count in the current window (a window older
// than `window` starts again at 1).
int bump_rate_counter(SQLite::Database& db, const std::string& key, gp::Instant now, gp::Instant window);
int rate_count(SQLite::Database& db, const std::string& key, gp::Instant now, gp::Instant window);

}  // namespace gp::store
