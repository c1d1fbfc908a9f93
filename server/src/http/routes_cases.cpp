// Customer requests and reports (rule M6): /api/v1/cases. Every route states its role check; the
// public ones (submitting without login, following a case by number + phone, rating it) are
// throttled per client address like POST /track.
#include "gp/cases.h"
#include "http/api_error.h"
#include "http/auth.h"
#include "http/json_body.h"
#include "http/query.h"
#include "http/response.h"
#include "http/route_util.h"
#include "http/routes.h"

namespace gp::server {
namespace {

void throttle(const httplib::Request& req, httplib::Response& res, AppContext& ctx, const char* what) {
  int retry = 0;
  if (!ctx.public_limiter.allow(std::string(what) + ":" + client_address(req), &retry)) {
    res.set_header("Retry-After", std::to_string(retry));
    throw ApiError(429, gp::make_error("throttled", "", "操作过于频繁，请稍后再试", "too many requests; please wait a minute"));
  }
}

}  // namespace

void register_case_routes(Router& r, AppContext& ctx) {
  const std::string one = std::string("/api/v1/cases/") + kNumber;

  // Specific paths first: httplib matches in registration order and "lookup" fits a case number.
  r.post("/api/v1/cases/lookup", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    throttle(req, res, ctx, "case-lookup");
    const auto body = parse_json_body(req);
    write_json(res, 200, ctx.cases.lookup(body));
  });

  r.post("/api/v1/cases/lookup/rate", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    throttle(req, res, ctx, "case-lookup");
    const auto body = parse_json_body(req);
    write_json(res, 200, ctx.cases.rate_public(body));
  });

  r.get("/api/v1/cases/prohibitions", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {"month"});
    Authed a = require_role(req, ctx, {gp::Role::command_center, gp::Role::admin, gp::Role::discipline_inspector});
    write_json(res, 200, ctx.cases.prohibitions(a.caller, optional_param(req, "month")));
  });

  // Logged in (a customer; the command center recording a phone call) or anonymous (throttled).
  r.post("/api/v1/cases", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    std::optional<Authed> a = try_authenticate(req, ctx);
    if (!a) throttle(req, res, ctx, "case-submit");
    const auto body = parse_json_body(req);
    const std::string channel = request_channel(req, ctx);  // "kiosk" only from a registered kiosk
    write_json(res, 201, ctx.cases.submit(a ? std::optional<Caller>(a->caller) : std::nullopt, channel, body));
  });

  r.get("/api/v1/cases", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {"kind", "status", "page", "page_size"});
    Authed a = require_auth(req, ctx);
    const std::string kind = optional_param(req, "kind");
    if (!kind.empty() && !gp::parse_case_kind(kind))
      throw ApiError(400, gp::make_error("invalid", "kind", "kind 应为 complaint、report、opinion 或 suggestion",
                                         "kind must be complaint, report, opinion or suggestion"));
    const std::string status = optional_param(req, "status");
    if (!status.empty() && !gp::parse_case_status(status))
      throw ApiError(400, gp::make_error("invalid", "status", "status 应为 received、assigned、answered 或 closed",
                                         "status must be received, assigned, answered or closed"));
    const Paging pg = paging(req);
    write_json(res, 200, ctx.cases.list(a.caller, kind, status, pg.page, pg.page_size));
  });

  r.get(one, [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    Authed a = require_auth(req, ctx);
    write_json(res, 200, ctx.cases.get(a.caller, req.matches[1]));
  });

  r.post(one + "/assign", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    Authed a = require_role(req, ctx, {gp::Role::command_center, gp::Role::admin, gp::Role::discipline_inspector});
    const auto body = parse_json_body(req);
    write_json(res, 200, ctx.cases.assign(a.caller, req.matches[1], body));
  });

  r.post(one + "/answer", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    // Any staff role (the discipline inspector included); the service checks it is the assignee.
    Authed a = require_role(req, ctx, {gp::Role::customer_manager, gp::Role::project_manager, gp::Role::command_center,
                                       gp::Role::admin, gp::Role::discipline_inspector});
    const auto body = parse_json_body(req);
    write_json(res, 200, ctx.cases.answer(a.caller, req.matches[1], body));
  });

  r.post(one + "/close", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    Authed a = require_role(req, ctx, {gp::Role::command_center, gp::Role::admin, gp::Role::discipline_inspector});
    const auto body = parse_json_body(req);
    write_json(res, 200, ctx.cases.close(a.caller, req.matches[1], body));
  });

  r.post(one + "/rate", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    Authed a = require_role(req, ctx, {gp::Role::customer});
    const auto body = parse_json_body(req);
    write_json(res, 200, ctx.cases.rate(a.caller, req.matches[1], body));
  });
}

}  // namespace gp::server
