// The vocabulary of the policy: customer types, businesses, industries, stages, documents,
// supporting-works kinds, outage plans. Each code has a stable wire name and Chinese/English names.
// Wire names are a contract (see issue 2, "rules/evaluate").
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gp {

// A code's presentation: the wire name and the two human names.
struct Named {
  const char* code;
  const char* zh;
  const char* en;
};

// Rule D5: the eight customer types.
enum class CustomerType {
  lv_residential, lv_non_residential, hv, well_individual, well_collective,
  ev_residential, ev_non_residential, base_station_5g,
};
// Rule D5 / G1: new connection and capacity increase, and the change-of-use businesses; then (issue
// 10, G1 "24项全办电业务") temporary supply, distributed PV, meter verification, tariff/billing
// options and account information, after 供电营业规则 (2024) and State Grid's online business list.
// Append only: the wire names and table order are a contract.
enum class Business {
  new_connection, capacity_increase,
  capacity_reduction, capacity_reduction_restore, suspension, suspension_restore,
  temporary_swap, temporary_swap_restore, relocation, meter_relocation, temporary_removal,
  reinstallation, rename, ownership_transfer, account_split, account_merge, account_closure,
  voltage_change, category_change,
  temporary_supply, temporary_supply_extension, temporary_supply_termination,
  pv_grid_connection, meter_verification,
  basic_charge_method_change, demand_value_change, tou_tariff_choice, customer_info_change,
};
enum class Industry {
  residential, industrial, commercial, agricultural, non_residential_lighting,
  telecom_base_station, petrol_station, other,
};
// Rules S1–S5: the steps a customer experiences.
enum class StageCode {
  application, supply_plan, application_with_plan, design_review, customer_works,
  mid_inspection, connect,
};
// Rules D1, D5, D6.
enum class DocumentCode {
  identity_proof, subject_proof, property_proof, project_approval, address_list,
  agent_authorization, agent_identity,
};
// Rule W1: kinds of grid-side supporting works.
enum class WorksKind {
  lv, t_connection, overhead_line, ring_main_unit, switching_station_or_cable, substation_bay,
  cable_or_other,
};
// Rule O1.
enum class OutagePlan { monthly, weekly, daily, on_request };

const Named& named(CustomerType v);
const Named& named(Business v);
const Named& named(Industry v);
const Named& named(StageCode v);
const Named& named(DocumentCode v);
const Named& named(WorksKind v);
const Named& named(OutagePlan v);

template <class E> const char* to_string(E v) { return named(v).code; }

// Parsing of wire names; nullopt for anything else (exact, case-sensitive).
std::optional<CustomerType> parse_customer_type(std::string_view s);
std::optional<Business> parse_business(std::string_view s);
std::optional<Industry> parse_industry(std::string_view s);
std::optional<StageCode> parse_stage(std::string_view s);
std::optional<DocumentCode> parse_document(std::string_view s);
std::optional<WorksKind> parse_works_kind(std::string_view s);
std::optional<OutagePlan> parse_outage_plan(std::string_view s);

const std::vector<CustomerType>& all_customer_types();
const std::vector<Business>& all_businesses();
const std::vector<Industry>& all_industries();
const std::vector<WorksKind>& all_works_kinds();

// New connection, capacity increase and a new temporary supply (临时用电新装, a new connection whose
// facts say temporary: I1a, I4) are the "用电报装" businesses; the rest change an existing supply.
inline bool is_connection_business(Business b) {
  return b == Business::new_connection || b == Business::capacity_increase || b == Business::temporary_supply;
}
// The temporary-supply businesses (new, extension, termination). Hook: the temporary-transformer
// rental packages (a sibling issue, "The rest of the plan") attach to these; none are offered yet.
inline bool is_temporary_supply_business(Business b) {
  return b == Business::temporary_supply || b == Business::temporary_supply_extension ||
         b == Business::temporary_supply_termination;
}
// The residential customer types (an individual, not an enterprise or institution; rule D5/D6).
bool is_individual(CustomerType t);

// Comma-separated wire names of an enum, for error messages ("lv, t_connection, ...").
std::string list_codes(const std::vector<const Named*>& items);

}  // namespace gp
