// `--demo`, rule P3 (issue 11): the published information a fresh demo county shows — about ten
// contractors of every kind (one expired, one expiring soon) and one version of each published
// document (two of the tariff policy), through the same services as the API.
#pragma once
#include <ostream>

#include "app/context.h"

namespace gp::server {

// Seeds only when the directory is empty and a command-center account exists.
void seed_demo_published(AppContext& ctx, std::ostream& out);

}  // namespace gp::server
