#include "services/config_service.h"

#include "store/conn.h"
#include "store/settings.h"

namespace gp::server {

ConfigService::ConfigService(store::Database& db) : db_(db) {
  auto cfg = std::make_shared<gp::ServiceConfig>(gp::ServiceConfig::builtin());
  if (auto stored = store::find_setting(db_.reader(), "service_config")) {
    auto r = gp::ServiceConfig::from_json(*stored);
    if (r.ok()) cfg = std::make_shared<gp::ServiceConfig>(r.value());
  }
  cfg_ = cfg;
}

std::shared_ptr<const gp::ServiceConfig> ConfigService::current() const {
  std::lock_guard<std::mutex> lock(mu_);
  return cfg_;
}

gp::Status ConfigService::replace(const std::string& json_text) {
  auto r = gp::ServiceConfig::from_json(json_text);
  if (!r.ok()) return r.error();
  auto next = std::make_shared<gp::ServiceConfig>(r.value());
  db_.write([&](store::Conn& db) { store::put_setting(db, "service_config", next->to_json()); });
  std::lock_guard<std::mutex> lock(mu_);
  cfg_ = next;
  return std::nullopt;
}

}  // namespace gp::server
