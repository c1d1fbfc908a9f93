#include "services/config_service.h"

namespace gp::server {

ConfigService::ConfigService(store::Database& db) : db_(db) {
  auto cfg = std::make_shared<gp::ServiceConfig>(gp::ServiceConfig::builtin());
  SQLite::Statement q(db_.reader(), "SELECT value FROM settings WHERE key = 'service_config'");
  if (q.executeStep()) {
    auto r = gp::ServiceConfig::from_json(q.getColumn(0).getString());
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
  db_.write([&](SQLite::Database& db) {
    SQLite::Statement q(db, "INSERT INTO settings(key, value) VALUES ('service_config', ?) "
                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    q.bind(1, next->to_json());
    q.exec();
  });
  std::lock_guard<std::mutex> lock(mu_);
  cfg_ = next;
  return std::nullopt;
}

}  // namespace gp::server
