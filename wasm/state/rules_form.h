// "What applies to me?" (issue 2) and the first step of the apply wizard (issue 4): the facts a
// person has entered so far, turned into the same JSON body the server accepts, and evaluated by
// shared/ rules right here in the browser as they type. Pure C++: no ImGui, no I/O.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "gp/codes.h"

namespace state {

struct WorksRow {
  int kind = 0;        // index into kinds_for(voltage class)
  int voltage = 0;     // index into works_voltages_for(...)
  bool urgent = false;
};

struct RulesForm {
  gp::Business business = gp::Business::new_connection;
  gp::CustomerType customer_type = gp::CustomerType::lv_residential;
  std::string capacity_kw;          // as typed ("" = the type's default)
  int voltage = 0;                  // index into voltages_for(customer_type)
  int industry = 0;                 // index into industries_for(customer_type)
  std::string substitution_kw;      // as typed
  bool in_provincial_park = false, important = false, asset_transfer = false, special_load = false;
  bool dual_power = false, state_owned_or_chain_branch = false, temporary = false, batch = false;
  bool proactive = false, agent = false, rural = false, live_work_possible = false;
  int customer_external_works = 0;  // 0 = as usual for the case, 1 = yes, 2 = no
  int affects_other_customers = 0;  // 0 = as usual, 1 = yes, 2 = no
  std::vector<WorksRow> works;
  std::string latitude, longitude;  // intended meter location (rule S3), optional
};

// What the form may ask for this case: the wizard "asks only what matters".
struct Relevance {
  bool industry = false, small_micro_exclusions = false, park = false, substitution = false;
  bool important = false, proactive = false, agent = false, rural = false, meter_location = false;
  bool works = false, customer_works = false, outage = false, dual_power = false;
};
Relevance relevance(const RulesForm& f);

std::vector<double> voltages_for(gp::CustomerType t);
std::vector<gp::Industry> industries_for(gp::CustomerType t);
std::vector<gp::WorksKind> works_kinds_for(bool high_voltage);
std::vector<double> works_voltages_for(bool high_voltage);
bool high_voltage(const RulesForm& f);

struct RulesOutcome {
  nlohmann::json facts;                        // the body for POST /api/v1/rules/evaluate
  std::optional<nlohmann::json> plan;          // gp::evaluate's plan, when the facts are valid
  std::map<std::string, std::string> errors;   // form field -> message (current language)
};

// Builds the facts from the form and evaluates them with the shared rules. `en` selects the
// language of the messages. Field names in `errors` are the facts' names ("capacity_kw",
// "supporting_works[0].kind", "meter_location", ...).
RulesOutcome evaluate_form(const RulesForm& f, bool en);

}  // namespace state
