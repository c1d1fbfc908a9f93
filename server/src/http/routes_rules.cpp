// The policy's rules on one application's facts (I1–I5, S1–S6, T1–T6, W1–W3, D1–D8, F1, O1), run
// by shared/ exactly as the browser runs them: the server adds transport, never a rule.
#include "gp/dto/plan.h"
#include "gp/rules.h"
#include "http/api_error.h"
#include "http/json_body.h"
#include "http/query.h"
#include "http/response.h"
#include "http/routes.h"

namespace gp::server {

void register_rules_routes(Router& r, AppContext& ctx) {
  r.post("/api/v1/rules/evaluate", [&ctx](const httplib::Request& req, httplib::Response& res) {
    // Body first: httplib merges a form-encoded body into the query parameters, and such a body
    // must be reported as the wrong media type, not as unknown parameters.
    const nlohmann::json body = parse_json_body(req);
    allow_only_params(req, {});
    const auto plan = gp::evaluate_json(body, *ctx.config.current());  // the limits in force (configuration)
    if (!plan) throw_bad_request(plan.error());
    write_json(res, 200, gp::dto::plan_dto(plan.value()));  // gp/dto/plan.h
  });
}

}  // namespace gp::server
