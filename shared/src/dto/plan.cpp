#include "gp/dto/plan.h"

#include <algorithm>
#include <cmath>

#include "gp/dto/fields.h"
#include "gp/rules.h"
#include "gp/supporting_works.h"

namespace gp::dto {

template <class IO>
void fields(IO& io, FactsWorksDto& v) {
  io("voltage_kv", v.voltage_kv)("kind", v.kind)("urgent", v.urgent);
}
template <class IO>
void fields(IO& io, FactsDto& v) {
  io("business", v.business)("customer_type", v.customer_type)("voltage_kv", v.voltage_kv)("capacity_kw", v.capacity_kw)
    ("industry", v.industry)("state_owned_or_chain_branch", v.state_owned_or_chain_branch)("temporary", v.temporary)
    ("batch", v.batch)("in_provincial_park", v.in_provincial_park)("substitution_capacity_kw", v.substitution_capacity_kw)
    ("important", v.important)("asset_transfer", v.asset_transfer)("special_load", v.special_load)("dual_power", v.dual_power)
    ("supporting_works", v.supporting_works)("proactive", v.proactive)("live_work_possible", v.live_work_possible)
    ("agent", v.agent)("rural", v.rural)("customer_external_works", v.customer_external_works)
    ("affects_other_customers", v.affects_other_customers)
    .omit("meter_location", v.meter_location);
}
template <class IO>
void fields(IO& io, PlanTextDto& v) {
  io("code", v.code)("zh", v.zh)("en", v.en)("rule", v.rule);
}
template <class IO>
void fields(IO& io, ScopeItemDto& v) {
  io("code", v.code)("zh", v.zh)("en", v.en);
}
template <class IO>
void fields(IO& io, PlanStageDto& v) {
  io("code", v.code)("name_zh", v.name_zh)("name_en", v.name_en)("limit_working_days", v.limit_working_days)
    ("customer_side", v.customer_side)("rules", v.rules)("source", v.source);
}
template <class IO>
void fields(IO& io, PlanWorksDto& v) {
  io("voltage_kv", v.voltage_kv)("kind", v.kind)("name_zh", v.name_zh)("name_en", v.name_en)("urgent", v.urgent)
    ("limit_working_days", v.limit_working_days)("funding_route", v.funding_route)("funding_route_zh", v.funding_route_zh)
    ("funding_route_en", v.funding_route_en)("rules", v.rules);
}
template <class IO>
void fields(IO& io, PlanFeeDto& v) {
  io("code", v.code)("name_zh", v.name_zh)("name_en", v.name_en)("basis_zh", v.basis_zh)("basis_en", v.basis_en)("rule", v.rule);
}
template <class IO>
void fields(IO& io, BoundaryItemDto& v) {
  io("code", v.code)("zh", v.zh)("en", v.en)("rule", v.rule)("funded_by", v.funded_by);
}
template <class IO>
void fields(IO& io, DocumentRequirementDto& v) {
  io("code", v.code)("name_zh", v.name_zh)("name_en", v.name_en)("accepted", v.accepted)("note_zh", v.note_zh)
    ("note_en", v.note_en)("rule", v.rule);
}
template <class IO>
void fields(IO& io, ReviewScopeDto& v) {
  io("items", v.items)("excluded", v.excluded)("rule", v.rule);
}
template <class IO>
void fields(IO& io, TimeLimitDto& v) {
  io("working_days", v.working_days)("rule", v.rule)("source", v.source);
}
template <class IO>
void fields(IO& io, OutageClauseDto& v) {
  io("rule", v.rule)("zh", v.zh)("en", v.en)("source", v.source);
}
template <class IO>
void fields(IO& io, PlanRulesDto& v) {
  io("small_micro", v.small_micro)("invest_to_red_line", v.invest_to_red_line)("property_boundary", v.property_boundary)
    ("metering_point", v.metering_point)("stages", v.stages)("time_limit", v.time_limit)("supporting_works", v.supporting_works)
    ("documents", v.documents)("fees", v.fees)("outage_plan", v.outage_plan)
    ("completion_inspection_scope", v.completion_inspection_scope)("survey_without_meeting", v.survey_without_meeting)
    ("electronic_archive_only", v.electronic_archive_only);
}
template <class IO>
void fields(IO& io, RentalChoiceDto& v) {
  io("id", v.id)("name", v.name)("capacity_kva", v.capacity_kva)("monthly_price_fen", v.monthly_price_fen)
    ("monthly_price_yuan", v.monthly_price_yuan)("deposit_fen", v.deposit_fen)("deposit_yuan", v.deposit_yuan)
    ("min_term_months", v.min_term_months)("rule", v.rule);
}
template <class IO>
void fields(IO& io, HighReliabilityFeeDto& v) {
  io("fen", v.fen)("yuan", v.yuan)("rule", v.rule);
}
template <class IO>
void fields(IO& io, PlanDto& v) {
  io("facts", v.facts)("business", v.business)("customer_type", v.customer_type)("voltage_class", v.voltage_class)
    ("small_micro", v.small_micro)("small_micro_exclusions", v.small_micro_exclusions)("may_choose_lv", v.may_choose_lv)
    ("invest_to_red_line", v.invest_to_red_line)("invest_to_red_line_basis", v.invest_to_red_line_basis)
    ("property_boundary", v.property_boundary)("metering_point", v.metering_point)
    ("company_boundary_items", v.company_boundary_items)("boundary_switch_exemption", v.boundary_switch_exemption)
    ("stages", v.stages)("stage_count", v.stage_count)("time_limit_working_days", v.time_limit_working_days)
    ("time_limit_rule", v.time_limit_rule)("limit_source", v.limit_source)("time_limit", v.time_limit)
    ("supporting_works", v.supporting_works)("supporting_works_limit_working_days", v.supporting_works_limit_working_days)
    ("supporting_works_contract", v.supporting_works_contract)("documents", v.documents)("document_count", v.document_count)
    ("fees", v.fees)("service_fees_fen", v.service_fees_fen)("outage_plan", v.outage_plan)("outage_plan_zh", v.outage_plan_zh)
    ("outage_plan_en", v.outage_plan_en)("outage_plan_clause", v.outage_plan_clause)("design_review", v.design_review)
    ("mid_inspection", v.mid_inspection)("completion_inspection_scope", v.completion_inspection_scope)
    ("review_scope", v.review_scope)("survey_without_meeting", v.survey_without_meeting)
    ("electronic_archive_only", v.electronic_archive_only)("paper_archive", v.paper_archive)
    ("archive_channel", v.archive_channel)("archive_basis", v.archive_basis)("notes", v.notes)("rule_ids", v.rule_ids)
    ("rules", v.rules)
    .omit("high_reliability_fee", v.high_reliability_fee).omit("rental_package", v.rental_package);
}
template <class IO>
void fields(IO& io, SummaryStageDto& v) {
  io("code", v.code)("name_zh", v.name_zh)("name_en", v.name_en)("limit_working_days", v.limit_working_days)
    ("customer_side", v.customer_side);
}
template <class IO>
void fields(IO& io, WorksHintItemDto& v) {
  io("kind", v.kind)("name_zh", v.name_zh)("name_en", v.name_en)("limit_working_days", v.limit_working_days);
}
template <class IO>
void fields(IO& io, WorksHintDto& v) {
  io("voltage_kv", v.voltage_kv)("items", v.items)("rule", v.rule)
    .omit("min_working_days", v.min_working_days)
    .omit("max_working_days", v.max_working_days)
    .omit("zh", v.zh)
    .omit("en", v.en);
}
template <class IO>
void fields(IO& io, PreliminaryWorksItemDto& v) {
  io("kind", v.kind)("voltage_kv", v.voltage_kv)("name_zh", v.name_zh)("name_en", v.name_en)
    ("limit_working_days", v.limit_working_days)("funding_route", v.funding_route)("rules", v.rules);
}
template <class IO>
void fields(IO& io, PreliminaryWorksDto& v) {
  io("items", v.items)("limit_working_days", v.limit_working_days)("rule", v.rule)("source", v.source)("zh", v.zh)("en", v.en);
}
template <class IO>
void fields(IO& io, RedLineDto& v) {
  io("invest_to_red_line", v.invest_to_red_line)("basis", v.basis)("property_boundary", v.property_boundary);
}
template <class IO>
void fields(IO& io, PlanSummaryDto& v) {
  io("customer_type", v.customer_type)("preliminary_works", v.preliminary_works)("high_voltage", v.high_voltage)
    ("stages", v.stages)("stage_count", v.stage_count)("time_limit_working_days", v.time_limit_working_days)
    ("time_limit_rule", v.time_limit_rule)("red_line", v.red_line)("design_review", v.design_review)
    ("mid_inspection", v.mid_inspection)("supporting_works_hint", v.supporting_works_hint)("rule_ids", v.rule_ids);
}
template <class IO>
void fields(IO& io, PreReviewDto& v) {
  io("available", v.available)("zh", v.zh)("en", v.en)("rule", v.rule);
}

GP_DTO_VIA_FIELDS(FactsWorksDto)
GP_DTO_VIA_FIELDS(FactsDto)
GP_DTO_VIA_FIELDS(PlanTextDto)
GP_DTO_VIA_FIELDS(ScopeItemDto)
GP_DTO_VIA_FIELDS(PlanStageDto)
GP_DTO_VIA_FIELDS(PlanWorksDto)
GP_DTO_VIA_FIELDS(PlanFeeDto)
GP_DTO_VIA_FIELDS(BoundaryItemDto)
GP_DTO_VIA_FIELDS(DocumentRequirementDto)
GP_DTO_VIA_FIELDS(ReviewScopeDto)
GP_DTO_VIA_FIELDS(TimeLimitDto)
GP_DTO_VIA_FIELDS(OutageClauseDto)
GP_DTO_VIA_FIELDS(PlanRulesDto)
GP_DTO_VIA_FIELDS(HighReliabilityFeeDto)
GP_DTO_VIA_FIELDS(RentalChoiceDto)
GP_DTO_VIA_FIELDS(PlanDto)
GP_DTO_VIA_FIELDS(SummaryStageDto)
GP_DTO_VIA_FIELDS(WorksHintItemDto)
GP_DTO_VIA_FIELDS(WorksHintDto)
GP_DTO_VIA_FIELDS(PreliminaryWorksItemDto)
GP_DTO_VIA_FIELDS(PreliminaryWorksDto)
GP_DTO_VIA_FIELDS(RedLineDto)
GP_DTO_VIA_FIELDS(PlanSummaryDto)
GP_DTO_VIA_FIELDS(PreReviewDto)

PlanDto plan_dto(const gp::Plan& p) { return decode<PlanDto>(nlohmann::json(p)); }

PlanSummaryDto plan_summary_dto(const gp::Plan& p) {
  PlanSummaryDto d;
  d.customer_type = gp::to_string(p.facts.customer_type);
  for (const auto& s : p.stages) d.stages.push_back({gp::to_string(s.code), s.name_zh, s.name_en, s.limit_working_days, s.customer_side});

  // rule W1: the rows of the works table at this voltage (LV rows by the small/micro condition).
  const double works_kv = p.high_voltage ? p.facts.voltage_kv : 0.4;
  d.supporting_works_hint.voltage_kv = works_kv;
  int lo = 0, hi = 0;
  for (const auto& row : gp::works_limit_table()) {
    if (std::fabs(row.voltage_kv - works_kv) > 1e-9) continue;
    const std::string cond = row.condition;
    if (!p.high_voltage && !cond.empty() && (cond == "small_micro") != p.small_micro.yes) continue;
    d.supporting_works_hint.items.push_back({gp::to_string(row.kind), row.name_zh, row.name_en, row.limit_working_days});
    lo = lo ? std::min(lo, row.limit_working_days) : row.limit_working_days;
    hi = std::max(hi, row.limit_working_days);
  }
  if (!d.supporting_works_hint.items.empty()) {
    const std::string range = lo == hi ? std::to_string(lo) : std::to_string(lo) + "–" + std::to_string(hi);
    d.supporting_works_hint.min_working_days = lo;
    d.supporting_works_hint.max_working_days = hi;
    d.supporting_works_hint.zh = "如需建设配套工程，按工程类型施工时限为 " + range + " 个工作日（W1），配套工程与客户签订合同约定完成日期（W2）。";
    d.supporting_works_hint.en = "If grid-side supporting works are needed, their construction limit is " + range +
                                 " working days by kind of works (W1), with the completion date agreed in a contract (W2).";
  }

  // rule R1: the preliminary supporting-works plan of a reserve record (its kinds are the company's
  // heuristic, its limits W1's); absent when the facts name no works (a consultation, R2).
  if (!p.supporting_works.empty()) {
    PreliminaryWorksDto w;
    for (const auto& s : p.supporting_works)
      w.items.push_back({gp::to_string(s.item.kind), s.item.voltage_kv, gp::named(s.item.kind).zh, gp::named(s.item.kind).en,
                         s.limit_working_days, gp::named(s.funding).code, {"W1", "W3"}});
    w.limit_working_days = p.supporting_works_limit_working_days;
    w.zh = "初步配套工程方案（R1）：工程类型按电压和容量由公司设定的规则推定（公司设定，非政策承诺），施工时限按 W1。";
    w.en = "Preliminary supporting-works plan (R1): the kinds are inferred from voltage and capacity by a company "
           "setting (not policy); the construction limits are W1's.";
    d.preliminary_works = w;
  }

  d.high_voltage = p.high_voltage;
  d.stage_count = static_cast<int>(p.stages.size());
  d.time_limit_working_days = p.time_limit_working_days;
  d.time_limit_rule = p.time_limit_rule;
  d.red_line = {p.red_line.yes, p.red_line.basis, {p.property_boundary.rule, p.property_boundary.zh, p.property_boundary.en}};
  d.design_review = p.design_review;
  d.mid_inspection = p.mid_inspection;
  d.rule_ids = p.rule_ids;
  return d;
}

}  // namespace gp::dto
