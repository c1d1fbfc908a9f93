// Zero-document reservations (rule D4): by phone or online, each with its number, clock and status.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gp/date.h"
#include "store/conn.h"

namespace gp::store {

struct ReservationRow {
  std::int64_t id = 0;
  std::string number, channel;
  std::optional<std::int64_t> customer_id;
  std::string name, phone, address, business, customer_type, note;
  gp::Instant created_at = 0, due_at = 0;
  std::optional<std::int64_t> customer_manager_id;
  std::string status;
  std::optional<gp::Instant> handled_at;
  std::optional<std::int64_t> application_id;
};

std::optional<ReservationRow> find_reservation(Conn& db, std::int64_t id);
std::optional<ReservationRow> find_reservation_by_number(Conn& db, const std::string& number);
// The next number of the day of `now` (CST): "YY-YYYYMMDD-NNNN".
std::string next_reservation_number(Conn& db, gp::Instant now);
// Inserts an open reservation (id, status, manager, handled_at, application ignored); returns its id.
std::int64_t insert_reservation(Conn& db, const ReservationRow& r);

struct ReservationQuery {
  std::optional<std::int64_t> customer_id;            // only this customer's
  std::optional<std::int64_t> manager_or_unassigned;  // this manager's and the undispatched ones
  std::string status;                                 // "" = any
};
// Ids, open ones first, then by due time; at most 500.
std::vector<std::int64_t> list_reservation_ids(Conn& db, const ReservationQuery& q);

// A dispatch or contact (rule D4): `handled` stops the clock at `at`; a named manager is kept.
void record_reservation_handling(Conn& db, std::int64_t id, bool handled, gp::Instant at, std::optional<std::int64_t> customer_manager_id);
void cancel_reservation(Conn& db, std::int64_t id);
void mark_reservation_converted(Conn& db, std::int64_t id, std::int64_t application_id, gp::Instant at);

}  // namespace gp::store
