// Open reservations on their clock-time limits (rule D4: 20 minutes to dispatch a phone reservation,
// 18 hours to contact an online one), as the board shows them and the SLA job sweeps them.
// Reservations' own use cases (taking, dispatching, contacting) live with ReservationService's
// repository.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gp/date.h"
#include "store/conn.h"

namespace gp::store {

struct OpenReservation {
  std::int64_t id = 0;
  std::string number, channel, name, address;
  gp::Instant created_at = 0, due_at = 0;
  std::optional<std::int64_t> customer_manager_id;
};

// Every open reservation, oldest first (the board).
std::vector<OpenReservation> open_reservations(Conn& db);
// Open reservations due by `due_by`: id and number only, oldest first (the SLA job's sweep).
std::vector<OpenReservation> open_reservations_due_by(Conn& db, gp::Instant due_by);
// One reservation if it is still open.
std::optional<OpenReservation> open_reservation(Conn& db, std::int64_t id);

}  // namespace gp::store
