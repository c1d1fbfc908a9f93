// Wire bodies of rule P4: cost consultations (造价咨询) and temporary-transformer rental packages
// (临时变压器租赁套餐). The estimate's figures are company settings: `source` says so.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "gp/dto/common.h"
#include "gp/dto/lists.h"

namespace gp::dto {

struct CostLoadItemDto {
  std::string kind;
  int count = 1;
  double kw_each = 0;
};

struct CostEstimateDto {  // the first estimate: company settings, never the plan's promise
  double installed_kw = 0, demand_factor = 0, power_factor = 0, demand_kva = 0;
  bool low_voltage = false, beyond_table = false;
  double suggested_capacity = 0;
  std::string unit, equipment_zh, equipment_en, note_zh, note_en;
  std::string source = "company_setting";
};

struct CostAnswerDto {
  double recommended_capacity_kva = 0;
  std::string standard_equipment, cost_reference, answered_at;
  std::optional<NameRefDto> answered_by;
};

struct CostRatingDto {
  int score = 0;
  std::string comment, rated_at;
};

struct CostConsultationDto {  // rule P4
  std::int64_t id = 0;
  std::string status;  // "open" | "answered" | "rated"
  std::vector<CostLoadItemDto> equipment;
  CodeName use;
  double voltage_kv = 0;
  std::string area, address, note;
  std::optional<std::string> company, credit_code;  // rule R2: a prospect with only a business licence
  std::string created_at, due_at;
  int limit_working_days = 0;
  std::string limit_source = "company_setting";
  std::string level;  // the answer limit's SLA level: normal | warning | overdue
  CostEstimateDto estimate;
  std::optional<CostAnswerDto> answer;
  std::optional<CostRatingDto> rating;
  std::optional<Person> customer;  // staff only
  std::string rule = "P4";
};

struct CostConsultationPageDto {  // GET /cost-consultations
  std::vector<CostConsultationDto> items;
  std::int64_t total = 0;
  int page = 1, page_size = 20;
};

struct RentalPackageDto {  // rule P4
  std::int64_t id = 0;
  std::string name;
  double capacity_kva = 0;
  std::int64_t monthly_price_fen = 0, deposit_fen = 0;
  std::string monthly_price_yuan, deposit_yuan;
  int min_term_months = 1;
  bool active = true;
  std::string updated_at;
};

struct RentalPackageListDto {  // GET /rental-packages
  std::vector<RentalPackageDto> items;
  std::string rule = "P4";
};

#define GP_DTO_IO(T)                           \
  void to_json(nlohmann::json& j, const T& v); \
  void from_json(const nlohmann::json& j, T& v);
GP_DTO_IO(CostLoadItemDto)
GP_DTO_IO(CostEstimateDto)
GP_DTO_IO(CostAnswerDto)
GP_DTO_IO(CostRatingDto)
GP_DTO_IO(CostConsultationDto)
GP_DTO_IO(CostConsultationPageDto)
GP_DTO_IO(RentalPackageDto)
GP_DTO_IO(RentalPackageListDto)
#undef GP_DTO_IO

}  // namespace gp::dto
