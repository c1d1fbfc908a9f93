// Telephone call-backs and back-filled records (rule M5): /api/v1/callbacks, the command center's.
#include "http/auth.h"
#include "http/json_body.h"
#include "http/query.h"
#include "http/response.h"
#include "http/route_util.h"
#include "http/routes.h"

namespace gp::server {

void register_callback_routes(Router& r, AppContext& ctx) {
  r.get("/api/v1/callbacks/accountability", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {"month"});
    Authed a = require_role(req, ctx, {gp::Role::command_center, gp::Role::admin});
    write_json(res, 200, ctx.callbacks.accountability(a.caller, optional_param(req, "month")));
  });

  r.post("/api/v1/callbacks", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    Authed a = require_role(req, ctx, {gp::Role::command_center, gp::Role::admin});
    const auto body = parse_json_body(req);
    write_json(res, 201, ctx.callbacks.record(a.caller, body));
  });

  r.get("/api/v1/callbacks", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {"page", "page_size"});
    Authed a = require_role(req, ctx, {gp::Role::command_center, gp::Role::admin});
    const Paging pg = paging(req);
    write_json(res, 200, ctx.callbacks.list(a.caller, pg.page, pg.page_size));
  });
}

}  // namespace gp::server
