// The company's configuration in force (gp::ServiceConfig: change-of-use limits, supervision phone,
// SLA thresholds). Starts from the compiled-in defaults or the stored override; an administrator
// may replace it at run time. Readers take an immutable snapshot.
#pragma once
#include <memory>
#include <mutex>

#include "gp/service_config.h"
#include "store/database.h"

namespace gp::server {

class ConfigService {
 public:
  explicit ConfigService(store::Database& db);
  std::shared_ptr<const gp::ServiceConfig> current() const;
  // Validates, stores (settings table) and swaps in. On error nothing changes.
  gp::Status replace(const std::string& json_text);

 private:
  store::Database& db_;
  mutable std::mutex mu_;
  std::shared_ptr<const gp::ServiceConfig> cfg_;
};

}  // namespace gp::server
