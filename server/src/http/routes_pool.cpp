// /api/v1/pool: work-ticket grabbing (rule M7, 报装工作票抢单).
#include "gp/error.h"
#include "http/api_error.h"
#include "http/auth.h"
#include "http/json_body.h"
#include "http/query.h"
#include "http/response.h"
#include "http/route_util.h"
#include "http/routes.h"

namespace gp::server {

void register_pool_routes(Router& r, AppContext& ctx) {
  r.get("/api/v1/pool", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});  // before the role check, like every route (the bad-input battery)
    Authed a = require_role(req, ctx, {gp::Role::customer_manager, gp::Role::command_center, gp::Role::admin});
    write_json(res, 200, ctx.pool.list(a.caller));
  });

  // The grab carries no data: who grabs is the caller. A body, if sent, must be {}.
  r.post(std::string("/api/v1/pool/") + kNumber + "/grab", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    Authed a = require_role(req, ctx, {gp::Role::customer_manager});
    if (!req.body.empty()) {
      const auto body = parse_json_body(req);
      if (!body.is_object()) throw ApiError(400, gp::make_error("invalid", "", "请求体应为 {}", "the body must be {}"));
      for (auto it = body.begin(); it != body.end(); ++it)
        throw ApiError(400, gp::make_error("unknown_field", it.key(), "未知字段：" + it.key(), "unknown field: " + it.key()));
    }
    write_json(res, 200, ctx.pool.grab(a.caller, req.matches[1]));
  });
}

}  // namespace gp::server
