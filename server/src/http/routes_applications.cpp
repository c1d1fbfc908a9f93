// Applications (issue 3): submit, the queue / my list, the detail with next actions, actions,
// and the progress lookup without login (kiosk, SMS links).
#include "http/api_error.h"
#include "http/auth.h"
#include "http/json_body.h"
#include "http/query.h"
#include "http/response.h"
#include "http/route_util.h"
#include "http/routes.h"

namespace gp::server {

void register_application_routes(Router& r, AppContext& ctx) {
  const std::string app = std::string("/api/v1/applications/") + kNumber;

  r.post("/api/v1/applications", [&ctx](const httplib::Request& req, httplib::Response& res) {
    Authed a = require_role(req, ctx, {gp::Role::customer, gp::Role::customer_manager, gp::Role::command_center, gp::Role::admin});
    const auto body = parse_json_body(req);
    allow_only_params(req, {});
    Caller c = a.caller;
    if (gp::is_staff(c.role)) c.channel = "service_hall";  // rule D2: staff take applications at the hall
    write_json(res, 201, ctx.applications.create(c, body));
  });

  r.get("/api/v1/applications", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {"status", "stage", "level", "manager", "q", "sort", "page", "page_size"});
    Authed a = require_auth(req, ctx);
    ListParams p;
    p.status = optional_param(req, "status");
    if (!p.status.empty() && p.status != "open" && !gp::parse_app_status(p.status))
      throw ApiError(400, gp::make_error("invalid", "status", "status 应为 open、in_progress、waiting_customer、completed 或 withdrawn",
                                         "status must be open, in_progress, waiting_customer, completed or withdrawn"));
    p.stage = optional_param(req, "stage");
    if (!p.stage.empty() && p.stage != "done" && !gp::parse_stage(p.stage))
      throw ApiError(400, gp::make_error("invalid", "stage", "未知环节：" + p.stage, "unknown stage: " + p.stage));
    p.level = optional_param(req, "level");
    if (!p.level.empty() && p.level != "normal" && p.level != "warning" && p.level != "overdue")
      throw ApiError(400, gp::make_error("invalid", "level", "level 应为 normal、warning 或 overdue", "level must be normal, warning or overdue"));
    if (req.has_param("manager")) {
      p.manager_id = int_param(req, "manager", 1, 1000000000000LL);
      // Another manager's queue is for the command center and admins. The list of anyone else is
      // scoped to them whatever the filter says, so asking for another's queue is refused rather
      // than silently answered with one's own.
      const bool supervisor = a.caller.role == gp::Role::command_center || a.caller.role == gp::Role::admin;
      const bool own_queue = gp::is_staff(a.caller.role) && *p.manager_id == a.caller.user_id;
      if (!supervisor && !own_queue)
        throw ApiError(403, gp::make_error("forbidden", "manager", "只有指挥中心和管理员可以查看其他经理的工作队列",
                                           "only the command center and admins may see another manager's queue"));
    }
    p.search = optional_param(req, "q");
    if (p.search.size() > 64) throw ApiError(400, gp::make_error("too_long", "q", "搜索词过长", "search text too long"));
    p.sort = req.has_param("sort") ? required_param(req, "sort") : "urgency";
    if (p.sort != "urgency" && p.sort != "newest")
      throw ApiError(400, gp::make_error("invalid", "sort", "sort 应为 urgency 或 newest", "sort must be urgency or newest"));
    const Paging pg = paging(req);
    p.page = pg.page;
    p.page_size = pg.page_size;
    write_json(res, 200, ctx.applications.list(a.caller, p));
  });

  r.get(app, [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    Authed a = require_auth(req, ctx);
    write_json(res, 200, ctx.applications.get(a.caller, req.matches[1]));
  });

  r.post(app + "/actions", [&ctx](const httplib::Request& req, httplib::Response& res) {
    Authed a = require_auth(req, ctx);
    const auto body = parse_json_body(req);
    allow_only_params(req, {});
    write_json(res, 200, ctx.applications.act(a.caller, req.matches[1], body));
  });

  // Progress without login: steps, states and dates only (no personal data); throttled. The number
  // and phone come in the body of a POST so the phone never lands in access logs (issue 15).
  r.post("/api/v1/track", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    int retry = 0;
    if (!ctx.public_limiter.allow("track:" + client_address(req), &retry)) {
      res.set_header("Retry-After", std::to_string(retry));
      throw ApiError(429, gp::make_error("throttled", "", "查询过于频繁，请稍后再试", "too many lookups; please wait a minute"));
    }
    const auto body = parse_json_body(req);
    if (!body.is_object()) throw ApiError(400, gp::make_error("invalid_type", "", "请求体应为对象", "the body must be an object"));
    for (auto it = body.begin(); it != body.end(); ++it)
      if (it.key() != "number" && it.key() != "phone")
        throw ApiError(400, gp::make_error("unknown_field", it.key(), "未知字段：" + it.key(), "unknown field: " + it.key()));
    for (const char* f : {"number", "phone"}) {
      if (body.contains(f) && !body.at(f).is_null() && !body.at(f).is_string())
        throw ApiError(400, gp::make_error("invalid_type", f, std::string("“") + f + "”应为文字", std::string(f) + " must be a string"));
      if (!body.contains(f) || body.at(f).is_null() || body.at(f).get<std::string>().empty())
        throw ApiError(400, gp::make_error("required", f, std::string("缺少必填字段“") + f + "”", std::string("missing required field ") + f));
    }
    res.status = 200;
    res.set_content(ctx.progress.track(body.at("number").get<std::string>(), body.at("phone").get<std::string>()), kJsonType);
  });
}

}  // namespace gp::server
