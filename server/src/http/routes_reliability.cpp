// Supply reliability (rule G5): outage records (one as JSON, or a CSV import), the customers served
// per area, and the urban and rural figures against their targets.
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

void register_reliability_routes(Router& r, AppContext& ctx) {
  r.post("/api/v1/outages", [&ctx](const httplib::Request& req, httplib::Response& res) {
    Authed a = require_role(req, ctx, {gp::Role::command_center, gp::Role::admin});
    const std::string format = import_format(req);
    allow_only_params(req, {});
    if (format == "json") return write_json(res, 201, ctx.reliability.record(a.caller, parse_json_body(req)));
    auto result = ctx.reliability.import_csv(a.caller, req.body);
    if (!result.errors.empty()) return write_import_errors(req, res, result.errors);
    write_json(res, 201, gp::dto::ImportedDto{result.imported});
  });

  r.get("/api/v1/reliability", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {"from", "to"});
    require_staff(req, ctx);
    const gp::Date from = date_param(req, "from");
    const gp::Date to = date_param(req, "to");
    if (to < from) throw ApiError(400, gp::make_error("out_of_range", "to", "to 不能早于 from", "to cannot be before from"));
    if (to.serial() - from.serial() > 5 * 366)
      throw ApiError(400, gp::make_error("out_of_range", "to", "期间不能超过 5 年", "the period may not exceed 5 years"));
    write_json(res, 200, ctx.reliability.reliability(from, to));
  });

  r.put("/api/v1/admin/settings/customers", [&ctx](const httplib::Request& req, httplib::Response& res) {
    Authed a = require_role(req, ctx, {gp::Role::admin});
    const auto body = parse_json_body(req);
    allow_only_params(req, {});
    write_json(res, 200, ctx.reliability.set_customers(a.caller, body));
  });
}

}  // namespace gp::server
