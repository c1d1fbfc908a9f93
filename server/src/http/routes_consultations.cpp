// Supply-plan consultation with only a business licence (rule R2).
#include "http/api_error.h"
#include "http/auth.h"
#include "http/json_body.h"
#include "http/query.h"
#include "http/response.h"
#include "http/route_util.h"
#include "http/routes.h"

namespace gp::server {

void register_consultation_routes(Router& r, AppContext& ctx) {
  const std::string one = std::string("/api/v1/consultations/") + kId;

  r.post("/api/v1/consultations", [&ctx](const httplib::Request& req, httplib::Response& res) {
    Authed a = require_auth(req, ctx);
    const auto body = parse_json_body(req);
    allow_only_params(req, {});
    write_json(res, 201, ctx.consultations.create(a.caller, body));
  });

  r.get("/api/v1/consultations", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {"status", "page", "page_size"});
    Authed a = require_auth(req, ctx);
    const std::string status = optional_param(req, "status");
    if (!status.empty() && status != "open" && status != "replied")
      throw ApiError(400, gp::make_error("invalid", "status", "status 应为 open 或 replied", "status must be open or replied"));
    const Paging pg = paging(req);
    write_json(res, 200, ctx.consultations.list(a.caller, status, pg.page, pg.page_size));
  });

  r.get(one, [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    Authed a = require_auth(req, ctx);
    write_json(res, 200, ctx.consultations.get(a.caller, std::stoll(req.matches[1])));
  });

  r.post(one + "/reply", [&ctx](const httplib::Request& req, httplib::Response& res) {
    Authed a = require_staff(req, ctx);
    const auto body = parse_json_body(req);
    allow_only_params(req, {});
    write_json(res, 200, ctx.consultations.reply(a.caller, std::stoll(req.matches[1]), body));
  });
}

}  // namespace gp::server
