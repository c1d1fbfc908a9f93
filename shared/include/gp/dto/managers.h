// GET /api/v1/managers (rule M3): the public list of customer managers with their figures.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace gp::dto {

struct ManagerDto {
  std::int64_t id = 0;
  std::string name, phone, title_zh, title_en;
  int handled = 0;                            // completed applications
  std::optional<double> average_working_days;  // null before the first completed one (M3 = M4's figure)
  std::optional<double> satisfaction;          // average manager score 1..5, null without ratings
  int ratings = 0;
  int open = 0;                                // applications in progress
  bool operator==(const ManagerDto& o) const {
    return id == o.id && name == o.name && phone == o.phone && title_zh == o.title_zh && title_en == o.title_en &&
           handled == o.handled && average_working_days == o.average_working_days && satisfaction == o.satisfaction &&
           ratings == o.ratings && open == o.open;
  }
};

struct ManagersBody {
  std::vector<ManagerDto> managers;
  std::string rule = "M3";
  bool operator==(const ManagersBody& o) const { return managers == o.managers && rule == o.rule; }
};

void to_json(nlohmann::json& j, const ManagerDto& v);
void from_json(const nlohmann::json& j, ManagerDto& v);
void to_json(nlohmann::json& j, const ManagersBody& v);
void from_json(const nlohmann::json& j, ManagersBody& v);

}  // namespace gp::dto
