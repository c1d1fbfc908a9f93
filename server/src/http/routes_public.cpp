// Public, anonymous information: liveness and the published catalogue (rules G1, G7, P3).
#include <ctime>
#include <memory>

#include "app/version.h"
#include "gp/catalog.h"
#include "gp/date.h"
#include "http/query.h"
#include "http/response.h"
#include "http/routes.h"

namespace gp::server {

void register_public_routes(Router& r, AppContext& /*ctx*/) {
  r.get("/api/v1/health", [](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    const gp::Instant now = static_cast<gp::Instant>(std::time(nullptr));
    write_json(res, 200, {{"status", "ok"}, {"version", kVersion}, {"time", gp::format_datetime_cst(now)}});
  });

  // The catalogue is derived from the built-in rules and configuration only, so it is computed
  // once; the shared_ptr keeps the copy alive inside the handler.
  auto catalog = std::make_shared<const std::string>(gp::catalog_json().dump());
  r.get("/api/v1/catalog", [catalog](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    res.status = 200;
    res.set_content(*catalog, kJsonType);
  });
}

}  // namespace gp::server
