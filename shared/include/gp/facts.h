// The facts of an application, as the customer (or staff) state them: the input of rules::evaluate.
// Parsing validates every field and applies the documented defaults, so the plan always echoes the
// complete facts it was computed from.
#pragma once
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "gp/codes.h"
#include "gp/error.h"

namespace gp {

// One grid-side supporting works item (rule W1).
struct WorksItem {
  double voltage_kv = 0.4;
  WorksKind kind = WorksKind::lv;
  bool urgent = false;  // rule W3: an urgent 10 kV item is funded from the project package
};

struct Coordinates {
  double latitude = 0;
  double longitude = 0;
};

struct Facts {
  Business business = Business::new_connection;
  CustomerType customer_type = CustomerType::lv_residential;
  double voltage_kv = 0.22;
  double capacity_kw = 8;
  Industry industry = Industry::residential;
  bool state_owned_or_chain_branch = false;  // rule I4 exclusion
  bool temporary = false;                    // rule I4 / I1a exclusion
  bool batch = false;                        // rule I4 exclusion
  bool in_provincial_park = false;           // rule I1a
  double substitution_capacity_kw = 0;       // rule I1b
  bool important = false;                    // rules D1, S5, S6, T5
  bool asset_transfer = false;               // rules S5, S6
  bool special_load = false;                 // rule S6
  bool dual_power = false;                   // rule F1
  std::optional<bool> customer_external_works;  // rules S1, S4 (unset: rules decide by case)
  std::vector<WorksItem> supporting_works;   // rule W1
  bool proactive = false;                    // rules S2, S4
  std::optional<bool> affects_other_customers;  // rule O1 (unset: HV yes, LV no)
  bool live_work_possible = false;           // rule O1
  bool agent = false;                        // rule D6
  bool rural = false;                        // rule D5: rural LV property proof by village committee
  std::optional<Coordinates> meter_location; // rule S3
};

// The wire names of every fact field (the keys parse_facts accepts).
const std::vector<std::string>& fact_keys();

// Parse and validate facts from JSON. Unknown keys are an error unless listed in `extra_keys`
// (used when the facts are embedded in a larger body, e.g. an application). `business` and
// `customer_type` are required; everything else defaults sensibly for the customer type.
Result<Facts> parse_facts(const nlohmann::json& j, const std::set<std::string>& extra_keys = {});

// The voltage class: low voltage below 10 kV.
inline bool is_high_voltage(const Facts& f) { return f.voltage_kv >= 10; }

void to_json(nlohmann::json& j, const WorksItem& w);
void to_json(nlohmann::json& j, const Facts& f);

}  // namespace gp
