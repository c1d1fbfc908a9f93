// Online contract (rule P1), rating, and the free choice of customer manager (rule M3).
#include "http/auth.h"
#include "http/json_body.h"
#include "http/query.h"
#include "http/response.h"
#include "http/route_util.h"
#include "http/routes.h"

namespace gp::server {

void register_engagement_routes(Router& r, AppContext& ctx) {
  const std::string app = std::string("/api/v1/applications/") + kNumber;

  r.get(app + "/contract", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    Authed a = require_auth(req, ctx);
    write_json(res, 200, ctx.contracts.get(a.caller, req.matches[1]));
  });
  r.post(app + "/contract/sign", [&ctx](const httplib::Request& req, httplib::Response& res) {
    Authed a = require_auth(req, ctx);
    const auto body = parse_json_body(req);
    allow_only_params(req, {});
    write_json(res, 200, ctx.contracts.sign(a.caller, req.matches[1], body));
  });
  // Rule W2: the works contract (服务契约) proposed by the project manager, signed by the customer.
  r.get(app + "/works-contract", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    Authed a = require_auth(req, ctx);
    write_json(res, 200, ctx.contracts.get_works(a.caller, req.matches[1]));
  });
  r.post(app + "/works-contract/sign", [&ctx](const httplib::Request& req, httplib::Response& res) {
    Authed a = require_auth(req, ctx);
    const auto body = parse_json_body(req);
    allow_only_params(req, {});
    write_json(res, 200, ctx.contracts.sign_works(a.caller, req.matches[1], body));
  });
  r.post(app + "/rating", [&ctx](const httplib::Request& req, httplib::Response& res) {
    Authed a = require_auth(req, ctx);
    const auto body = parse_json_body(req);
    allow_only_params(req, {});
    write_json(res, 200, ctx.ratings.rate(a.caller, req.matches[1], body));
  });
  r.post(app + "/manager", [&ctx](const httplib::Request& req, httplib::Response& res) {
    Authed a = require_auth(req, ctx);
    const auto body = parse_json_body(req);
    allow_only_params(req, {});
    write_json(res, 200, ctx.ratings.choose_manager(a.caller, req.matches[1], body));
  });
  // The public list of customer managers (rule M3): no login, no personal data beyond work contact.
  r.get("/api/v1/managers", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    write_json(res, 200, ctx.ratings.managers());
  });
}

}  // namespace gp::server
