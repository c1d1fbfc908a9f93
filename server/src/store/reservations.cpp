#include "store/reservations.h"

#include "store/counters.h"
#include "store/sql.h"

#include <cstdio>

namespace gp::store {
namespace {

constexpr const char* kCols =
    "SELECT id, number, channel, customer_id, name, phone, address, business, customer_type, note, created_at, due_at, "
    "customer_manager_id, status, handled_at, application_id FROM reservations ";

ReservationRow read(SQLite::Statement& q) {
  ReservationRow r;
  r.id = q.getColumn(0).getInt64();
  r.number = q.getColumn(1).getString();
  r.channel = q.getColumn(2).getString();
  if (!q.getColumn(3).isNull()) r.customer_id = q.getColumn(3).getInt64();
  r.name = q.getColumn(4).getString();
  r.phone = q.getColumn(5).getString();
  r.address = q.getColumn(6).getString();
  r.business = q.getColumn(7).getString();
  r.customer_type = q.getColumn(8).getString();
  r.note = q.getColumn(9).getString();
  r.created_at = q.getColumn(10).getInt64();
  r.due_at = q.getColumn(11).getInt64();
  if (!q.getColumn(12).isNull()) r.customer_manager_id = q.getColumn(12).getInt64();
  r.status = q.getColumn(13).getString();
  if (!q.getColumn(14).isNull()) r.handled_at = q.getColumn(14).getInt64();
  if (!q.getColumn(15).isNull()) r.application_id = q.getColumn(15).getInt64();
  return r;
}

}  // namespace

std::optional<ReservationRow> find_reservation(Conn& db, std::int64_t id) {
  SQLite::Statement q(db, std::string(kCols) + "WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep()) return std::nullopt;
  return read(q);
}

std::optional<ReservationRow> find_reservation_by_number(Conn& db, const std::string& number) {
  SQLite::Statement q(db, std::string(kCols) + "WHERE number = ?");
  q.bind(1, number);
  if (!q.executeStep()) return std::nullopt;
  return read(q);
}

// "YY-YYYYMMDD-NNNN": the day's counter shared with every kind of number (store/counters.h).
std::string next_reservation_number(Conn& db, gp::Instant now) {
  return next_daily_number(db, "reservation", "YY", gp::cst_date(now));
}

std::int64_t insert_reservation(Conn& db, const ReservationRow& r) {
  SQLite::Statement q(db, "INSERT INTO reservations(number, channel, customer_id, name, phone, address, business, customer_type, note, created_at, due_at, status) "
                          "VALUES (?,?,?,?,?,?,?,?,?,?,?,'open')");
  q.bind(1, r.number);
  q.bind(2, r.channel);
  if (r.customer_id) q.bind(3, *r.customer_id); else q.bind(3);
  q.bind(4, r.name);
  q.bind(5, r.phone);
  q.bind(6, r.address);
  q.bind(7, r.business);
  q.bind(8, r.customer_type);
  q.bind(9, r.note);
  q.bind(10, static_cast<std::int64_t>(r.created_at));
  q.bind(11, static_cast<std::int64_t>(r.due_at));
  q.exec();
  return db.getLastInsertRowid();
}

std::vector<std::int64_t> list_reservation_ids(Conn& db, const ReservationQuery& f) {
  std::string where = "WHERE 1=1";
  if (f.customer_id) where += " AND customer_id = :me";
  else if (f.manager_or_unassigned) where += " AND (customer_manager_id = :me OR customer_manager_id IS NULL)";
  if (!f.status.empty()) where += " AND status = :status";
  SQLite::Statement q(db, "SELECT id FROM reservations " + where + " ORDER BY CASE status WHEN 'open' THEN 0 ELSE 1 END, due_at LIMIT 500");
  if (f.customer_id) q.bind(":me", *f.customer_id);
  else if (f.manager_or_unassigned) q.bind(":me", *f.manager_or_unassigned);
  if (!f.status.empty()) q.bind(":status", f.status);
  std::vector<std::int64_t> out;
  while (q.executeStep()) out.push_back(q.getColumn(0).getInt64());
  return out;
}

void record_reservation_handling(Conn& db, std::int64_t id, bool handled, gp::Instant at, std::optional<std::int64_t> customer_manager_id) {
  SQLite::Statement u(db, "UPDATE reservations SET status = CASE WHEN ? THEN 'handled' ELSE status END, "
                          "handled_at = CASE WHEN ? THEN ? ELSE handled_at END, customer_manager_id = COALESCE(?, customer_manager_id) WHERE id = ?");
  u.bind(1, handled ? 1 : 0);
  u.bind(2, handled ? 1 : 0);
  u.bind(3, static_cast<std::int64_t>(at));
  if (customer_manager_id) u.bind(4, *customer_manager_id); else u.bind(4);
  u.bind(5, id);
  u.exec();
}

void cancel_reservation(Conn& db, std::int64_t id) {
  SQLite::Statement u(db, "UPDATE reservations SET status = 'cancelled' WHERE id = ?");
  u.bind(1, id);
  u.exec();
}

void mark_reservation_converted(Conn& db, std::int64_t id, std::int64_t application_id, gp::Instant at) {
  SQLite::Statement u(db, "UPDATE reservations SET status = 'converted', application_id = ?, handled_at = COALESCE(handled_at, ?) WHERE id = ?");
  u.bind(1, application_id);
  u.bind(2, static_cast<std::int64_t>(at));
  u.bind(3, id);
  u.exec();
}

}  // namespace gp::store
