// The policy's rules applied to one application's facts: classification (I1–I5), step plan (S1–S6),
// time limits (T1–T6), supporting works (W1–W3), documents (D1, D5, D6, D8), fees (F1) and the
// outage/energizing plan (O1). The browser runs this as the customer types; the server runs it again
// as the authority. Same facts, same plan.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "gp/documents.h"
#include "gp/facts.h"
#include "gp/service_config.h"
#include "gp/supporting_works.h"
#include "gp/time_limits.h"

namespace gp {

// Rule I4.
struct SmallMicro {
  bool yes = false;
  std::vector<std::string> exclusions;  // why not: "industry", "capacity_over_160kw", "state_owned_or_chain_branch", "temporary", "batch"
};
SmallMicro classify_small_micro(const Facts& f);

// Rule I1: does the company invest up to the customer's red line, and on which ground
// ("I1a" park, "I1b" substitution > 50 %, "I1c" EV charging, "I1d" LV resident, "I1e" LV small/micro).
struct RedLine {
  bool yes = false;
  std::string basis;
};
RedLine classify_red_line(const Facts& f, bool small_micro);

// Which clause of a rule decided a part of the plan, quoted, and whether it is the policy's or a
// company setting (where the seed is silent).
struct PlanClause {
  std::string rule, zh, en;
  std::string source;  // "policy" | "company_setting"
};

// Rule O1: the outage/energizing plan and the clause that decided it. Voltage decides first.
struct OutageDecision {
  OutagePlan plan = OutagePlan::daily;
  PlanClause clause;
};
OutageDecision outage_plan_for(const Facts& f, const ServiceConfig& cfg = ServiceConfig::builtin());

struct PlanStage {
  StageCode code = StageCode::application;
  std::string name_zh, name_en;
  std::optional<int> limit_working_days;  // empty: customer-side time, the company's clock pauses (T6)
  bool customer_side = false;
  std::vector<std::string> rules;
  // Whose number the step's limit is (rule T6): "policy" when the step is the plan's whole total,
  // "company_setting" for a company split of a total (or a limit the seed does not give), "" for
  // customer-side time.
  std::string source;
};

struct PlanWorks {
  WorksItem item;
  int limit_working_days = 0;  // rule W1
  FundingRoute funding = FundingRoute::annual_plan;  // rule W3
};

struct PlanFee {
  std::string code, name_zh, name_en, basis_zh, basis_en;
};

struct ScopeItem {
  std::string code, zh, en;
};

// Rule S5: where design review and mid-term inspection remain (important and asset-transfer
// customers), what they look at — the grid-related items the completion inspection will check
// (rule S6) — and what they never look at: "客户内部土建工程、非涉网设备等不作为审查内容".
struct ReviewScope {
  std::vector<ScopeItem> items;
  std::vector<ScopeItem> excluded;
};
ReviewScope review_scope(const Facts& f);

struct PlanText {
  std::string code, zh, en, rule;
};

struct Plan {
  Facts facts;  // with every default resolved
  bool high_voltage = false;
  SmallMicro small_micro;
  bool may_choose_lv = false;  // rule I4: a small/micro enterprise may choose LV connection
  RedLine red_line;
  PlanText property_boundary;  // rule I2
  PlanText metering_point;     // rule I3
  // Rules I2/I6, red-line (I1) connections only: what the company funds at the boundary, and when
  // no separate boundary switch is needed. Empty / blank otherwise.
  std::vector<ScopeItem> company_boundary_items;
  PlanText boundary_switch_exemption;
  std::vector<PlanStage> stages;
  int time_limit_working_days = 0;
  std::string time_limit_rule;   // "T1".."T5", or "company_setting" (change-of-use businesses, asset-transfer-only)
  std::string limit_source;      // "policy" | "company_setting"
  std::vector<PlanWorks> supporting_works;
  int supporting_works_limit_working_days = 0;  // the longest W1 limit (0 without works)
  std::vector<DocumentRequirement> documents;
  std::vector<PlanFee> fees;  // rule F1: empty unless dual power
  OutagePlan outage_plan = OutagePlan::daily;
  PlanClause outage_plan_clause;  // rule O1: which clause applied
  bool design_review = false;   // rule S5
  bool mid_inspection = false;  // rule S5
  std::vector<ScopeItem> completion_inspection_scope;  // rule S6
  ReviewScope review;                                  // rule S5 (empty without design review)
  bool survey_without_meeting = false;  // rule S3
  bool electronic_archive_only = false; // rule D8: LV and done in the app
  std::string archive_channel;          // the channel D8 was decided for; "" = not known yet (assumed online)
  std::vector<PlanText> notes;
  std::vector<std::string> rule_ids;  // every rule that shaped this plan

  // Sum of the company's stage limits from `from_stage` (index) on.
  int limit_from(std::size_t from_stage) const;
  // Index of a stage code, or -1.
  int stage_index(StageCode c) const;
};

Result<Plan> evaluate(const Facts& f, const ServiceConfig& cfg = ServiceConfig::builtin());
// Parse + evaluate a JSON body of facts (unknown keys rejected unless in `extra_keys`).
Result<Plan> evaluate_json(const nlohmann::json& body, const ServiceConfig& cfg = ServiceConfig::builtin(),
                           const std::set<std::string>& extra_keys = {});

// Rule D8: once the application's channel is known, the archive flag follows it (hall and kiosk
// applications keep the paper archive).
void apply_channel(Plan& p, std::string_view channel);

void to_json(nlohmann::json& j, const Plan& p);
void to_json(nlohmann::json& j, const DocumentRequirement& d);

}  // namespace gp
