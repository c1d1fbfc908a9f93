#include "store/outages.h"

#include "store/sql.h"

namespace gp::store {

std::int64_t insert_outage(Conn& db, const gp::OutageRecord& o, std::int64_t recorded_by, gp::Instant recorded_at) {
  SQLite::Statement q(db, "INSERT INTO outages(area, start_at, end_at, customers_affected, feeder, cause, recorded_at, recorded_by) "
                          "VALUES (?,?,?,?,?,?,?,?)");
  q.bind(1, gp::to_string(o.area));
  q.bind(2, static_cast<std::int64_t>(o.start));
  q.bind(3, static_cast<std::int64_t>(o.end));
  q.bind(4, static_cast<std::int64_t>(o.customers_affected));
  q.bind(5, o.feeder);
  q.bind(6, o.cause);
  q.bind(7, static_cast<std::int64_t>(recorded_at));
  q.bind(8, recorded_by);
  q.exec();
  return db.getLastInsertRowid();
}

std::vector<gp::OutageRecord> outages_overlapping(Conn& db, gp::Instant from, gp::Instant to) {
  std::vector<gp::OutageRecord> outages;
  SQLite::Statement q(db, "SELECT area, start_at, end_at, customers_affected, feeder, cause FROM outages WHERE start_at < ? AND end_at > ?");
  q.bind(1, static_cast<std::int64_t>(to));
  q.bind(2, static_cast<std::int64_t>(from));
  while (q.executeStep()) {
    gp::OutageRecord o;
    o.area = q.getColumn(0).getString() == "urban" ? gp::Area::urban : gp::Area::rural;
    o.start = q.getColumn(1).getInt64();
    o.end = q.getColumn(2).getInt64();
    o.customers_affected = q.getColumn(3).getInt64();
    o.feeder = q.getColumn(4).getString();
    o.cause = q.getColumn(5).getString();
    outages.push_back(o);
  }
  return outages;
}

}  // namespace gp::store
