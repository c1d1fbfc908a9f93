#include "store/settings.h"

#include "store/sql.h"

namespace gp::store {

std::optional<std::string> find_setting(Conn& db, const std::string& key) {
  SQLite::Statement q(db, "SELECT value FROM settings WHERE key = ?");
  q.bind(1, key);
  if (!q.executeStep()) return std::nullopt;
  return q.getColumn(0).getString();
}

void put_setting(Conn& db, const std::string& key, const std::string& value) {
  SQLite::Statement q(db, "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
  q.bind(1, key);
  q.bind(2, value);
  q.exec();
}

std::vector<std::pair<std::string, std::string>> settings_with_prefix(Conn& db, const std::string& prefix) {
  std::string like;
  for (char ch : prefix) {
    if (ch == '%' || ch == '_' || ch == '\\') like += '\\';
    like += ch;
  }
  SQLite::Statement q(db, "SELECT key, value FROM settings WHERE key LIKE ? ESCAPE '\\' ORDER BY key");
  q.bind(1, like + "%");
  std::vector<std::pair<std::string, std::string>> out;
  while (q.executeStep()) out.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getString());
  return out;
}

}  // namespace gp::store
