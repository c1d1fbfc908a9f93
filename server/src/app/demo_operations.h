// `--demo`, second part: what the staff's operations screens show on a fresh demo county — reserve
// projects from the approval system (R1), one already converted (R3), a consultation answered (R2),
// open capacity per area and feeder (R4), customers per area and a year of outages (G5). Driven
// through the same services as the API, after seed_demo() has created the staff.
#pragma once
#include <ostream>

#include "app/context.h"

namespace gp::server {

// Seeds only when the reserve pool is empty and a command-center account exists.
void seed_demo_operations(AppContext& ctx, std::ostream& out);

}  // namespace gp::server
