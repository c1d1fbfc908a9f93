// Open applications per manager (table manager_load, kept by triggers: migration 4), for assigning
// a new application to the least loaded manager.
#pragma once
#include <cstdint>
#include <optional>

#include "gp/workflow.h"
#include "store/conn.h"

namespace gp::store {

// The enabled user of `role` (customer or project manager) with the fewest open applications, the
// lowest id first on a tie; nullopt when there is none.
std::optional<std::int64_t> least_loaded_manager(Conn& db, gp::Role role);

}  // namespace gp::store
