// People: customers (log in with their mobile number) and staff (log in with a username).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "store/conn.h"
#include <nlohmann/json.hpp>

#include "gp/workflow.h"
#include "store/database.h"

namespace gp::store {

struct User {
  std::int64_t id = 0;
  gp::Role role = gp::Role::customer;
  std::string username;   // staff; "" for customers
  std::string phone;      // customers (and staff's work phone in profile)
  std::string name;
  std::string id_number;  // plaintext in memory; sealed in the database (store/id_cipher.h)
  std::string password_hash;
  gp::Instant created_at = 0;
  bool disabled = false;
  nlohmann::json profile = nlohmann::json::object();  // staff: {"phone","title_zh","title_en",...}
};

std::optional<User> find_user(SQLite::Database& db, std::int64_t id);
// By mobile number (customers) or username (staff).
std::optional<User> find_user_by_login(SQLite::Database& db, const std::string& login);
std::optional<User> find_user_by_username(SQLite::Database& db, const std::string& username);
std::optional<User> find_user_by_phone(SQLite::Database& db, const std::string& phone);
// Inserts and returns the new id. Throws SQLite::Exception on a duplicate login.
std::int64_t insert_user(SQLite::Database& db, const User& u);
void update_password(SQLite::Database& db, std::int64_t id, const std::string& hash);
void set_disabled(SQLite::Database& db, std::int64_t id, bool disabled);
void set_profile(SQLite::Database& db, std::int64_t id, const nlohmann::json& profile);
std::vector<User> users_with_role(SQLite::Database& db, gp::Role role);
std::int64_t count_users(SQLite::Database& db);
// Accounts with this resident ID number, found by its keyed hash (the number is sealed at rest).
std::vector<User> find_users_by_id_number(SQLite::Database& db, const std::string& id_number);

}  // namespace gp::store
