// Grid-side supporting works (配套工程): construction time limits (rule W1), the contract date
// (rule W2) and the funding route (rule W3).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "gp/codes.h"
#include "gp/date.h"
#include "gp/error.h"
#include "gp/facts.h"

namespace gp {

// One row of the W1 table.
struct WorksLimitRow {
  const char* voltage_label;  // "LV", "10 kV", "35 kV", "110 kV"
  double voltage_kv;          // 0.4 for LV
  WorksKind kind;
  const char* condition;      // "non_small_micro" | "small_micro" | ""
  int limit_working_days;
  const char* name_zh;
  const char* name_en;
};

// All 13 rows of the policy's table (rule W1), in its order.
const std::vector<WorksLimitRow>& works_limit_table();

// The W1 limit of one item; small_micro matters only for LV works. nullopt if no row matches.
std::optional<int> works_limit_working_days(const WorksItem& w, bool small_micro);

// Rule W3: where the money comes from.
enum class FundingRoute { project_package, lv_repair_materials, annual_plan };
const Named& named(FundingRoute r);
FundingRoute funding_route(const WorksItem& w);

// Rule W2: the agreed completion date of the supporting works may never be later than the
// customer's own works completion date. Error names `field` (the agreed date's field).
Status check_contract_date(const Date& agreed_completion, const Date& customer_completion,
                           const std::string& field);

}  // namespace gp
