// The reserve pool (rules R1, R3): projects approved by the government that will need power,
// imported by staff, each with the preliminary plan the rules give it, and converted into an
// application when the customer is ready (GET /reserve, /reserve/{approval_number}).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace gp::dto {

struct ReserveItemDto {
  std::string approval_number, project_name, company, credit_code, address;
  double capacity_kw = 0, voltage_kv = 10;
  std::string industry;
  bool in_provincial_park = false;
  std::optional<std::string> expected_date;
  std::string contact_name, contact_phone;
  std::string status, source, imported_at;
  std::optional<std::string> application_number, converted_at;
  nlohmann::json preliminary_plan;  // the plan summary, null when the facts give none
  std::string rule = "R1";
};

struct ReservePageDto {
  std::vector<ReserveItemDto> items;
  long long total = 0;
  int page = 1, page_size = 20;
};

void to_json(nlohmann::json& j, const ReserveItemDto& v);
void from_json(const nlohmann::json& j, ReserveItemDto& v);
void to_json(nlohmann::json& j, const ReservePageDto& v);
void from_json(const nlohmann::json& j, ReservePageDto& v);

}  // namespace gp::dto
