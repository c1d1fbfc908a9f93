#include "gp/time_limits.h"

namespace gp {

const std::vector<PolicyLimit>& policy_limits() {
  static const std::vector<PolicyLimit> v = {
      {"T1", policy::kT1, "低压无配套工程项目", "Low voltage without supporting works"},
      {"T2", policy::kT2, "低压有配套工程项目", "Low voltage with supporting works"},
      {"T3", policy::kT3, "低压小微企业", "Low-voltage small/micro enterprises"},
      {"T4", policy::kT4, "10千伏及以上项目（不含配套工程）", "10 kV and above (excluding supporting works)"},
      {"T5", policy::kT5, "重要客户（设计审查+3、中间检查+2）", "Important customers (design review +3, mid-term inspection +2)"},
  };
  return v;
}

}  // namespace gp
