// Administration (issue 3 part): staff accounts, a manual supervision sweep, and — only when the
// server runs with --test-clock — setting the server's notion of now for time-limit tests.
#include <algorithm>

#include "gp/dto/answers.h"
#include "http/api_error.h"
#include "http/auth.h"
#include "http/json_body.h"
#include "http/query.h"
#include "http/response.h"
#include "http/route_util.h"
#include "http/routes.h"

namespace gp::server {
namespace {
using nlohmann::json;

std::string body_string(const json& b, const char* k, bool required) {
  if (!b.contains(k) || b.at(k).is_null()) {
    if (required) throw ApiError(400, gp::make_error("required", k, std::string("缺少必填字段 ") + k, std::string("missing required field ") + k));
    return "";
  }
  if (!b.at(k).is_string()) throw ApiError(400, gp::make_error("invalid_type", k, std::string(k) + " 应为字符串", std::string(k) + " must be a string"));
  return b.at(k).get<std::string>();
}

// 400 "unknown_field" naming the first key of an object body that is not in `keys` (a misspelt
// field is reported, never ignored).
void reject_unknown_fields(const json& b, std::initializer_list<const char*> keys) {
  if (!b.is_object()) return;
  for (auto it = b.begin(); it != b.end(); ++it)
    if (std::none_of(keys.begin(), keys.end(), [&](const char* k) { return it.key() == k; }))
      throw ApiError(400, gp::make_error("unknown_field", it.key(), "未知字段：" + it.key(), "unknown field: " + it.key()));
}
}  // namespace

void register_admin_routes(Router& r, AppContext& ctx) {
  r.post("/api/v1/admin/users", [&ctx](const httplib::Request& req, httplib::Response& res) {
    require_role(req, ctx, {gp::Role::admin});
    const auto body = parse_json_body(req);
    allow_only_params(req, {});
    if (!body.is_object()) throw ApiError(400, gp::make_error("invalid_type", "", "请求体应为对象", "the body must be an object"));
    for (auto it = body.begin(); it != body.end(); ++it)
      if (it.key() != "username" && it.key() != "password" && it.key() != "name" && it.key() != "role" && it.key() != "phone")
        throw ApiError(400, gp::make_error("unknown_field", it.key(), "未知字段：" + it.key(), "unknown field: " + it.key()));
    auto u = ctx.auth.create_staff(body_string(body, "username", true), body_string(body, "password", true),
                                   body_string(body, "name", true), body_string(body, "role", true), body_string(body, "phone", false));
    write_json(res, 201, gp::dto::UserCreatedDto{user_dto(u)});
  });

  r.get("/api/v1/admin/users", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    require_role(req, ctx, {gp::Role::admin, gp::Role::command_center});
    gp::dto::UsersDto list;
    for (auto role : {gp::Role::customer_manager, gp::Role::project_manager, gp::Role::command_center, gp::Role::admin})
      for (const auto& u : store::users_with_role(ctx.db.reader(), role)) list.users.push_back(user_dto(u));
    write_json(res, 200, list);
  });

  r.post(std::string("/api/v1/admin/users/") + kId + "/disabled", [&ctx](const httplib::Request& req, httplib::Response& res) {
    Authed a = require_role(req, ctx, {gp::Role::admin});
    const auto body = parse_json_body(req);
    allow_only_params(req, {});
    reject_unknown_fields(body, {"disabled"});
    if (!body.is_object() || !body.contains("disabled") || !body.at("disabled").is_boolean() || body.size() != 1)
      throw ApiError(400, gp::make_error("required", "disabled", "请求体应为 {\"disabled\": true|false}", "the body must be {\"disabled\": true|false}"));
    const std::int64_t id = std::stoll(req.matches[1]);
    auto u = store::find_user(ctx.db.reader(), id);
    if (!u || u->role == gp::Role::customer) throw ApiError(404, gp::make_error("not_found", "", "工作人员不存在", "no such staff account"));
    if (id == a.user.id) throw ApiError(409, gp::make_error("conflict", "disabled", "不能停用自己的账号", "you cannot disable your own account"));
    ctx.auth.set_user_disabled(id, body.at("disabled").get<bool>());
    write_json(res, 200, gp::dto::UserDisabledDto{id, body.at("disabled").get<bool>()});
  });

  // rules M1, M2: run the supervision sweep now (it also runs on its own every --sla-period seconds).
  r.post("/api/v1/admin/sla/sweep", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    require_role(req, ctx, {gp::Role::admin, gp::Role::command_center});
    auto rep = ctx.sla.sweep(ctx.clock.now());
    write_json(res, 200, gp::dto::SweepReportDto{rep.applications_checked, rep.applications_left, rep.applications_failed,
                                                 rep.reservations_checked, rep.marks_recorded, rep.seconds,
                                                 gp::format_datetime_cst(ctx.clock.now())});
  });

  r.post("/api/v1/test/clock", [&ctx](const httplib::Request& req, httplib::Response& res) {
    if (!ctx.clock.settable())  // without --test-clock the route does not exist
      throw ApiError(404, gp::make_error("not_found", "", "请求的资源不存在", "no such resource"));
    // Even in a test deployment, moving "now" expires sessions and deadlines for everyone: admin only.
    require_role(req, ctx, {gp::Role::admin});
    const auto body = parse_json_body(req);
    allow_only_params(req, {});
    reject_unknown_fields(body, {"now"});
    if (!body.is_object() || !body.contains("now"))
      throw ApiError(400, gp::make_error("required", "now", "请求体应为 {\"now\": \"ISO 时间\" | null}", "the body must be {\"now\": ISO date-time | null}"));
    gp::Instant t = 0;
    if (!body.at("now").is_null()) {
      auto p = body.at("now").is_string() ? gp::parse_datetime(body.at("now").get<std::string>()) : std::nullopt;
      if (!p) throw ApiError(400, gp::make_error("invalid", "now", "now 应为带时区的时间", "now must be a date-time with offset"));
      t = *p;
    }
    ctx.clock.set(t);
    write_json(res, 200, gp::dto::TestClockDto{gp::format_datetime_cst(ctx.clock.now()), t != 0});
  });
}

}  // namespace gp::server
