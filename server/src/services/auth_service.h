// Accounts and sessions: customers register with their mobile number; staff accounts are created
// by an administrator (API or `getpower-server adduser`). Passwords are hashed with argon2id
// (libsodium); sessions expire when idle and absolutely, and can be revoked. No default or built-in
// password exists anywhere.
//
// Guessing (issue 15, hole 5). Every password check first reserves its attempt in one write
// transaction (counted as a failure before argon2 runs, settled after), so N parallel guesses
// get at most the free attempts checked. Failures are counted per (address, login), per login
// and per address, each with its own number of free attempts; past it every further attempt
// waits a delay that doubles from 1 minute up to 15 minutes (429 + Retry-After) — a delay, never
// a lock. The rightful user is not kept out by an anonymous attacker: failures from another
// address count only against the login's much higher global allowance, and a browser that logged
// in to this account before (the signed-in "known device" cookie gp_device, stored hashed) is
// counted on its own key only. Staff may add a second factor (TOTP, RFC 6238, with recovery codes).
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "gp/dto/auth.h"

#include "services/clock.h"
#include "store/conn.h"
#include "store/database.h"
#include "store/sessions.h"
#include "store/users.h"

namespace gp::server {

struct AuthPolicy {
  gp::Instant idle_seconds = 2 * 3600;       // a session unused this long ends
  gp::Instant absolute_seconds = 12 * 3600;  // and every session ends this long after login
  int free_failures = 5;                     // per (address, login), per known device, per confirm
  int free_failures_per_login = 20;          // per login from every address together
  int free_failures_per_address = 100;       // per address (a NAT holds many honest users)
  gp::Instant first_delay_seconds = 60;      // then doubled per further failure
  gp::Instant max_delay_seconds = 15 * 60;
  gp::Instant forget_seconds = 3600;         // a count is forgotten this long after its last failure
  bool require_second_factor = false;        // --require-second-factor: staff without TOTP may only enroll
  gp::Instant device_seconds = 90 * 86400;   // a known-device cookie lasts this long
};

struct Session {
  store::User user;
  std::string token_hash;
  gp::Instant expires_at = 0;  // the earlier of idle and absolute expiry
  bool second_factor = false;  // the user has TOTP enabled (read only under require_second_factor)
};

struct LoginResult {
  std::string token;
  store::User user;
  gp::Instant expires_at = 0;
  std::string device_token;  // a new known-device token for the gp_device cookie ("" when none)
};

// POST /auth/totp/setup: the new secret (base32) and the otpauth:// URI for an authenticator app.
struct TotpSetup {
  std::string secret;
  std::string uri;
};

class AuthService {
 public:
  AuthService(store::Database& db, Clock& clock, AuthPolicy policy = {});

  // POST /auth/login. 401 for wrong credentials (one message for unknown login and wrong
  // password), 401 `otp_required`/`otp_invalid` for an enrolled account after the right password,
  // 429 with `retry_after` when delayed. `address` is the client's address group (IPv6 /64);
  // `device_token` the gp_device cookie ("" when none).
  LoginResult login(const nlohmann::json& body, const std::string& address, const std::string& device_token = "");
  void logout(const std::string& token, std::int64_t user_id = 0);
  // POST /auth/logout-all: every session of the user ends.
  void logout_all(std::int64_t user_id);
  // POST /auth/password: the current password (throttled like confirm_password), a valid new one;
  // every other session of the user ends.
  void change_password(const store::User& user, const std::string& session_token_hash, const nlohmann::json& body);

  // The second factor (staff and admin).
  TotpSetup totp_setup(const store::User& user);
  // Enables TOTP with a first code; returns the 10 recovery codes (shown once).
  std::vector<std::string> totp_confirm(const store::User& user, const nlohmann::json& body);
  void totp_disable(const store::User& user, const nlohmann::json& body);
  bool totp_enabled(std::int64_t user_id);
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

  // A new session for `u` inside the caller's write transaction (login; registration_service).
  LoginResult open_session(store::Conn& db, const store::User& u);

 private:
  struct ThrottleKey {
    std::string key;
    int free;
  };
  // Reserves one attempt on every key (counted as a failure) or throws 429 when one of them is
  // still delayed; returns what settle_success needs to undo the reservation.
  std::vector<std::pair<std::string, store::ThrottleRow>> reserve_attempt(const std::vector<ThrottleKey>& keys, const std::string& field,
                                                                         const std::string& log_who);
  // A success: `clear` keys are forgotten; the others get their reservation back.
  void settle_success(store::Conn& db, const std::vector<std::pair<std::string, store::ThrottleRow>>& reserved,
                      const std::vector<std::string>& clear);
  gp::Instant delay_after(int failures, int free) const;
  // A TOTP code (step not used before) or an unused recovery code, consumed in `db`'s transaction.
  bool consume_second_factor(store::Conn& db, std::int64_t user_id, const std::string& code);
  store::Database& db_;
  Clock& clock_;
  AuthPolicy policy_;
};

// The public description of a user (never the hash): the shared wire type (gp/dto/auth.h).
gp::dto::UserDto user_dto(const store::User& u);
nlohmann::json user_json(const store::User& u);

}  // namespace gp::server
