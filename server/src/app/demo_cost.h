// `--demo`, rule P4 (issue 11): three temporary-transformer rental packages, two answered cost
// consultations (one rated) and one open, and a temporary-supply application with a package —
// driven through the same services as the API.
#pragma once
#include <ostream>

#include "app/context.h"

namespace gp::server {

// Seeds only while no rental package exists and a command-center account and a customer exist.
void seed_demo_cost(AppContext& ctx, std::ostream& out);

}  // namespace gp::server
