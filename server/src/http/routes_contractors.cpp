// Rule P3 (资质信息公开): the contractor directory. Search and one record are public (no login,
// cacheable, rate-limited for anonymous callers); admin and the command center add, edit, expire
// and import (CSV, all or nothing, every bad line reported).
#include "gp/contractors.h"
#include "gp/dto/answers.h"
#include "gp/dto/published.h"
#include "http/api_error.h"
#include "http/auth.h"
#include "http/cacheable.h"
#include "http/import_body.h"
#include "http/json_body.h"
#include "http/query.h"
#include "http/response.h"
#include "http/route_util.h"
#include "http/routes.h"

namespace gp::server {

void register_contractor_routes(Router& r, AppContext& ctx) {
  const std::string one = std::string("/api/v1/contractors/") + kId;

  r.get("/api/v1/contractors", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {"kind", "q", "county", "page", "page_size"});
    limit_anonymous(req, res, ctx, "contractors");
    const std::string kind = optional_param(req, "kind");
    if (!kind.empty() && kind != "design" && kind != "construction" && kind != "test")
      throw ApiError(400, gp::make_error("invalid", "kind", "kind 应为 design、construction 或 test", "kind must be design, construction or test"));
    const std::string q = optional_param(req, "q");
    if (q.size() > 64) throw ApiError(400, gp::make_error("too_long", "q", "搜索词过长（最多 64 字节）", "search text too long (at most 64 bytes)"));
    const std::string county = optional_param(req, "county");
    if (county.size() > 64) throw ApiError(400, gp::make_error("too_long", "county", "地区过长（最多 64 字节）", "county too long (at most 64 bytes)"));
    const Paging pg = paging(req, 100);
    write_cacheable_json(req, res, ctx.contractors.list(kind, q, county, pg.page, pg.page_size));
  });

  r.get(one, [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    limit_anonymous(req, res, ctx, "contractors");
    write_cacheable_json(req, res, ctx.contractors.get(std::stoll(req.matches[1])));
  });

  r.post("/api/v1/contractors", [&ctx](const httplib::Request& req, httplib::Response& res) {
    Authed a = require_role(req, ctx, {gp::Role::command_center, gp::Role::admin});
    const auto body = parse_json_body(req);
    allow_only_params(req, {});
    write_json(res, 201, ctx.contractors.create(a.caller, body));
  });

  r.put(one, [&ctx](const httplib::Request& req, httplib::Response& res) {
    Authed a = require_role(req, ctx, {gp::Role::command_center, gp::Role::admin});
    const auto body = parse_json_body(req);
    allow_only_params(req, {});
    write_json(res, 200, ctx.contractors.update(a.caller, std::stoll(req.matches[1]), body));
  });

  r.post(one + "/expire", [&ctx](const httplib::Request& req, httplib::Response& res) {
    Authed a = require_role(req, ctx, {gp::Role::command_center, gp::Role::admin});
    const auto body = parse_json_body(req);
    allow_only_params(req, {});
    write_json(res, 200, ctx.contractors.expire(a.caller, std::stoll(req.matches[1]), body));
  });

  // The company setting behind "expiring" (rule P3 gives no figure).
  r.put("/api/v1/admin/settings/licence-expiring-days", [&ctx](const httplib::Request& req, httplib::Response& res) {
    Authed a = require_role(req, ctx, {gp::Role::admin});
    const auto body = parse_json_body(req);
    allow_only_params(req, {});
    const int days = ctx.contractors.set_expiring_days(a.caller, body);
    write_json(res, 200, gp::dto::ExpiringDaysDto{days, "company_setting", "P3"});
  });

  r.post("/api/v1/contractors/import", [&ctx](const httplib::Request& req, httplib::Response& res) {
    Authed a = require_role(req, ctx, {gp::Role::command_center, gp::Role::admin});
    const std::string format = import_format(req);
    allow_only_params(req, {});
    auto result = format == "csv" ? ctx.contractors.import_csv(a.caller, req.body)
                                  : ctx.contractors.import_json(a.caller, parse_json_body(req));
    if (!result.errors.empty()) return write_import_errors(req, res, result.errors);
    write_json(res, 201, gp::dto::ImportedDto{result.imported});
  });
}

}  // namespace gp::server
