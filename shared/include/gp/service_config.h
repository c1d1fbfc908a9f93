// The company's configuration, as distinct from policy: limits the seed does not give (change-of-use
// businesses), the supervision phone, names, SLA thresholds. Compiled-in defaults come from
// shared/data/service-config.json; an administrator may replace them at run time.
#pragma once
#include <map>
#include <string>
#include <string_view>

#include "gp/codes.h"
#include "gp/error.h"
#include "gp/sla.h"

namespace gp {

struct StageLimits {
  int application = 1;  // working days
  int completion = 4;   // working days
};

struct ServiceConfig {
  std::string company_zh, company_en;
  std::string product_zh, product_en;
  std::string supervision_phone;  // rule G7 / P3: published on every channel
  std::string service_hall_zh, service_hall_en;
  std::map<Business, StageLimits> change_of_use_limits;  // configuration, not policy (rule T6 gives none)
  SlaPolicy sla;
  // rule M5 ("杜绝系统补录"): an action recorded more than this many hours after the moment it claims
  // is flagged 补录 (backfilled). The seed gives no figure: a company setting, not policy.
  int backfill_after_hours = 24;

  static const ServiceConfig& builtin();
  static Result<ServiceConfig> from_json(std::string_view text);
  std::string to_json() const;
};

}  // namespace gp
