// The command center's board and the acknowledgement of a warning (rules M1, M2).
#include "http/auth.h"
#include "http/json_body.h"
#include "http/query.h"
#include "http/response.h"
#include "http/route_util.h"
#include "http/routes.h"

namespace gp::server {

void register_board_routes(Router& r, AppContext& ctx) {
  r.get("/api/v1/board", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    require_role(req, ctx, {gp::Role::command_center, gp::Role::admin});
    write_json(res, 200, ctx.board.board());
  });

  r.post(std::string("/api/v1/applications/") + kNumber + "/acknowledge", [&ctx](const httplib::Request& req, httplib::Response& res) {
    Authed a = require_role(req, ctx, {gp::Role::customer_manager, gp::Role::command_center, gp::Role::admin});
    const auto body = parse_json_body(req);
    allow_only_params(req, {});
    // The assigned customer manager (others do not see the application: 404), command center, admin.
    write_json(res, 200, ctx.board.acknowledge(a.caller, req.matches[1], body));
  });
}

}  // namespace gp::server
