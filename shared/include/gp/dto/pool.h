// GET /api/v1/pool and POST /api/v1/pool/{number}/grab (rule M7, 报装工作票抢单): the open
// applications offered to the customer managers, and the settings that govern grabbing.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "gp/dto/common.h"

namespace gp::dto {

struct PoolItemDto {
  std::string number;
  CodeName business, customer_type;
  std::string address;
  std::string submitted_at, closes_at;  // CST; at closes_at it is assigned to the least loaded manager
  bool operator==(const PoolItemDto& o) const {
    return number == o.number && business == o.business && customer_type == o.customer_type && address == o.address &&
           submitted_at == o.submitted_at && closes_at == o.closes_at;
  }
};

struct PoolBody {
  std::vector<PoolItemDto> items;  // oldest first
  bool enabled = false;            // company setting (grab.enabled)
  int window_minutes = 0;          // company setting
  int load_cap = 0;                // company setting
  std::optional<int> my_open;      // the caller's open applications (customer managers only)
  std::string source = "company_setting";  // the settings above are the company's, not the plan's
  std::string rule = "M7";
  bool operator==(const PoolBody& o) const {
    return items == o.items && enabled == o.enabled && window_minutes == o.window_minutes && load_cap == o.load_cap &&
           my_open == o.my_open && source == o.source && rule == o.rule;
  }
};

struct GrabAnswer {
  std::string number;
  Person customer_manager;  // the caller, who now holds it
  std::string rule = "M7";
  bool operator==(const GrabAnswer& o) const { return number == o.number && customer_manager == o.customer_manager && rule == o.rule; }
};

void to_json(nlohmann::json& j, const PoolItemDto& v);
void from_json(const nlohmann::json& j, PoolItemDto& v);
void to_json(nlohmann::json& j, const PoolBody& v);
void from_json(const nlohmann::json& j, PoolBody& v);
void to_json(nlohmann::json& j, const GrabAnswer& v);
void from_json(const nlohmann::json& j, GrabAnswer& v);

}  // namespace gp::dto
