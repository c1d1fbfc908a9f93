// Supply reliability (rule G5): availability (ASAI) of urban and rural supply against 99.961 % and
// 99.804 %, and the average outage hours and count per customer (urban targets: <= 1 hour, <= 1).
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "gp/date.h"
#include "gp/error.h"

namespace gp {

enum class Area { urban, rural };
const char* to_string(Area a);

struct OutageRecord {
  Area area = Area::urban;
  Instant start = 0, end = 0;
  long long customers_affected = 0;
  std::string feeder;  // optional
  std::string cause;   // optional
};

struct AreaReliability {
  Area area = Area::urban;
  long long customers = 0;           // customers served in the area
  double period_hours = 0;
  double customer_hours_lost = 0;    // sum of affected customers x outage hours
  long long customer_interruptions = 0;
  double asai = 1;                   // 1 - lost / (customers x period hours)
  double average_outage_hours = 0;   // per customer (SAIDI)
  double average_outage_count = 0;   // per customer (SAIFI)
  double asai_target = 0;
  bool meets_asai = true;
  bool meets_hours = true;           // urban: <= 1 hour
  bool meets_count = true;           // urban: <= 1
};

// Over [from 00:00, to 24:00] CST; outages are clipped to the period.
std::vector<AreaReliability> compute_reliability(const std::vector<OutageRecord>& outages, const Date& from, const Date& to,
                                                 long long urban_customers, long long rural_customers);

// Parse outage records from CSV ("area,start,end,customers_affected[,feeder,cause]" with a header
// line; times ISO-8601 with offset). Errors name the line: field "line 7: end".
Result<std::vector<OutageRecord>> parse_outages_csv(std::string_view text);

void to_json(nlohmann::json& j, const AreaReliability& r);

}  // namespace gp
