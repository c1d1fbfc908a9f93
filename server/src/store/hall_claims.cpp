#include "store/hall_claims.h"

#include "store/sql.h"

namespace gp::store {
namespace {

constexpr const char* kColumns =
    "SELECT id, application_id, phone, name, COALESCE(owner_id, 0), salt, code_hash, created_at, expires_at, tries, "
    "COALESCE(claimed_by, 0), COALESCE(claimed_at, 0) FROM hall_claims ";

HallClaim read_claim(SQLite::Statement& q) {
  HallClaim c;
  c.id = q.getColumn(0).getInt64();
  c.application_id = q.getColumn(1).getInt64();
  c.phone = q.getColumn(2).getString();
  c.name = q.getColumn(3).getString();
  c.owner_id = q.getColumn(4).getInt64();
  c.salt = q.getColumn(5).getString();
  c.code_hash = q.getColumn(6).getString();
  c.created_at = q.getColumn(7).getInt64();
  c.expires_at = q.getColumn(8).getInt64();
  c.tries = q.getColumn(9).getInt();
  c.claimed_by = q.getColumn(10).getInt64();
  c.claimed_at = q.getColumn(11).getInt64();
  return c;
}

std::vector<HallClaim> read_all(SQLite::Statement& q) {
  std::vector<HallClaim> out;
  while (q.executeStep()) out.push_back(read_claim(q));
  return out;
}

}  // namespace

void insert_hall_claim(SQLite::Database& db, const HallClaim& c) {
  SQLite::Statement q(db, "INSERT INTO hall_claims(application_id, phone, name, owner_id, salt, code_hash, created_at, expires_at) "
                          "VALUES (?,?,?,?,?,?,?,?)");
  q.bind(1, c.application_id);
  q.bind(2, c.phone);
  q.bind(3, c.name);
  if (c.owner_id) q.bind(4, c.owner_id); else q.bind(4);
  q.bind(5, c.salt);
  q.bind(6, c.code_hash);
  q.bind(7, static_cast<std::int64_t>(c.created_at));
  q.bind(8, static_cast<std::int64_t>(c.expires_at));
  q.exec();
}

std::vector<HallClaim> open_hall_claims_for_phone(SQLite::Database& db, const std::string& phone) {
  SQLite::Statement q(db, std::string(kColumns) + "WHERE phone = ? AND claimed_at IS NULL ORDER BY id DESC");
  q.bind(1, phone);
  return read_all(q);
}

std::vector<HallClaim> open_hall_claims_for_owner(SQLite::Database& db, std::int64_t owner_id) {
  SQLite::Statement q(db, std::string(kColumns) + "WHERE owner_id = ? AND claimed_at IS NULL ORDER BY id DESC");
  q.bind(1, owner_id);
  return read_all(q);
}

std::optional<HallClaim> hall_claim_of_application(SQLite::Database& db, std::int64_t application_id) {
  SQLite::Statement q(db, std::string(kColumns) + "WHERE application_id = ?");
  q.bind(1, application_id);
  if (!q.executeStep()) return std::nullopt;
  return read_claim(q);
}

void count_hall_claim_try(SQLite::Database& db, std::int64_t id) {
  SQLite::Statement q(db, "UPDATE hall_claims SET tries = tries + 1 WHERE id = ?");
  q.bind(1, id);
  q.exec();
}

void complete_hall_claim(SQLite::Database& db, const HallClaim& c, std::int64_t user_id, gp::Instant now) {
  SQLite::Statement q(db, "UPDATE hall_claims SET claimed_by = ?, claimed_at = ? WHERE id = ? AND claimed_at IS NULL");
  q.bind(1, user_id);
  q.bind(2, static_cast<std::int64_t>(now));
  q.bind(3, c.id);
  if (q.exec() != 1) return;
  SQLite::Statement a(db, "UPDATE applications SET customer_id = ? WHERE id = ?");
  a.bind(1, user_id);
  a.bind(2, c.application_id);
  a.exec();
}

}  // namespace gp::store
