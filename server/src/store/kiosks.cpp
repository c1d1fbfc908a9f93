#include "store/kiosks.h"

#include "store/sql.h"

#include "store/prepared.h"

namespace gp::store {
namespace {

constexpr const char* kCols = "SELECT id, name, created_at, created_by, revoked_at FROM kiosk_devices ";

KioskRow read(SQLite::Statement& q) {
  KioskRow k;
  k.id = q.getColumn(0).getInt64();
  k.name = q.getColumn(1).getString();
  k.created_at = q.getColumn(2).getInt64();
  if (!q.getColumn(3).isNull()) k.created_by = q.getColumn(3).getInt64();
  if (!q.getColumn(4).isNull()) k.revoked_at = q.getColumn(4).getInt64();
  return k;
}

}  // namespace

std::int64_t insert_kiosk(SQLite::Database& db, const std::string& name, const std::string& token_hash, gp::Instant at,
                          std::int64_t created_by) {
  SQLite::Statement q(db, "INSERT INTO kiosk_devices(name, token_hash, created_at, created_by) VALUES (?,?,?,?)");
  q.bind(1, name);
  q.bind(2, token_hash);
  q.bind(3, static_cast<std::int64_t>(at));
  q.bind(4, created_by);
  q.exec();
  return db.getLastInsertRowid();
}

std::vector<KioskRow> list_kiosks(SQLite::Database& db) {
  SQLite::Statement q(db, std::string(kCols) + "ORDER BY id");
  std::vector<KioskRow> out;
  while (q.executeStep()) out.push_back(read(q));
  return out;
}

std::optional<KioskRow> find_kiosk(SQLite::Database& db, std::int64_t id) {
  SQLite::Statement q(db, std::string(kCols) + "WHERE id = ?");
  q.bind(1, id);
  if (q.executeStep()) return read(q);
  return std::nullopt;
}

std::optional<KioskRow> find_active_kiosk_by_token(SQLite::Database& db, const std::string& token_hash) {
  Query q(db, std::string(kCols) + "WHERE token_hash = ? AND revoked_at IS NULL");
  q->bind(1, token_hash);
  if (q->executeStep()) return read(*q);
  return std::nullopt;
}

bool revoke_kiosk(SQLite::Database& db, std::int64_t id, gp::Instant at) {
  SQLite::Statement q(db, "UPDATE kiosk_devices SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?");
  q.bind(1, static_cast<std::int64_t>(at));
  q.bind(2, id);
  return q.exec() > 0;
}

}  // namespace gp::store
