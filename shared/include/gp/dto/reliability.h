// GET /api/v1/reliability (rule G5): urban and rural supply reliability against the plan's targets.
// The figures are gp::AreaReliability (gp/reliability.h); this is how they travel and are read.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "gp/reliability.h"

namespace gp::dto {

struct AreaReliabilityDto {
  std::string area;  // urban | rural
  long long customers = 0;
  double period_hours = 0, customer_hours_lost = 0;
  long long customer_interruptions = 0;
  double asai = 1, asai_target = 0;
  bool meets_asai = true;
  double average_outage_hours = 0, average_outage_count = 0;
  bool meets_hours = true, meets_count = true;
  std::string rule = "G5";
  bool operator==(const AreaReliabilityDto& o) const;
};
AreaReliabilityDto area_reliability_dto(const AreaReliability& r);

struct ReliabilityBody {
  std::string from, to;
  long long urban_customers = 0, rural_customers = 0;  // "customers": {"urban", "rural"}
  long long outages = 0;
  AreaReliabilityDto urban, rural;
  std::string rule = "G5";
  bool operator==(const ReliabilityBody& o) const;
};

void to_json(nlohmann::json& j, const AreaReliabilityDto& v);
void from_json(const nlohmann::json& j, AreaReliabilityDto& v);
void to_json(nlohmann::json& j, const ReliabilityBody& v);
void from_json(const nlohmann::json& j, ReliabilityBody& v);

}  // namespace gp::dto
