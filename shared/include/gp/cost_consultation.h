// Rule P4, cost consultation (造价咨询) and temporary-transformer rental packages (临时变压器租赁套餐).
//
// The seed promises only the consultation ("help the customer size the applied capacity and choose
// standard equipment") and the packages; it gives no formula, no demand factor, no size table and
// no answer limit. Every figure here is therefore the company's setting (ServiceConfig
// `cost_consultation`, labelled "公司设定 / company setting" wherever shown): the first estimate is
// a help for the customer and the staff who answer, never the plan's promise.
//
//   auto req = gp::parse_cost_request(body);               // field-precise errors
//   auto est = gp::estimate_cost(req.value(), cfg.cost_consultation);
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "gp/codes.h"
#include "gp/error.h"

namespace gp {

// One band of the typical design (典型设计): the standard equipment for capacities up to max_kva.
struct TypicalDesign {
  double max_kva = 0;
  std::string equipment_zh, equipment_en;
};

// Company settings of rule P4 (the seed gives none of these numbers).
struct CostConsultationSettings {
  int answer_limit_working_days = 2;   // staff answer within this many working days (SLA'd)
  double power_factor = 0.85;          // kVA = kW / power factor
  // Demand factor (需要系数) by use; keys are kCostUses.
  std::vector<std::pair<std::string, double>> demand_factors = {
      {"residential", 0.5}, {"commercial", 0.7}, {"industrial", 0.75}, {"agricultural", 0.8}, {"public_service", 0.6}};
  double lv_max_kw = 100;              // up to this demand a low-voltage wish is met without a transformer
  std::vector<double> transformer_sizes_kva = {30, 50, 80, 100, 125, 160, 200, 250, 315, 400, 500, 630, 800, 1000, 1250, 1600, 2000, 2500};
  std::vector<TypicalDesign> typical_designs;  // ascending max_kva; defaults in service-config.json
  std::string lv_equipment_zh = "低压计量箱、进户电缆及低压开关（低压直接接入典型设计）";
  std::string lv_equipment_en = "LV metering box, service cable and LV switch (typical design: direct LV connection)";

  double demand_factor(const std::string& use) const;  // 1.0 for an unknown use
};
// Reads the "cost_consultation" object of the service configuration; errors name
// "cost_consultation.<key>".
Status read_cost_settings(const nlohmann::json& j, CostConsultationSettings& out);
nlohmann::json cost_settings_json(const CostConsultationSettings& s);

// The uses a customer may name, and the voltages they may wish for (kV).
const std::vector<std::string>& cost_uses();
const std::vector<double>& cost_voltages();
Named cost_use_named(const std::string& use);

struct LoadItem {
  std::string kind;     // "空调", "电焊机", ...
  int count = 1;
  double kw_each = 0;
};

struct CostRequest {
  std::vector<LoadItem> equipment;
  std::string use;          // one of cost_uses()
  double voltage_kv = 0.38;
  std::string area, address, note;
  // rule R2: a 10 kV prospect with only a business licence names the firm (both or neither).
  std::string company, credit_code;
};
constexpr std::size_t kMaxLoadItems = 50;
// The keys parse_cost_request accepts.
const std::vector<std::string>& cost_request_keys();
Result<CostRequest> parse_cost_request(const nlohmann::json& body);
nlohmann::json to_json(const CostRequest& r);  // the stored form; parse_cost_request reads it back

struct CostEstimate {
  double installed_kw = 0, demand_factor = 0, power_factor = 0, demand_kw = 0, demand_kva = 0;
  bool low_voltage = false;        // met at low voltage, no customer transformer
  bool beyond_table = false;       // larger than the biggest standard size: staff decide on site
  double suggested_capacity = 0;   // kVA (transformer) or kW (low voltage)
  std::string unit;                // "kVA" | "kW"
  std::string equipment_zh, equipment_en;
  std::string note_zh, note_en;
};
// installed kW × demand factor ÷ power factor, rounded up to the next standard transformer size,
// with that size's typical-design equipment; a low-voltage wish up to lv_max_kw needs none.
CostEstimate estimate_cost(const CostRequest& r, const CostConsultationSettings& s);

// Staff's answer: {"recommended_capacity_kva", "standard_equipment", "cost_reference"}.
struct CostAnswer {
  double recommended_capacity_kva = 0;
  std::string standard_equipment, cost_reference;
};
Result<CostAnswer> parse_cost_answer(const nlohmann::json& body);

// The customer's rating: {"score": 1..5, "comment"?}.
struct CostRating {
  int score = 0;
  std::string comment;
};
Result<CostRating> parse_cost_rating(const nlohmann::json& body);

// A temporary-transformer rental package as staff define it. Money in fen.
struct RentalPackageInput {
  std::string name;
  double capacity_kva = 0;
  std::int64_t monthly_price_fen = 0, deposit_fen = 0;
  int min_term_months = 1;
  bool active = true;
};
// Body {"name","capacity_kva","monthly_price_yuan","deposit_yuan","min_term_months","active"?}.
Result<RentalPackageInput> parse_rental_package(const nlohmann::json& body);

// What a chosen package must satisfy (rule P4): a temporary-supply business, the package active,
// its capacity at least the applied capacity. `field` names the choice in errors.
struct RentalPackageFacts {
  bool exists = false, active = false;
  double capacity_kva = 0;
  std::string name;
};
Status check_rental_choice(const RentalPackageFacts& p, Business business, double applied_capacity, const std::string& field);

}  // namespace gp
