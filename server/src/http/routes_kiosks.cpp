// Kiosk devices (issue 15): an administrator registers each self-service terminal of the service
// hall (the device token is shown once), lists them and revokes one. Only requests carrying a
// device's token (X-GetPower-Kiosk-Device) are recorded with the channel "kiosk".
#include "gp/dto/answers.h"
#include "http/api_error.h"
#include "http/auth.h"
#include "http/json_body.h"
#include "http/query.h"
#include "http/response.h"
#include "http/route_util.h"
#include "http/routes.h"

namespace gp::server {

void register_kiosk_routes(Router& r, AppContext& ctx) {
  r.post("/api/v1/admin/kiosks", [&ctx](const httplib::Request& req, httplib::Response& res) {
    const auto body = parse_json_body(req);
    allow_only_params(req, {});
    Authed a = require_role(req, ctx, {gp::Role::admin});
    write_json(res, 201, ctx.kiosks.register_device(body, a.caller.user_id));
  });
  r.get("/api/v1/admin/kiosks", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    require_role(req, ctx, {gp::Role::admin});
    write_json(res, 200, ctx.kiosks.list());
  });
  r.post(std::string("/api/v1/admin/kiosks/") + kId + "/revoke", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    require_role(req, ctx, {gp::Role::admin});
    write_json(res, 200, ctx.kiosks.revoke(std::stoll(req.matches[1])));
  });
  // The kiosk page asks at start-up whether its stored token still counts (a revoked device
  // shows its setup screen again). Anyone may ask; only the holder of a token learns anything.
  r.get("/api/v1/kiosk/device", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    write_json(res, 200, gp::dto::KioskFlagDto{request_channel(req, ctx) == "kiosk"});
  });
}

}  // namespace gp::server
