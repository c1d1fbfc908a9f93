// Route groups, one file each (routes_<group>.cpp). HttpServer calls every register function once.
#pragma once
#include "app/context.h"
#include "http/router.h"

namespace gp::server {

// GET /api/v1/health, GET /api/v1/catalog.
void register_public_routes(Router& r, AppContext& ctx);
// GET /api/v1/calendar/add, GET /api/v1/calendar/count.
void register_calendar_routes(Router& r, AppContext& ctx);
// POST /api/v1/rules/evaluate.
void register_rules_routes(Router& r, AppContext& ctx);

}  // namespace gp::server
