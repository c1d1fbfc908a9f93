#include "store/reservation_clock.h"

#include "store/sql.h"

namespace gp::store {

std::vector<OpenReservation> open_reservations(Conn& db) {
  SQLite::Statement q(db, "SELECT number, channel, created_at, due_at, customer_manager_id, name, address, id FROM reservations "
                          "WHERE status = 'open' ORDER BY id");
  std::vector<OpenReservation> out;
  while (q.executeStep()) {
    OpenReservation r;
    r.number = q.getColumn(0).getString();
    r.channel = q.getColumn(1).getString();
    r.created_at = q.getColumn(2).getInt64();
    r.due_at = q.getColumn(3).getInt64();
    if (!q.getColumn(4).isNull()) r.customer_manager_id = q.getColumn(4).getInt64();
    r.name = q.getColumn(5).getString();
    r.address = q.getColumn(6).getString();
    r.id = q.getColumn(7).getInt64();
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<OpenReservation> open_reservations_due_by(Conn& db, gp::Instant due_by) {
  SQLite::Statement q(db, "SELECT id, number FROM reservations WHERE status = 'open' AND due_at <= ?");
  q.bind(1, static_cast<std::int64_t>(due_by));
  std::vector<OpenReservation> out;
  while (q.executeStep()) {
    OpenReservation r;
    r.id = q.getColumn(0).getInt64();
    r.number = q.getColumn(1).getString();
    out.push_back(std::move(r));
  }
  return out;
}

std::optional<OpenReservation> open_reservation(Conn& db, std::int64_t id) {
  SQLite::Statement q(db, "SELECT created_at, due_at, customer_manager_id FROM reservations WHERE id = ? AND status = 'open'");
  q.bind(1, id);
  if (!q.executeStep()) return std::nullopt;
  OpenReservation r;
  r.id = id;
  r.created_at = q.getColumn(0).getInt64();
  r.due_at = q.getColumn(1).getInt64();
  if (!q.getColumn(2).isNull()) r.customer_manager_id = q.getColumn(2).getInt64();
  return r;
}

}  // namespace gp::store
