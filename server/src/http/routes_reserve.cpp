// The reserve pool (rules R1, R3): import project approvals, list them with their preliminary
// supply plans, and turn one into a formal application in one click.
#include "gp/dto/answers.h"
#include "http/api_error.h"
#include "http/auth.h"
#include "http/import_body.h"
#include "http/json_body.h"
#include "http/query.h"
#include "http/response.h"
#include "http/route_util.h"
#include "http/routes.h"

namespace gp::server {

void register_reserve_routes(Router& r, AppContext& ctx) {
  const std::string one = std::string("/api/v1/reserve/") + kApprovalNumber;

  r.post("/api/v1/reserve/import", [&ctx](const httplib::Request& req, httplib::Response& res) {
    Authed a = require_role(req, ctx, {gp::Role::customer_manager, gp::Role::command_center, gp::Role::admin});
    const std::string format = import_format(req);
    allow_only_params(req, {});
    auto result = ctx.reserve.import(a.caller, format, req.body);
    if (!result.errors.empty()) return write_import_errors(req, res, result.errors);
    write_json(res, 201, gp::dto::ImportedDto{result.imported});
  });

  r.get("/api/v1/reserve", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {"status", "q", "page", "page_size"});
    require_staff(req, ctx);
    const std::string status = optional_param(req, "status");
    if (!status.empty() && status != "reserve" && status != "converted")
      throw ApiError(400, gp::make_error("invalid", "status", "status 应为 reserve 或 converted", "status must be reserve or converted"));
    const std::string q = optional_param(req, "q");
    if (q.size() > 64) throw ApiError(400, gp::make_error("too_long", "q", "搜索词过长", "search text too long"));
    const Paging pg = paging(req);
    write_json(res, 200, ctx.reserve.list(status, q, pg.page, pg.page_size));
  });

  r.get(one, [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    require_staff(req, ctx);
    write_json(res, 200, ctx.reserve.get(req.matches[1]));
  });

  r.post(one + "/convert", [&ctx](const httplib::Request& req, httplib::Response& res) {
    Authed a = require_role(req, ctx, {gp::Role::customer_manager, gp::Role::command_center, gp::Role::admin});
    const auto body = parse_json_body(req);
    allow_only_params(req, {});
    write_json(res, 201, ctx.reserve.convert(a.caller, req.matches[1], body));
  });
}

}  // namespace gp::server
