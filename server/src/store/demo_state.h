// What the demo seed (app/demo_seed, app/demo_operations) looks at before seeding, so that a
// restart never seeds twice.
#pragma once
#include "store/conn.h"

namespace gp::store {

// No reserve project exists yet (the demo's operations data has not been seeded).
bool reserve_pool_empty(Conn& db);

}  // namespace gp::store
