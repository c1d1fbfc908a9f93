// Cost consultation (造价咨询) and temporary-transformer rental packages (rule P4).
#include "http/api_error.h"
#include "http/auth.h"
#include "http/json_body.h"
#include "http/query.h"
#include "http/response.h"
#include "http/route_util.h"
#include "http/routes.h"

namespace gp::server {

void register_cost_consultation_routes(Router& r, AppContext& ctx) {
  const std::string one = std::string("/api/v1/cost-consultations/") + kId;

  r.post("/api/v1/cost-consultations", [&ctx](const httplib::Request& req, httplib::Response& res) {
    const auto body = parse_json_body(req);
    allow_only_params(req, {});
    Authed a = require_auth(req, ctx);
    write_json(res, 201, ctx.cost_consultations.create(a.caller, body));
  });

  r.get("/api/v1/cost-consultations", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {"status", "use", "area", "page", "page_size"});
    Authed a = require_auth(req, ctx);
    CostConsultationService::Filter f;
    f.status = optional_param(req, "status");
    if (!f.status.empty() && f.status != "open" && f.status != "answered" && f.status != "rated")
      throw ApiError(400, gp::make_error("invalid", "status", "status 应为 open、answered 或 rated", "status must be open, answered or rated"));
    f.use = optional_param(req, "use");
    if (f.use.size() > 40) throw ApiError(400, gp::make_error("too_long", "use", "use 过长", "use is too long"));
    f.area = optional_param(req, "area");
    if (f.area.size() > 160) throw ApiError(400, gp::make_error("too_long", "area", "area 过长", "area is too long"));
    const Paging pg = paging(req);
    f.page = pg.page;
    f.page_size = pg.page_size;
    write_json(res, 200, ctx.cost_consultations.list(a.caller, f));
  });

  r.get(one, [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    Authed a = require_auth(req, ctx);
    write_json(res, 200, ctx.cost_consultations.get(a.caller, std::stoll(req.matches[1])));
  });

  r.post(one + "/answer", [&ctx](const httplib::Request& req, httplib::Response& res) {
    const auto body = parse_json_body(req);
    allow_only_params(req, {});
    Authed a = require_role(req, ctx, {gp::Role::customer_manager, gp::Role::command_center});
    write_json(res, 200, ctx.cost_consultations.answer(a.caller, std::stoll(req.matches[1]), body));
  });

  r.post(one + "/rating", [&ctx](const httplib::Request& req, httplib::Response& res) {
    const auto body = parse_json_body(req);
    allow_only_params(req, {});
    Authed a = require_role(req, ctx, {gp::Role::customer});
    write_json(res, 200, ctx.cost_consultations.rate(a.caller, std::stoll(req.matches[1]), body));
  });

  // Public: customers compare the packages before applying (no login). ?all=1: staff who maintain them.
  r.get("/api/v1/rental-packages", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {"all"});
    const std::string all = optional_param(req, "all");
    if (!all.empty() && all != "0" && all != "1")
      throw ApiError(400, gp::make_error("invalid", "all", "all 应为 0 或 1", "all must be 0 or 1"));
    if (all == "1") {
      Authed a = require_role(req, ctx, {gp::Role::admin, gp::Role::command_center});
      write_json(res, 200, ctx.rental_packages.list(&a.caller, true));
      return;
    }
    write_json(res, 200, ctx.rental_packages.list(nullptr, false));
  });

  r.post("/api/v1/rental-packages", [&ctx](const httplib::Request& req, httplib::Response& res) {
    const auto body = parse_json_body(req);
    allow_only_params(req, {});
    Authed a = require_role(req, ctx, {gp::Role::admin, gp::Role::command_center});
    write_json(res, 201, ctx.rental_packages.create(a.caller, body));
  });

  r.put(std::string("/api/v1/rental-packages/") + kId, [&ctx](const httplib::Request& req, httplib::Response& res) {
    const auto body = parse_json_body(req);
    allow_only_params(req, {});
    Authed a = require_role(req, ctx, {gp::Role::admin, gp::Role::command_center});
    write_json(res, 200, ctx.rental_packages.update(a.caller, std::stoll(req.matches[1]), body));
  });
}

}  // namespace gp::server
