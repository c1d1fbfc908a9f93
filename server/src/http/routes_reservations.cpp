// Zero-document reservations (rule D4).
#include "http/api_error.h"
#include "http/auth.h"
#include "http/json_body.h"
#include "http/query.h"
#include "http/response.h"
#include "http/route_util.h"
#include "http/routes.h"

namespace gp::server {

void register_reservation_routes(Router& r, AppContext& ctx) {
  const std::string one = std::string("/api/v1/reservations/") + kNumber;

  r.post("/api/v1/reservations", [&ctx](const httplib::Request& req, httplib::Response& res) {
    const auto body = parse_json_body(req);
    allow_only_params(req, {});
    auto a = try_authenticate(req, ctx);
    if (!a) {  // the kiosk and visitors reserve without an account: throttled per address
      int retry = 0;
      if (!ctx.public_limiter.allow("reserve:" + client_address(req), &retry)) {
        res.set_header("Retry-After", std::to_string(retry));
        throw ApiError(429, gp::make_error("throttled", "", "提交过于频繁，请稍后再试", "too many requests; please wait a minute"));
      }
    }
    std::optional<Caller> c;
    if (a) c = a->caller;
    // Anonymous reservations are recorded as the kiosk's only when a registered device sent them.
    write_json(res, 201, ctx.reservations.create(c, body, a ? a->caller.channel : request_channel(req, ctx)));
  });
  r.get("/api/v1/reservations", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {"status"});
    Authed a = require_auth(req, ctx);
    write_json(res, 200, ctx.reservations.list(a.caller, optional_param(req, "status")));
  });
  r.get(one, [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    Authed a = require_auth(req, ctx);
    write_json(res, 200, ctx.reservations.get(a.caller, req.matches[1]));
  });
  r.post(one + "/actions", [&ctx](const httplib::Request& req, httplib::Response& res) {
    Authed a = require_auth(req, ctx);
    const auto body = parse_json_body(req);
    allow_only_params(req, {});
    write_json(res, 200, ctx.reservations.act(a.caller, req.matches[1], body));
  });
}

}  // namespace gp::server
