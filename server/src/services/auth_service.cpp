#include "services/auth_service.h"

#include <sodium.h>

#include <stdexcept>

#include "gp/validate.h"
#include "services/service_error.h"
#include "store/hash.h"
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

LoginResult AuthService::open_session(SQLite::Database& db, const store::User& u) {
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
  return {hex, u, std::min(s.expires_at, now + policy_.idle_seconds)};
}

LoginResult AuthService::register_customer(const json& body) {
  only_keys(body, {"phone", "password", "name", "id_number"});
  const std::string phone = required_string(body, "phone", 32);
  if (auto e = gp::validate::mobile_phone(phone, "phone")) fail(K::invalid, *e);
  const std::string password = required_string(body, "password", 1024);
  if (auto e = gp::validate::password(password, "password")) fail(K::invalid, *e);
  const std::string name = required_string(body, "name", 200);
  if (auto e = gp::validate::person_name(name, "name")) fail(K::invalid, *e);
  std::string idn;
  if (body.contains("id_number") && !body.at("id_number").is_null()) {
    idn = required_string(body, "id_number", 32);
    if (!idn.empty())
      if (auto e = gp::validate::resident_id(idn, "id_number", gp::cst_date(clock_.now()))) fail(K::invalid, *e);
    if (!idn.empty() && idn.back() == 'x') idn.back() = 'X';
  }
  const std::string norm = gp::validate::normalize_mobile(phone);
  const std::string hash = hash_password(password);  // outside the write lock: it is slow on purpose
  return db_.write([&](SQLite::Database& db) {
    store::User u;
    if (auto existing = store::find_user_by_phone(db, norm)) {
      // An account opened for the customer at the service hall has no password yet: claim it.
      if (existing->role != gp::Role::customer || !existing->password_hash.empty())
        fail(K::conflict, "phone_taken", "phone", "该手机号已注册，请直接登录", "this mobile number is already registered; please log in");
      store::update_password(db, existing->id, hash);
      u = *existing;
      u.password_hash = hash;
    } else {
      u.role = gp::Role::customer;
      u.phone = norm;
      u.name = name;
      u.id_number = idn;
      u.password_hash = hash;
      u.created_at = clock_.now();
      u.id = store::insert_user(db, u);
    }
    return open_session(db, u);
  });
}

LoginResult AuthService::login(const json& body, const std::string& address) {
  only_keys(body, {"login", "password"});
  std::string login = required_string(body, "login", 64);
  const std::string password = required_string(body, "password", 1024);
  if (gp::validate::mobile_phone(login, "login") == std::nullopt) login = gp::validate::normalize_mobile(login);
  const gp::Instant now = clock_.now();
  const std::string login_key = "login:" + login;
  const std::string addr_key = "ip:" + address;

  auto throttled = [&](SQLite::Database& db, const std::string& key) -> gp::Instant {
    auto t = store::find_throttle(db, key);
    return t && t->locked_until > now ? t->locked_until - now : 0;
  };
  {
    auto& db = db_.reader();
    const gp::Instant wait = std::max(throttled(db, login_key), throttled(db, addr_key));
    // The client is told the real time left (a 15-minute lock), not a generic minute.
    if (wait > 0)
      throw ServiceError(K::too_many, gp::make_error("throttled", "login", "尝试次数过多，请 " + std::to_string((wait + 59) / 60) + " 分钟后再试",
                                                     "too many attempts; try again in " + std::to_string((wait + 59) / 60) + " minutes"))
          .with_retry_after(static_cast<long>(wait));
  }
  auto user = store::find_user_by_login(db_.reader(), login);
  // Verify even for an unknown login so that timing does not reveal which logins exist.
  static const std::string dummy = hash_password("not-a-real-password-1");
  const bool ok = verify_password(user ? user->password_hash : dummy, password) && user && !user->disabled;
  if (!ok) {
    // Count the failure (committed), then refuse.
    db_.write([&](SQLite::Database& db) {
      for (const auto& [key, limit] : {std::pair{login_key, policy_.max_failures}, std::pair{addr_key, policy_.max_failures_per_address}}) {
        auto t = store::find_throttle(db, key).value_or(store::ThrottleRow{0, now, 0});
        if (now - t.window_start > policy_.window_seconds) t = {0, now, 0};
        if (++t.failures >= limit) t.locked_until = now + policy_.lock_seconds;
        store::save_throttle(db, key, t);
      }
    });
    fail(K::unauthorized, "invalid_credentials", "login", "手机号/用户名或密码不正确", "wrong login or password");
  }
  return db_.write([&](SQLite::Database& db) {
    store::clear_throttle(db, login_key);
    return open_session(db, *user);
  });
}

void AuthService::confirm_password(std::int64_t user_id, const std::string& password, const char* field) {
  const gp::Instant now = clock_.now();
  const std::string key = "confirm:" + std::to_string(user_id);
  if (auto t = store::find_throttle(db_.reader(), key); t && t->locked_until > now) {
    const gp::Instant wait = t->locked_until - now;
    throw ServiceError(K::too_many, gp::make_error("throttled", field, "尝试次数过多，请 " + std::to_string((wait + 59) / 60) + " 分钟后再试",
                                                   "too many attempts; try again in " + std::to_string((wait + 59) / 60) + " minutes"))
        .with_retry_after(static_cast<long>(wait));
  }
  auto u = store::find_user(db_.reader(), user_id);
  if (u && verify_password(u->password_hash, password)) {
    db_.write([&](SQLite::Database& db) { store::clear_throttle(db, key); });
    return;
  }
  db_.write([&](SQLite::Database& db) {
    auto t = store::find_throttle(db, key).value_or(store::ThrottleRow{0, now, 0});
    if (now - t.window_start > policy_.window_seconds) t = {0, now, 0};
    if (++t.failures >= policy_.max_failures) t.locked_until = now + policy_.lock_seconds;
    store::save_throttle(db, key, t);
  });
  fail(K::invalid, "wrong_password", field, "密码不正确", "wrong password");
}

void AuthService::logout(const std::string& token) {
  db_.write([&](SQLite::Database& db) { store::revoke_session(db, token_hash(token)); });
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
    try {
      db_.write([&](SQLite::Database& db) { store::touch_session(db, h, now); });
    } catch (const SQLite::Exception&) {
      // Best effort: with the disk full (or the database busy) the session still reads; only its
      // idle timer is not pushed back this minute.
    }
  }
  return Session{*u, h, std::min(s->expires_at, now + policy_.idle_seconds)};
}

store::User AuthService::create_staff(const std::string& username, const std::string& password, const std::string& name,
                                      const std::string& role, const std::string& phone) {
  auto r = gp::parse_role(role);
  if (!r || *r == gp::Role::customer || *r == gp::Role::system)
    fail(K::invalid, "invalid", "role", "角色应为 customer_manager、project_manager、command_center 或 admin",
         "role must be customer_manager, project_manager, command_center or admin");
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
  return db_.write([&](SQLite::Database& db) {
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
  db_.write([&](SQLite::Database& db) {
    store::set_disabled(db, user_id, disabled);
    if (disabled) store::revoke_user_sessions(db, user_id);
  });
}

json user_json(const store::User& u) {
  json j = {{"id", u.id}, {"role", gp::to_string(u.role)}, {"name", u.name}};
  if (!u.username.empty()) j["username"] = u.username;
  if (!u.phone.empty()) j["phone"] = u.phone;
  if (!u.id_number.empty()) j["id_number_masked"] = u.id_number.substr(0, 3) + std::string(u.id_number.size() - 7, '*') + u.id_number.substr(u.id_number.size() - 4);
  if (u.profile.contains("phone")) j["work_phone"] = u.profile.at("phone");
  return j;
}

}  // namespace gp::server
