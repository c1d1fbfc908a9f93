// Accounts and sessions: customers register with their mobile number; staff accounts are created
// by an administrator (API or `getpower-server adduser`). Passwords are hashed with argon2id
// (libsodium); sessions expire when idle and absolutely, and can be revoked; repeated failures are
// throttled per login and per client address. No default or built-in password exists anywhere.
#pragma once
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "services/clock.h"
#include "store/database.h"
#include "store/users.h"

namespace gp::server {

struct AuthPolicy {
  gp::Instant idle_seconds = 2 * 3600;       // a session unused this long ends
  gp::Instant absolute_seconds = 12 * 3600;  // and every session ends this long after login
  int max_failures = 5;                      // per login within the window, then locked
  int max_failures_per_address = 20;
  gp::Instant window_seconds = 15 * 60;
  gp::Instant lock_seconds = 15 * 60;
};

struct Session {
  store::User user;
  std::string token_hash;
  gp::Instant expires_at = 0;  // the earlier of idle and absolute expiry
};

struct LoginResult {
  std::string token;
  store::User user;
  gp::Instant expires_at = 0;
};

class AuthService {
 public:
  AuthService(store::Database& db, Clock& clock, AuthPolicy policy = {});

  // POST /auth/register. Throws ServiceError (400 naming the field, 409 if the number is taken).
  LoginResult register_customer(const nlohmann::json& body);
  // POST /auth/login. 401 for wrong credentials (one message for unknown login and wrong
  // password), 429 with `retry_after` when throttled.
  LoginResult login(const nlohmann::json& body, const std::string& client_address);
  void logout(const std::string& token);
  // The live session of a bearer token, refreshed (idle timer); nullopt when unknown/expired/revoked.
  std::optional<Session> authenticate(const std::string& token);
  // Whether a session (by token hash) still stands: not revoked, not expired, its user not
  // disabled. Read only (no idle refresh): open notification streams ask it at every wake-up.
  bool session_alive(const std::string& token_hash);

  // Staff accounts (admin API and the adduser command). Throws ServiceError.
  store::User create_staff(const std::string& username, const std::string& password, const std::string& name,
                           const std::string& role, const std::string& phone);
  void set_user_disabled(std::int64_t user_id, bool disabled);

  // A signed-in user's password entered again to confirm an act (signing the contract): 400
  // naming `field` when wrong, throttled like logins (429 after max_failures within the window).
  void confirm_password(std::int64_t user_id, const std::string& password, const char* field);

  static std::string hash_password(const std::string& password);
  static bool verify_password(const std::string& hash, const std::string& password);
  static std::string token_hash(const std::string& token);

  const AuthPolicy& policy() const { return policy_; }

 private:
  LoginResult open_session(SQLite::Database& db, const store::User& u);
  store::Database& db_;
  Clock& clock_;
  AuthPolicy policy_;
};

// Public JSON of a user (never the hash).
nlohmann::json user_json(const store::User& u);

}  // namespace gp::server
