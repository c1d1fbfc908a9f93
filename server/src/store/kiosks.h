// Kiosk devices registered by an administrator (issue 15): only the SHA-256 of each device token.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "store/conn.h"

#include "gp/date.h"

namespace gp::store {

struct KioskRow {
  std::int64_t id = 0;
  std::string name;
  gp::Instant created_at = 0;
  std::optional<std::int64_t> created_by;
  std::optional<gp::Instant> revoked_at;
};

std::int64_t insert_kiosk(SQLite::Database& db, const std::string& name, const std::string& token_hash, gp::Instant at,
                          std::int64_t created_by);
std::vector<KioskRow> list_kiosks(SQLite::Database& db);
std::optional<KioskRow> find_kiosk(SQLite::Database& db, std::int64_t id);
// A device in service (not revoked) with this token hash.
std::optional<KioskRow> find_active_kiosk_by_token(SQLite::Database& db, const std::string& token_hash);
// Revokes (idempotent); false when no such device.
bool revoke_kiosk(SQLite::Database& db, std::int64_t id, gp::Instant at);

}  // namespace gp::store
