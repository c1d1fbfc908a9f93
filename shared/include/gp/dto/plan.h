// The supply plan as the wire carries it (issue 16): POST /rules/evaluate answers a PlanDto, the
// application detail's `plan` is one (plus the recorded F1 fee), a reserve record's and a
// consultation's `preliminary_plan` is a PlanSummaryDto, a consultation's `pre_review` a
// PreReviewDto. They mirror gp::to_json(Plan) (shared/src/rules.cpp) and plan_summary_dto(); the
// bodies that embed them keep a json member (the browser reads those as json today), and the tests
// decode that member strictly into these types.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "gp/dto/application.h"
#include "gp/dto/catalog.h"
#include "gp/dto/common.h"

namespace gp {
struct Plan;
}

namespace gp::dto {

struct FactsWorksDto {
  double voltage_kv = 0;
  std::string kind;
  bool urgent = false;
};
struct FactsDto {  // gp::Facts (gp/facts.h): what the rules decide on
  std::string business, customer_type;
  double voltage_kv = 0, capacity_kw = 0;
  std::string industry;
  bool state_owned_or_chain_branch = false, temporary = false, batch = false, in_provincial_park = false;
  double substitution_capacity_kw = 0;
  bool important = false, asset_transfer = false, special_load = false, dual_power = false;
  std::vector<FactsWorksDto> supporting_works;
  bool proactive = false, live_work_possible = false, agent = false, rural = false;
  std::optional<bool> customer_external_works, affects_other_customers;  // null: not known
  std::optional<LocationDto> meter_location;                             // absent when not given
};

struct PlanTextDto {  // a decided text with its rule (I2, I3, I6 ...)
  std::string code, zh, en, rule;
};
struct ScopeItemDto {
  std::string code, zh, en;
};
struct PlanStageDto {
  std::string code, name_zh, name_en;
  std::optional<int> limit_working_days;  // null: the customer's own step
  bool customer_side = false;
  std::vector<std::string> rules;
  std::optional<std::string> source;  // company_setting for the T6 split
};
struct PlanWorksDto {  // rules W1, W3
  double voltage_kv = 0;
  std::string kind, name_zh, name_en;
  bool urgent = false;
  int limit_working_days = 0;
  std::string funding_route, funding_route_zh, funding_route_en;
  std::vector<std::string> rules;
};
struct PlanFeeDto {  // rule F1
  std::string code, name_zh, name_en, basis_zh, basis_en, rule;
};
struct BoundaryItemDto {  // rule I6
  std::string code, zh, en, rule, funded_by;
};
struct DocumentRequirementDto {  // rule D5
  std::string code, name_zh, name_en;
  std::vector<CodeName> accepted;
  std::string note_zh, note_en, rule;
};
struct ReviewScopeDto {  // rule S5
  std::vector<ScopeItemDto> items, excluded;
  std::string rule;
};
struct TimeLimitDto {
  int working_days = 0;
  std::string rule, source;
};
struct OutageClauseDto {  // rule O1
  std::string rule, zh, en, source;
};
struct PlanRulesDto {  // which rule decided each part
  std::string small_micro, invest_to_red_line, property_boundary, metering_point;
  std::vector<std::string> stages;
  std::string time_limit, supporting_works, documents, fees, outage_plan, completion_inspection_scope,
      survey_without_meeting, electronic_archive_only;
};
struct HighReliabilityFeeDto {  // rule F1, recorded with the supply plan
  long long fen = 0;
  std::string yuan, rule = "F1";
};
struct RentalChoiceDto {  // rule P4: the temporary-transformer package chosen at intake, as offered then
  std::int64_t id = 0;
  std::string name;
  double capacity_kva = 0;
  long long monthly_price_fen = 0;
  std::string monthly_price_yuan;
  long long deposit_fen = 0;
  std::string deposit_yuan;
  int min_term_months = 0;
  std::string rule = "P4";
};
struct PlanDto {
  FactsDto facts;
  CodeName business, customer_type;
  std::string voltage_class;
  bool small_micro = false;
  std::vector<std::string> small_micro_exclusions;
  bool may_choose_lv = false, invest_to_red_line = false;
  std::optional<std::string> invest_to_red_line_basis;
  PlanTextDto property_boundary, metering_point;
  std::vector<BoundaryItemDto> company_boundary_items;
  std::optional<PlanTextDto> boundary_switch_exemption;
  std::vector<PlanStageDto> stages;
  int stage_count = 0, time_limit_working_days = 0;
  std::string time_limit_rule, limit_source;
  TimeLimitDto time_limit;
  std::vector<PlanWorksDto> supporting_works;
  int supporting_works_limit_working_days = 0;
  RuleTextDto supporting_works_contract;
  std::vector<DocumentRequirementDto> documents;
  int document_count = 0;
  std::vector<PlanFeeDto> fees;
  long long service_fees_fen = 0;
  std::string outage_plan, outage_plan_zh, outage_plan_en;
  OutageClauseDto outage_plan_clause;
  bool design_review = false, mid_inspection = false;
  std::vector<ScopeItemDto> completion_inspection_scope;
  std::optional<ReviewScopeDto> review_scope;
  bool survey_without_meeting = false, electronic_archive_only = false, paper_archive = true;
  std::optional<std::string> archive_channel;
  RuleTextDto archive_basis;
  std::vector<PlanTextDto> notes;
  std::vector<std::string> rule_ids;
  PlanRulesDto rules;
  std::optional<HighReliabilityFeeDto> high_reliability_fee;  // the application's plan only (absent otherwise)
  std::optional<RentalChoiceDto> rental_package;              // rule P4: the application's plan only, when chosen
};

// The preliminary plan of a reserve record (R1) or a consultation (R2).
struct SummaryStageDto {
  std::string code, name_zh, name_en;
  std::optional<int> limit_working_days;
  bool customer_side = false;
};
struct WorksHintItemDto {  // a row of the W1 table
  std::string kind, name_zh, name_en;
  int limit_working_days = 0;
};
struct WorksHintDto {  // rule W1: the works limits at this voltage
  double voltage_kv = 0;
  std::vector<WorksHintItemDto> items;
  std::string rule = "W1";
  std::optional<int> min_working_days, max_working_days;  // absent without rows
  std::optional<std::string> zh, en;
};
struct PreliminaryWorksItemDto {
  std::string kind;
  double voltage_kv = 0;
  std::string name_zh, name_en;
  int limit_working_days = 0;
  std::string funding_route;
  std::vector<std::string> rules;
};
struct PreliminaryWorksDto {  // rule R1 (its kinds a company setting)
  std::vector<PreliminaryWorksItemDto> items;
  int limit_working_days = 0;
  std::string rule = "R1", source = "company_setting", zh, en;
};
struct RedLineDto {  // rules I1, I2
  bool invest_to_red_line = false;
  std::string basis;
  RuleTextDto property_boundary;
};
struct PlanSummaryDto {
  std::string customer_type;
  std::optional<PreliminaryWorksDto> preliminary_works;  // null when the facts name no works
  bool high_voltage = false;
  std::vector<SummaryStageDto> stages;
  int stage_count = 0, time_limit_working_days = 0;
  std::string time_limit_rule;
  RedLineDto red_line;
  bool design_review = false, mid_inspection = false;
  WorksHintDto supporting_works_hint;
  std::vector<std::string> rule_ids;
};
// The plan as gp::to_json(Plan) writes it, read strictly (a drift of either side throws DecodeError).
PlanDto plan_dto(const gp::Plan& p);
// The plan summary from the rules' plan (the works table W1; kinds R1).
PlanSummaryDto plan_summary_dto(const gp::Plan& p);

struct PreReviewDto {  // rule R2: the drawing pre-review of a consultation
  bool available = false;
  std::string zh, en, rule = "R2";
};

#define GP_DTO_IO(T)                           \
  void to_json(nlohmann::json& j, const T& v); \
  void from_json(const nlohmann::json& j, T& v);
GP_DTO_IO(FactsWorksDto)
GP_DTO_IO(FactsDto)
GP_DTO_IO(PlanTextDto)
GP_DTO_IO(ScopeItemDto)
GP_DTO_IO(PlanStageDto)
GP_DTO_IO(PlanWorksDto)
GP_DTO_IO(PlanFeeDto)
GP_DTO_IO(BoundaryItemDto)
GP_DTO_IO(DocumentRequirementDto)
GP_DTO_IO(ReviewScopeDto)
GP_DTO_IO(TimeLimitDto)
GP_DTO_IO(OutageClauseDto)
GP_DTO_IO(PlanRulesDto)
GP_DTO_IO(HighReliabilityFeeDto)
GP_DTO_IO(RentalChoiceDto)
GP_DTO_IO(PlanDto)
GP_DTO_IO(SummaryStageDto)
GP_DTO_IO(WorksHintItemDto)
GP_DTO_IO(WorksHintDto)
GP_DTO_IO(PreliminaryWorksItemDto)
GP_DTO_IO(PreliminaryWorksDto)
GP_DTO_IO(RedLineDto)
GP_DTO_IO(PlanSummaryDto)
GP_DTO_IO(PreReviewDto)
#undef GP_DTO_IO

}  // namespace gp::dto
