// Public, anonymous information: liveness and the published catalogue (rules G1, G7, P3).
#include <ctime>
#include <memory>
#include <mutex>

#include "app/version.h"
#include "gp/dto/answers.h"
#include "gp/catalog.h"
#include "gp/date.h"
#include "http/query.h"
#include "http/response.h"
#include "http/routes.h"

namespace gp::server {

void register_public_routes(Router& r, AppContext& ctx) {
  r.get("/api/v1/health", [](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    const gp::Instant now = static_cast<gp::Instant>(std::time(nullptr));
    write_json(res, 200, gp::dto::HealthDto{"ok", kVersion, gp::format_datetime_cst(now)});
  });

  // The catalogue is derived from the rules and the configuration in force (an administrator may
  // change the supervision phone or change-of-use limits: rule G7 publishes them on every
  // channel), so it is computed again only when the configuration changes.
  struct Cache {
    std::mutex mu;
    std::shared_ptr<const gp::ServiceConfig> cfg;
    std::shared_ptr<const std::string> text;
  };
  auto cache = std::make_shared<Cache>();
  r.get("/api/v1/catalog", [cache, &ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    const auto cfg = ctx.config.current();
    std::shared_ptr<const std::string> text;
    {
      std::lock_guard<std::mutex> lock(cache->mu);
      if (cache->cfg != cfg) {
        cache->text = std::make_shared<const std::string>(gp::catalog_json(*cfg).dump());
        cache->cfg = cfg;
      }
      text = cache->text;
    }
    res.status = 200;
    res.set_content(*text, kJsonType);
  });
}

}  // namespace gp::server
