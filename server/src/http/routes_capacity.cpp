// Open grid capacity (rule R4): staff keep it; anyone queries an area (POST: every query is logged).
#include "gp/validate.h"
#include "http/api_error.h"
#include "http/auth.h"
#include "http/json_body.h"
#include "http/query.h"
#include "http/response.h"
#include "http/route_util.h"
#include "http/routes.h"

namespace gp::server {

void register_capacity_routes(Router& r, AppContext& ctx) {
  r.post("/api/v1/capacity", [&ctx](const httplib::Request& req, httplib::Response& res) {
    Authed a = require_role(req, ctx, {gp::Role::project_manager, gp::Role::command_center, gp::Role::admin});
    const auto body = parse_json_body(req);
    allow_only_params(req, {});
    const auto out = ctx.capacity.upsert(a.caller, body);
    write_json(res, out.at("created").get<bool>() ? 201 : 200, out);
  });

  // Public: customers compare supply options without an account. Every query is logged (rule R4),
  // so a query is a POST (issue 15: GET never writes). A sent token must still be valid (401), so a
  // logged-in query is logged with its user.
  r.post("/api/v1/capacity/query", [&ctx](const httplib::Request& req, httplib::Response& res) {
    const auto body = parse_json_body(req);
    allow_only_params(req, {});
    auto a = try_authenticate(req, ctx);
    if (!a) {
      int retry = 0;
      if (!ctx.public_limiter.allow("capacity:" + client_address(req), &retry)) {
        res.set_header("Retry-After", std::to_string(retry));
        throw ApiError(429, gp::make_error("throttled", "", "查询过于频繁，请稍后再试", "too many queries; please wait a minute"));
      }
    }
    std::optional<Caller> c;
    if (a) c = a->caller;
    write_json(res, 200, ctx.capacity.query(c, body, client_address(req)));
  });

  r.get("/api/v1/capacity/queries", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {"page", "page_size"});
    require_staff(req, ctx);
    const Paging pg = paging(req);
    write_json(res, 200, ctx.capacity.queries(pg.page, pg.page_size));
  });
}

}  // namespace gp::server
