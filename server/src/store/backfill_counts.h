// rule M5 (杜绝系统补录): steps recorded as 补录 (event data "backfilled": true), per person who
// recorded them, in a period — read from the event history.
#pragma once
#include <cstdint>
#include <utility>
#include <vector>

#include "gp/date.h"
#include "store/conn.h"

namespace gp::store {

// (actor id, back-filled steps) recorded in [from, to).
std::vector<std::pair<std::int64_t, int>> backfilled_per_actor(Conn& db, gp::Instant from, gp::Instant to);

}  // namespace gp::store
