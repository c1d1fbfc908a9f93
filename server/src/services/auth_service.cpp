#include "services/auth_service.h"

#include <sodium.h>

#include <algorithm>
#include <stdexcept>

#include "gp/validate.h"
#include "services/service_error.h"
#include "services/auth_log.h"
#include "store/hash.h"
#include "store/second_factor.h"
#include "store/sessions.h"

namespace gp::server {
namespace {

using nlohmann::json;
using K = ServiceError::Kind;

// argon2id at OWASP's recommended floor (19 MiB, 2 passes): memory-hard, yet a 2-core server
// still answers logins quickly.
constexpr unsigned long long kOpsLimit = 2;
constexpr std::size_t kMemLimit = 19u * 1024 * 1024;

std::string required_string(const json& body, const char* key, std::size_t max_len) {
  if (!body.contains(key) || body.at(key).is_null())
    fail(K::invalid, "required", key, std::string("缺少必填字段 ") + key, std::string("missing required field ") + key);
  if (!body.at(key).is_string())
    fail(K::invalid, "invalid_type", key, std::string(key) + " 应为字符串", std::string(key) + " must be a string");
  std::string v = body.at(key).get<std::string>();
  if (v.size() > max_len)
    fail(K::invalid, "too_long", key, std::string(key) + " 过长", std::string(key) + " is too long");
  if (!gp::validate::is_valid_utf8(v))
    fail(K::invalid, "invalid", key, std::string(key) + " 包含无效字符", std::string(key) + " contains invalid UTF-8");
  return v;
}

void only_keys(const json& body, std::initializer_list<const char*> keys) {
  if (!body.is_object()) fail(K::invalid, "invalid_type", "", "请求体应为 JSON 对象", "the body must be a JSON object");
  for (auto it = body.begin(); it != body.end(); ++it) {
    bool ok = false;
    for (const char* k : keys) ok = ok || it.key() == k;
    if (!ok) fail(K::invalid, "unknown_field", it.key(), "未知字段：" + it.key(), "unknown field: " + it.key());
  }
}

bool valid_username(const std::string& s) {
  if (s.size() < 3 || s.size() > 32) return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-')) return false;
  return true;
}

}  // namespace

AuthService::AuthService(store::Database& db, Clock& clock, AuthPolicy policy) : db_(db), clock_(clock), policy_(policy) {
  if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialize");
}

std::string AuthService::hash_password(const std::string& password) {
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(), kOpsLimit, kMemLimit, crypto_pwhash_ALG_ARGON2ID13) != 0)
    throw std::runtime_error("out of memory while hashing a password");
  return out;
}

bool AuthService::verify_password(const std::string& hash, const std::string& password) {
  if (hash.empty()) return false;  // an account without a password (created at the hall) cannot log in
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

std::string AuthService::token_hash(const std::string& token) { return store::sha256_hex(token); }

LoginResult AuthService::open_session(store::Conn& db, const store::User& u) {
  unsigned char raw[32];
  randombytes_buf(raw, sizeof raw);
  char hex[65];
  sodium_bin2hex(hex, sizeof hex, raw, sizeof raw);
  const gp::Instant now = clock_.now();
  store::SessionRow s;
  s.token_hash = token_hash(hex);
  s.user_id = u.id;
  s.created_at = s.last_seen = now;
  s.expires_at = now + policy_.absolute_seconds;
  store::insert_session(db, s);
  return {hex, u, std::min(s.expires_at, now + policy_.idle_seconds), ""};
}

gp::Instant AuthService::delay_after(int failures, int free) const {
  if (failures < free) return 0;
  gp::Instant d = policy_.first_delay_seconds;
  for (int i = free; i < failures && d < policy_.max_delay_seconds; ++i) d *= 2;
  return std::min(d, policy_.max_delay_seconds);
}

std::vector<std::pair<std::string, store::ThrottleRow>> AuthService::reserve_attempt(const std::vector<ThrottleKey>& keys,
                                                                                    const std::string& field, const std::string& log_who) {
  const gp::Instant now = clock_.now();
  gp::Instant wait = 0;
  std::vector<std::pair<std::string, store::ThrottleRow>> reserved;
  // Check and count in one write transaction: the writer lock serializes every attempt, so the
  // (free + 1)-th of N parallel guesses already sees the delay the free-th one set.
  db_.write([&](store::Conn& db) {
    std::vector<store::ThrottleRow> rows;
    for (const auto& k : keys) {
      auto t = store::find_throttle(db, k.key).value_or(store::ThrottleRow{0, now, 0});
      if (now - t.window_start > policy_.forget_seconds && t.locked_until <= now) t = {0, now, 0};
      if (t.locked_until > now) wait = std::max(wait, t.locked_until - now);
      rows.push_back(t);
    }
    if (wait > 0) return;  // refused attempts are not counted: the delay does not grow while waiting
    for (std::size_t i = 0; i < keys.size(); ++i) {
      reserved.emplace_back(keys[i].key, rows[i]);
      store::ThrottleRow t = rows[i];
      ++t.failures;
      t.window_start = now;  // the last failure
      if (const gp::Instant d = delay_after(t.failures, keys[i].free); d > 0) t.locked_until = now + d;
      store::save_throttle(db, keys[i].key, t);
    }
  });
  if (wait > 0) {
    log_auth_event("throttled", {{"who", log_who}, {"field", field}, {"retry_after", std::to_string(wait)}});
    const std::string mins = std::to_string((wait + 59) / 60);
    throw ServiceError(K::too_many, gp::make_error("throttled", field, "尝试次数过多，请 " + mins + " 分钟后再试",
                                                   "too many attempts; try again in " + mins + " minute" + (mins == "1" ? "" : "s")))
        .with_retry_after(static_cast<long>(wait));
  }
  return reserved;
}

void AuthService::settle_success(store::Conn& db, const std::vector<std::pair<std::string, store::ThrottleRow>>& reserved,
                                 const std::vector<std::string>& clear) {
  for (const auto& [key, before] : reserved) {
    if (std::find(clear.begin(), clear.end(), key) != clear.end()) {
      store::clear_throttle(db, key);
      continue;
    }
    // Shared keys (the address, the login from everywhere): give the reserved attempt back, and
    // lift a delay this very attempt set. Parallel failures stay counted.
    auto t = store::find_throttle(db, key);
    if (!t) continue;
    if (t->failures > 0) --t->failures;
    if (t->failures <= before.failures) t->locked_until = before.locked_until;
    store::save_throttle(db, key, *t);
  }
}

LoginResult AuthService::login(const json& body, const std::string& address, const std::string& device_token) {
  // Cheap checks first: the fields, the account, the throttle; argon2 runs only after them.
  only_keys(body, {"login", "password", "otp"});
  std::string login = required_string(body, "login", 64);
  const std::string password = required_string(body, "password", 1024);
  std::string otp;
  if (body.contains("otp") && !body.at("otp").is_null()) otp = required_string(body, "otp", 32);
  if (gp::validate::mobile_phone(login, "login") == std::nullopt) login = gp::validate::normalize_mobile(login);
  const std::string who = masked_login(login);

  auto user = store::find_user_by_login(db_.reader(), login);
  const std::string device_hash = device_token.size() == 64 ? token_hash(device_token) : "";
  const bool known_device = user && !device_hash.empty() && store::known_device_user(db_.reader(), device_hash) == user->id;
  std::vector<ThrottleKey> keys;
  std::vector<std::string> clear_on_success;
  if (known_device) {
    // This browser logged in to this account before: only its own failures delay it.
    keys = {{"device:" + device_hash, policy_.free_failures}};
    clear_on_success = {keys[0].key};
  } else {
    keys = {{"ipl:" + address + "|" + login, policy_.free_failures},
            {"login:" + login, policy_.free_failures_per_login},
            {"ip:" + address, policy_.free_failures_per_address}};
    clear_on_success = {keys[0].key};
  }
  const auto reserved = reserve_attempt(keys, "login", who);

  // Verify even for an unknown login so that timing does not reveal which logins exist.
  static const std::string dummy = hash_password("not-a-real-password-1");
  const bool ok = verify_password(user ? user->password_hash : dummy, password) && user && !user->disabled;
  if (!ok) {
    log_auth_event("login_failed", {{"login", who}, {"addr", address}, {"reason", user ? (user->disabled ? "disabled" : "wrong_password") : "unknown_login"},
                                    {"device", known_device ? "known" : "new"}});
    fail(K::unauthorized, "invalid_credentials", "login", "手机号/用户名或密码不正确", "wrong login or password");
  }
  const gp::Instant now = clock_.now();
  return db_.write([&](store::Conn& db) {
    if (store::totp_enabled(db, user->id)) {
      // Said only after the right password: the attempt stays counted until the code is right.
      if (otp.empty()) {
        log_auth_event("login_failed", {{"user", std::to_string(user->id)}, {"addr", address}, {"reason", "otp_required"}});
        fail(K::unauthorized, "otp_required", "otp", "请输入动态验证码（或恢复码）", "enter the one-time code from your authenticator (or a recovery code)");
      }
      if (!consume_second_factor(db, user->id, otp)) {
        log_auth_event("login_failed", {{"user", std::to_string(user->id)}, {"addr", address}, {"reason", "otp_invalid"}});
        fail(K::unauthorized, "otp_invalid", "otp", "动态验证码不正确或已使用", "the one-time code is wrong or was used already");
      }
    }
    settle_success(db, reserved, clear_on_success);
    LoginResult r = open_session(db, *user);
    if (known_device) {
      store::touch_known_device(db, device_hash, now);
    } else {
      unsigned char raw[32];
      randombytes_buf(raw, sizeof raw);
      char hex[65];
      sodium_bin2hex(hex, sizeof hex, raw, sizeof raw);
      r.device_token = hex;
      store::insert_known_device(db, token_hash(hex), user->id, now);
    }
    log_auth_event("login", {{"user", std::to_string(user->id)}, {"role", gp::to_string(user->role)}, {"addr", address},
                             {"device", known_device ? "known" : "new"}});
    return r;
  });
}

void AuthService::confirm_password(std::int64_t user_id, const std::string& password, const char* field) {
  const std::string key = "confirm:" + std::to_string(user_id);
  const auto reserved = reserve_attempt({{key, policy_.free_failures}}, field, "user:" + std::to_string(user_id));
  auto u = store::find_user(db_.reader(), user_id);
  if (u && verify_password(u->password_hash, password)) {
    db_.write([&](store::Conn& db) { settle_success(db, reserved, {key}); });
    return;
  }
  log_auth_event("password_confirm_failed", {{"user", std::to_string(user_id)}, {"field", field}});
  fail(K::invalid, "wrong_password", field, "密码不正确", "wrong password");
}

void AuthService::logout(const std::string& token, std::int64_t user_id) {
  db_.write([&](store::Conn& db) { store::revoke_session(db, token_hash(token)); });
  log_auth_event("logout", {{"user", std::to_string(user_id)}});
}

void AuthService::logout_all(std::int64_t user_id) {
  db_.write([&](store::Conn& db) { store::revoke_user_sessions(db, user_id); });
  log_auth_event("logout_all", {{"user", std::to_string(user_id)}});
}

void AuthService::change_password(const store::User& user, const std::string& session_token_hash, const json& body) {
  only_keys(body, {"current_password", "new_password"});
  const std::string current = required_string(body, "current_password", 1024);
  const std::string next = required_string(body, "new_password", 1024);
  // The new password's rules first (cheap); argon2 of the current one only then.
  const std::string phone = !user.phone.empty() ? user.phone : user.profile.value("phone", std::string());
  if (auto e = gp::validate::password(next, "new_password", phone)) fail(K::invalid, *e);
  if (next == current)
    fail(K::invalid, "unchanged", "new_password", "新密码不能与当前密码相同", "the new password must differ from the current one");
  confirm_password(user.id, current, "current_password");
  const std::string hash = hash_password(next);
  db_.write([&](store::Conn& db) {
    store::update_password(db, user.id, hash);
    // Whoever else knew the old password is signed out everywhere but here.
    store::revoke_user_sessions_except(db, user.id, session_token_hash);
    store::forget_user_devices(db, user.id);
  });
  log_auth_event("password_changed", {{"user", std::to_string(user.id)}});
}

std::optional<Session> AuthService::authenticate(const std::string& token) {
  if (token.size() != 64) return std::nullopt;
  const std::string h = token_hash(token);
  auto& rdb = db_.reader();
  auto s = store::find_session(rdb, h);
  const gp::Instant now = clock_.now();
  if (!s || s->revoked || now >= s->expires_at || now - s->last_seen >= policy_.idle_seconds) return std::nullopt;
  auto u = store::find_user(rdb, s->user_id);
  if (!u || u->disabled) return std::nullopt;
  // Refresh the idle timer at most once a minute: a read-mostly API should not write on every call.
  // The one write a GET may cause (issue 15: GET never writes): session bookkeeping, not data.
  if (now - s->last_seen >= 60) {
    // Best effort: with the disk full (or the database busy) the session still reads; only its
    // idle timer is not pushed back this minute.
    (void)store::try_touch_session(db_, h, now);
  }
  Session out{*u, h, std::min(s->expires_at, now + policy_.idle_seconds)};
  if (policy_.require_second_factor && gp::is_staff(u->role)) out.second_factor = store::totp_enabled(rdb, u->id);
  return out;
}

bool AuthService::session_alive(const std::string& h) {
  auto& rdb = db_.reader();
  auto s = store::find_session(rdb, h);
  const gp::Instant now = clock_.now();
  if (!s || s->revoked || now >= s->expires_at || now - s->last_seen >= policy_.idle_seconds) return false;
  auto u = store::find_user(rdb, s->user_id);
  return u && !u->disabled;
}

store::User AuthService::create_staff(const std::string& username, const std::string& password, const std::string& name,
                                      const std::string& role, const std::string& phone) {
  auto r = gp::parse_role(role);
  if (!r || *r == gp::Role::customer || *r == gp::Role::system)
    fail(K::invalid, "invalid", "role", "角色应为 customer_manager、project_manager、command_center、admin 或 discipline_inspector",
         "role must be customer_manager, project_manager, command_center, admin or discipline_inspector");
  if (!valid_username(username))
    fail(K::invalid, "invalid", "username", "用户名应为 3–32 位小写字母、数字、点、下划线或连字符",
         "username must be 3–32 lowercase letters, digits, dots, underscores or hyphens");
  if (auto e = gp::validate::password(password, "password")) fail(K::invalid, *e);
  // `adduser` without --name shows the username (documented default). A username such as
  // "cm.wang" is not a person's name ('.' and digits are refused there), yet it is already held
  // to a stricter, safe alphabet above, so it stands as the display name unchecked.
  if (name != username)
    if (auto e = gp::validate::person_name(name, "name")) fail(K::invalid, *e);
  if (!phone.empty())
    if (auto e = gp::validate::mobile_phone(phone, "phone")) fail(K::invalid, *e);
  const std::string hash = hash_password(password);
  return db_.write([&](store::Conn& db) {
    if (store::find_user_by_username(db, username))
      fail(K::conflict, "username_taken", "username", "用户名已存在", "this username is taken");
    store::User u;
    u.role = *r;
    u.username = username;
    u.name = name;
    u.password_hash = hash;
    u.created_at = clock_.now();
    u.profile = json::object();
    if (!phone.empty()) u.profile["phone"] = gp::validate::normalize_mobile(phone);
    u.id = store::insert_user(db, u);
    return u;
  });
}

void AuthService::set_user_disabled(std::int64_t user_id, bool disabled) {
  db_.write([&](store::Conn& db) {
    store::set_disabled(db, user_id, disabled);
    if (disabled) store::revoke_user_sessions(db, user_id);
  });
}

gp::dto::UserDto user_dto(const store::User& u) {
  gp::dto::UserDto d;
  d.id = u.id;
  d.role = gp::to_string(u.role);
  d.name = u.name;
  if (!u.username.empty()) d.username = u.username;
  if (!u.phone.empty()) d.phone = u.phone;
  if (!u.id_number.empty()) d.id_number_masked = u.id_number.substr(0, 3) + std::string(u.id_number.size() - 7, '*') + u.id_number.substr(u.id_number.size() - 4);
  if (u.profile.contains("phone") && u.profile.at("phone").is_string()) d.work_phone = u.profile.at("phone").get<std::string>();
  return d;
}

json user_json(const store::User& u) { return user_dto(u); }

}  // namespace gp::server
