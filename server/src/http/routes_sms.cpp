// Proving phone numbers (issue 15, hole 1): SMS codes, claiming a hall application, accepting one
// taken for the caller's number, and the admin's view of the SMS outbox.
#include "http/api_error.h"
#include "http/auth.h"
#include "http/json_body.h"
#include "http/query.h"
#include "http/response.h"
#include "http/route_util.h"
#include "http/routes.h"

namespace gp::server {

void register_sms_routes(Router& r, AppContext& ctx) {
  r.post("/api/v1/auth/sms-code", [&ctx](const httplib::Request& req, httplib::Response& res) {
    const auto body = parse_json_body(req);
    allow_only_params(req, {});
    write_json(res, 202, ctx.sms.request_code(body, client_address(req)));
  });
  r.post("/api/v1/applications/claim", [&ctx](const httplib::Request& req, httplib::Response& res) {
    const auto body = parse_json_body(req);
    allow_only_params(req, {});
    Authed a = require_role(req, ctx, {gp::Role::customer});
    write_json(res, 200, ctx.hall_claims.claim(a.caller, body));
  });
  r.get("/api/v1/applications/pending", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    Authed a = require_role(req, ctx, {gp::Role::customer});
    write_json(res, 200, ctx.hall_claims.pending(a.caller));
  });
  r.post(std::string("/api/v1/applications/pending/") + kNumber + "/accept", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    Authed a = require_role(req, ctx, {gp::Role::customer});
    write_json(res, 200, ctx.hall_claims.accept(a.caller, req.matches[1]));
  });
  r.get("/api/v1/admin/sms/outbox", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {"limit"});
    require_role(req, ctx, {gp::Role::admin});
    const int limit = req.has_param("limit") ? static_cast<int>(int_param(req, "limit", 1, 500)) : 100;
    write_json(res, 200, ctx.sms.outbox(limit));
  });
}

}  // namespace gp::server
