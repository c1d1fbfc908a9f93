// Monthly indicators (rule M4), as JSON and as a CSV download with the same figures.
#include <cstdlib>

#include "gp/indicators.h"
#include "http/api_error.h"
#include "http/auth.h"
#include "http/query.h"
#include "http/response.h"
#include "http/route_util.h"
#include "http/routes.h"

namespace gp::server {
namespace {

constexpr long long kMaxSpanDays = 5 * 366;  // five years per query

struct Period {
  gp::Date from, to;
  std::optional<gp::CustomerType> customer_type;
};

Period period_of(const httplib::Request& req) {
  Period p{date_param(req, "from"), date_param(req, "to"), std::nullopt};
  if (p.to < p.from) throw ApiError(400, gp::make_error("out_of_range", "to", "to 不能早于 from", "to cannot be before from"));
  if (p.to.serial() - p.from.serial() > kMaxSpanDays)
    throw ApiError(400, gp::make_error("out_of_range", "to", "期间不能超过 5 年", "the period may not exceed 5 years"));
  const std::string type = optional_param(req, "customer_type");
  if (!type.empty()) {
    p.customer_type = gp::parse_customer_type(type);
    if (!p.customer_type) throw ApiError(400, gp::make_error("invalid", "customer_type", "未知客户类型", "unknown customer_type"));
  }
  return p;
}

gp::Indicators compute(const httplib::Request& req, AppContext& ctx, nlohmann::json* scope) {
  allow_only_params(req, {"from", "to", "customer_type"});
  Authed a = require_staff(req, ctx);  // customers: 403; before the parameters are read
  const Period p = period_of(req);
  const bool all = a.caller.role == gp::Role::command_center || a.caller.role == gp::Role::admin;
  *scope = all ? nlohmann::json("company") : nlohmann::json{{"manager", {{"id", a.user.id}, {"name", a.user.name}}}};
  return ctx.indicators.indicators(a.caller, p.from, p.to, p.customer_type);
}

}  // namespace

void register_indicator_routes(Router& r, AppContext& ctx) {
  r.get("/api/v1/indicators", [&ctx](const httplib::Request& req, httplib::Response& res) {
    nlohmann::json scope;
    nlohmann::json j = compute(req, ctx, &scope);
    j["scope"] = scope;
    write_json(res, 200, j);
  });

  r.get("/api/v1/indicators.csv", [&ctx](const httplib::Request& req, httplib::Response& res) {
    nlohmann::json scope;
    const gp::Indicators ind = compute(req, ctx, &scope);
    res.status = 200;
    res.set_header("Content-Disposition",
                   "attachment; filename=\"indicators-" + ind.from.iso() + "-" + ind.to.iso() + ".csv\"");
    res.set_header("Cache-Control", "no-store");
    res.set_content(gp::indicators_csv(ind), "text/csv; charset=utf-8");
  });
}

}  // namespace gp::server
