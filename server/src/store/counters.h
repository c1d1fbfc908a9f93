// Named counters (table counters): the daily sequence behind human-readable numbers, one place for
// every kind of number (applications "ZX-…", reservations "YY-…").
#pragma once
#include <string>

#include "gp/date.h"
#include "store/conn.h"

namespace gp::store {

// Adds one to the day's counter `kind` ("application", "reservation") and returns
// "<prefix>-YYYYMMDD-NNNN" with the new value. Inside a write transaction.
std::string next_daily_number(Conn& db, const std::string& kind, const std::string& prefix, const gp::Date& day);

}  // namespace gp::store
