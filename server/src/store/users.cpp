#include "store/users.h"

#include "store/sql.h"

#include "store/id_cipher.h"
#include "store/prepared.h"

#include <stdexcept>

namespace gp::store {
namespace {

constexpr const char* kCols = "SELECT id, role, username, phone, name, id_number, password_hash, created_at, disabled, profile FROM users ";

// Sealed at rest (store/id_cipher.h). Without the process's cipher (the maintenance commands) the
// number stays unknown (""). A plaintext value exists only before the start-up sealing.
std::string open_id_number(const std::string& stored) {
  if (stored.empty() || !is_sealed(stored)) return stored;
  const IdCipher* c = id_cipher();
  if (!c) return "";
  auto plain = c->open(stored);
  // The key was checked against the database at start-up: a value that does not open is damage.
  if (!plain) throw std::runtime_error("a resident ID number does not decrypt with the configured key");
  return *plain;
}

User read(SQLite::Statement& q) {
  User u;
  u.id = q.getColumn(0).getInt64();
  u.role = gp::parse_role(q.getColumn(1).getString()).value_or(gp::Role::customer);
  u.username = col_text(q, 2);
  u.phone = col_text(q, 3);
  u.name = q.getColumn(4).getString();
  u.id_number = open_id_number(col_text(q, 5));
  u.password_hash = q.getColumn(6).getString();
  u.created_at = q.getColumn(7).getInt64();
  u.disabled = q.getColumn(8).getInt() != 0;
  u.profile = nlohmann::json::parse(q.getColumn(9).getString(), nullptr, false);
  if (!u.profile.is_object()) u.profile = nlohmann::json::object();
  return u;
}

std::optional<User> one(SQLite::Statement& q) {
  if (q.executeStep()) return read(q);
  return std::nullopt;
}

void bind_text_or_null(SQLite::Statement& q, int i, const std::string& s) {
  if (s.empty()) q.bind(i);
  else q.bind(i, s);
}

}  // namespace

std::optional<User> find_user(SQLite::Database& db, std::int64_t id) {
  Query q(db, std::string(kCols) + "WHERE id = ?");
  q->bind(1, id);
  return one(*q);
}

std::optional<User> find_user_by_username(SQLite::Database& db, const std::string& username) {
  SQLite::Statement q(db, std::string(kCols) + "WHERE username = ?");
  q.bind(1, username);
  return one(q);
}

std::optional<User> find_user_by_phone(SQLite::Database& db, const std::string& phone) {
  SQLite::Statement q(db, std::string(kCols) + "WHERE phone = ?");
  q.bind(1, phone);
  return one(q);
}

std::optional<User> find_user_by_login(SQLite::Database& db, const std::string& login) {
  if (auto u = find_user_by_phone(db, login)) return u;
  return find_user_by_username(db, login);
}

std::int64_t insert_user(SQLite::Database& db, const User& u) {
  SQLite::Statement q(db,
                      "INSERT INTO users(role, username, phone, name, id_number, password_hash, created_at, disabled, profile, "
                      "id_number_lookup) VALUES (?,?,?,?,?,?,?,?,?,?)");
  q.bind(1, gp::to_string(u.role));
  bind_text_or_null(q, 2, u.username);
  bind_text_or_null(q, 3, u.phone);
  q.bind(4, u.name);
  if (u.id_number.empty()) {
    q.bind(5);
    q.bind(10);
  } else {
    const IdCipher* c = id_cipher();
    if (!c) throw std::logic_error("no ID number key: resident ID numbers are never stored in plaintext");
    q.bind(5, c->seal(u.id_number));
    q.bind(10, c->lookup_hash(u.id_number));
  }
  q.bind(6, u.password_hash);
  q.bind(7, static_cast<std::int64_t>(u.created_at));
  q.bind(8, u.disabled ? 1 : 0);
  q.bind(9, u.profile.dump());
  q.exec();
  return db.getLastInsertRowid();
}

void update_password(SQLite::Database& db, std::int64_t id, const std::string& hash) {
  SQLite::Statement q(db, "UPDATE users SET password_hash = ? WHERE id = ?");
  q.bind(1, hash);
  q.bind(2, id);
  q.exec();
}

void set_disabled(SQLite::Database& db, std::int64_t id, bool disabled) {
  SQLite::Statement q(db, "UPDATE users SET disabled = ? WHERE id = ?");
  q.bind(1, disabled ? 1 : 0);
  q.bind(2, id);
  q.exec();
}

void set_profile(SQLite::Database& db, std::int64_t id, const nlohmann::json& profile) {
  SQLite::Statement q(db, "UPDATE users SET profile = ? WHERE id = ?");
  q.bind(1, profile.dump());
  q.bind(2, id);
  q.exec();
}

std::vector<User> users_with_role(SQLite::Database& db, gp::Role role) {
  Query q(db, std::string(kCols) + "WHERE role = ? AND disabled = 0 ORDER BY id");
  q->bind(1, gp::to_string(role));
  std::vector<User> out;
  while (q->executeStep()) out.push_back(read(*q));
  return out;
}

std::vector<User> find_users_by_id_number(SQLite::Database& db, const std::string& id_number) {
  std::vector<User> out;
  const IdCipher* c = id_cipher();
  if (!c || id_number.empty()) return out;
  SQLite::Statement q(db, std::string(kCols) + "WHERE id_number_lookup = ? ORDER BY id");
  q.bind(1, c->lookup_hash(id_number));
  while (q.executeStep()) out.push_back(read(q));
  return out;
}

std::int64_t count_users(SQLite::Database& db) {
  SQLite::Statement q(db, "SELECT COUNT(*) FROM users");
  q.executeStep();
  return q.getColumn(0).getInt64();
}

}  // namespace gp::store
