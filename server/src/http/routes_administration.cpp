// Administration of configuration (change-of-use limits, supervision phone, SLA thresholds) and of
// the holiday calendar of a newly published year.
#include "http/api_error.h"
#include "http/auth.h"
#include "http/json_body.h"
#include "http/query.h"
#include "http/response.h"
#include "http/route_util.h"
#include "http/routes.h"

namespace gp::server {

void register_administration_routes(Router& r, AppContext& ctx) {
  r.get("/api/v1/admin/config", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    require_role(req, ctx, {gp::Role::admin});
    write_json(res, 200, ctx.administration.config());
  });

  r.put("/api/v1/admin/config", [&ctx](const httplib::Request& req, httplib::Response& res) {
    Authed a = require_role(req, ctx, {gp::Role::admin});
    const auto body = parse_json_body(req);
    allow_only_params(req, {});
    write_json(res, 200, ctx.administration.replace_config(a.caller, body));
  });

  r.post(std::string("/api/v1/admin/calendar/") + kYear, [&ctx](const httplib::Request& req, httplib::Response& res) {
    Authed a = require_role(req, ctx, {gp::Role::admin});
    const auto body = parse_json_body(req);
    allow_only_params(req, {});
    write_json(res, 200, ctx.administration.publish_year(a.caller, std::stoi(req.matches[1]), body));
  });
}

}  // namespace gp::server
