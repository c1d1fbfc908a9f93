// Recorded outages (rule G5), from which the supply reliability of each area is computed.
#pragma once
#include <cstdint>
#include <vector>

#include "gp/date.h"
#include "gp/reliability.h"
#include "store/conn.h"

namespace gp::store {

// Inserts and returns the new id.
std::int64_t insert_outage(Conn& db, const gp::OutageRecord& o, std::int64_t recorded_by, gp::Instant recorded_at);
// Outages overlapping [from, to).
std::vector<gp::OutageRecord> outages_overlapping(Conn& db, gp::Instant from, gp::Instant to);

}  // namespace gp::store
