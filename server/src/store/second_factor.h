// The second factor of staff (TOTP secret, recovery codes) and the known devices of every user.
// Only hashes of recovery codes and device tokens are stored.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "store/conn.h"

#include "gp/date.h"

namespace gp::store {

struct TotpRow {
  std::int64_t user_id = 0;
  std::string secret;  // base32
  bool enabled = false;
  std::int64_t last_step = 0;
};

std::optional<TotpRow> find_totp(SQLite::Database& db, std::int64_t user_id);
bool totp_enabled(SQLite::Database& db, std::int64_t user_id);
// A new (not yet enabled) secret, replacing an unconfirmed one.
void save_totp_secret(SQLite::Database& db, std::int64_t user_id, const std::string& secret, gp::Instant at);
void enable_totp(SQLite::Database& db, std::int64_t user_id, std::int64_t step);
void set_totp_last_step(SQLite::Database& db, std::int64_t user_id, std::int64_t step);
// Removes the secret and every recovery code.
void delete_totp(SQLite::Database& db, std::int64_t user_id);

void replace_recovery_codes(SQLite::Database& db, std::int64_t user_id, const std::vector<std::string>& code_hashes);
// Marks an unused code used; false when there is none with that hash.
bool use_recovery_code(SQLite::Database& db, std::int64_t user_id, const std::string& code_hash, gp::Instant at);
int unused_recovery_codes(SQLite::Database& db, std::int64_t user_id);

void insert_known_device(SQLite::Database& db, const std::string& token_hash, std::int64_t user_id, gp::Instant at);
// The user a device token belongs to (0 when unknown); refreshes its last use.
std::int64_t known_device_user(SQLite::Database& db, const std::string& token_hash);
void touch_known_device(SQLite::Database& db, const std::string& token_hash, gp::Instant at);
void forget_user_devices(SQLite::Database& db, std::int64_t user_id);

}  // namespace gp::store
