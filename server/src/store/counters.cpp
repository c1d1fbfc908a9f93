#include "store/counters.h"

#include <cstdio>

#include "store/sql.h"

namespace gp::store {

std::string next_daily_number(Conn& db, const std::string& kind, const std::string& prefix, const gp::Date& day) {
  char ymd[16];
  std::snprintf(ymd, sizeof ymd, "%04d%02d%02d", day.year, day.month, day.day);
  const std::string key = kind + ":" + ymd;
  SQLite::Statement up(db, "INSERT INTO counters(name, value) VALUES (?, 1) ON CONFLICT(name) DO UPDATE SET value = value + 1");
  up.bind(1, key);
  up.exec();
  SQLite::Statement q(db, "SELECT value FROM counters WHERE name = ?");
  q.bind(1, key);
  q.executeStep();
  char out[64];
  std::snprintf(out, sizeof out, "%s-%s-%04lld", prefix.c_str(), ymd, static_cast<long long>(q.getColumn(0).getInt64()));
  return out;
}

}  // namespace gp::store
