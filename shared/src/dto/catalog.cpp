#include "gp/dto/catalog.h"

#include "gp/dto/wire.h"

namespace gp::dto {

using nlohmann::json;

namespace {
// The flat {code, name_zh, name_en} of a named entry merged with its other keys.
void put_name(json& j, const CodeName& n) {
  j["code"] = n.code;
  j["name_zh"] = n.name_zh;
  j["name_en"] = n.name_en;
}
}  // namespace

void to_json(json& j, const TextZhEn& v) { j = {{"zh", v.zh}, {"en", v.en}}; }
void from_json(const json& j, TextZhEn& v) {
  need(j, "zh", v.zh);
  need(j, "en", v.en);
}

void to_json(json& j, const CatalogPlanDto& v) {
  j = {{"customer_type", v.customer_type}, {"documents", v.documents}, {"stages", v.stages},
       {"time_limit_working_days", v.time_limit_working_days}, {"time_limit_rule", v.time_limit_rule}, {"limit_source", v.limit_source}};
}
void from_json(const json& j, CatalogPlanDto& v) {
  need(j, "customer_type", v.customer_type);
  need(j, "documents", v.documents);
  need(j, "stages", v.stages);
  need(j, "time_limit_working_days", v.time_limit_working_days);
  need(j, "time_limit_rule", v.time_limit_rule);
  need(j, "limit_source", v.limit_source);
}

void to_json(json& j, const CatalogBusinessDto& v) {
  j = {{"kind", v.kind}, {"online", v.online}, {"zero_visits", v.zero_visits}, {"by_customer_type", v.by_customer_type}};
  put_name(j, v.name);
}
void from_json(const json& j, CatalogBusinessDto& v) {
  v.name = j.get<CodeName>();
  need(j, "kind", v.kind);
  need(j, "online", v.online);
  need(j, "zero_visits", v.zero_visits);
  need_list(j, "by_customer_type", v.by_customer_type);
}

void to_json(json& j, const CatalogScenarioDto& v) {
  j = {{"facts", v.facts}, {"stages", v.stages}, {"time_limit_working_days", v.time_limit_working_days}, {"time_limit_rule", v.time_limit_rule}};
  put_name(j, v.name);
}
void from_json(const json& j, CatalogScenarioDto& v) {
  v.name = j.get<CodeName>();
  need(j, "facts", v.facts);
  need(j, "stages", v.stages);
  need(j, "time_limit_working_days", v.time_limit_working_days);
  need(j, "time_limit_rule", v.time_limit_rule);
}

void to_json(json& j, const CatalogLimitDto& v) {
  j = {{"rule", v.rule}, {"working_days", v.working_days}, {"zh", v.zh}, {"en", v.en}, {"source", v.source}};
}
void from_json(const json& j, CatalogLimitDto& v) {
  need(j, "rule", v.rule);
  need(j, "working_days", v.working_days);
  need(j, "zh", v.zh);
  need(j, "en", v.en);
  need(j, "source", v.source);
}

void to_json(json& j, const StageSplitDto& v) {
  j = {{"source", v.source}, {"rule", v.rule}, {"hv_application", v.hv_application}, {"hv_supply_plan", v.hv_supply_plan},
       {"hv_connect", v.hv_connect}, {"lv_application", v.lv_application}, {"zh", v.zh}, {"en", v.en}};
}
void from_json(const json& j, StageSplitDto& v) {
  need(j, "source", v.source);
  need(j, "rule", v.rule);
  need(j, "hv_application", v.hv_application);
  need(j, "hv_supply_plan", v.hv_supply_plan);
  need(j, "hv_connect", v.hv_connect);
  need(j, "lv_application", v.lv_application);
  need(j, "zh", v.zh);
  need(j, "en", v.en);
}

void to_json(json& j, const AssetTransferReviewDto& v) {
  j = {{"source", v.source}, {"rules", v.rules}, {"design_review", v.design_review}, {"mid_inspection", v.mid_inspection},
       {"zh", v.zh}, {"en", v.en}};
}
void from_json(const json& j, AssetTransferReviewDto& v) {
  need(j, "source", v.source);
  need(j, "rules", v.rules);
  need(j, "design_review", v.design_review);
  need(j, "mid_inspection", v.mid_inspection);
  need(j, "zh", v.zh);
  need(j, "en", v.en);
}

void to_json(json& j, const ChangeOfUseLimitDto& v) {
  j = {{"business", v.business}, {"name_zh", v.name_zh}, {"name_en", v.name_en}, {"working_days", v.working_days},
       {"limit_source", v.limit_source}};
}
void from_json(const json& j, ChangeOfUseLimitDto& v) {
  need(j, "business", v.business);
  need(j, "name_zh", v.name_zh);
  need(j, "name_en", v.name_en);
  need(j, "working_days", v.working_days);
  need(j, "limit_source", v.limit_source);
}

void to_json(json& j, const FeeItemDto& v) {
  j = {{"code", v.code}, {"name_zh", v.name_zh}, {"name_en", v.name_en}, {"applies_zh", v.applies_zh}, {"applies_en", v.applies_en}};
}
void from_json(const json& j, FeeItemDto& v) {
  need(j, "code", v.code);
  need(j, "name_zh", v.name_zh);
  need(j, "name_en", v.name_en);
  need(j, "applies_zh", v.applies_zh);
  need(j, "applies_en", v.applies_en);
}

void to_json(json& j, const FeesDto& v) {
  j = {{"service_fees", v.service_fees}, {"zh", v.zh}, {"en", v.en}, {"items", v.items}, {"rule", v.rule}};
}
void from_json(const json& j, FeesDto& v) {
  need(j, "service_fees", v.service_fees);
  need(j, "zh", v.zh);
  need(j, "en", v.en);
  need_list(j, "items", v.items);
  need(j, "rule", v.rule);
}

void to_json(json& j, const WorksRowDto& v) {
  j = {{"voltage", v.voltage}, {"voltage_kv", v.voltage_kv}, {"kind", v.kind}, {"condition", v.condition},
       {"limit_working_days", v.limit_working_days}, {"name_zh", v.name_zh}, {"name_en", v.name_en}};
}
void from_json(const json& j, WorksRowDto& v) {
  need(j, "voltage", v.voltage);
  need(j, "voltage_kv", v.voltage_kv);
  need(j, "kind", v.kind);
  need(j, "condition", v.condition);
  need(j, "limit_working_days", v.limit_working_days);
  need(j, "name_zh", v.name_zh);
  need(j, "name_en", v.name_en);
}

void to_json(json& j, const WorksTableDto& v) {
  j = {{"rule", v.rule}, {"rows", v.rows}, {"contract_zh", v.contract_zh}, {"contract_en", v.contract_en}, {"funding_routes", v.funding_routes}};
}
void from_json(const json& j, WorksTableDto& v) {
  need(j, "rule", v.rule);
  need_list(j, "rows", v.rows);
  need(j, "contract_zh", v.contract_zh);
  need(j, "contract_en", v.contract_en);
  need_list(j, "funding_routes", v.funding_routes);
}

void to_json(json& j, const ArchiveEntryDto& v) {
  j = {{"stage", v.stage}, {"stage_zh", v.stage_zh}, {"stage_en", v.stage_en}, {"code", v.code}, {"name_zh", v.name_zh},
       {"name_en", v.name_en}, {"marks", v.marks}, {"condition_zh", v.condition_zh}, {"condition_en", v.condition_en}};
}
void from_json(const json& j, ArchiveEntryDto& v) {
  need(j, "stage", v.stage);
  need(j, "stage_zh", v.stage_zh);
  need(j, "stage_en", v.stage_en);
  need(j, "code", v.code);
  need(j, "name_zh", v.name_zh);
  need(j, "name_en", v.name_en);
  need(j, "marks", v.marks);
  need(j, "condition_zh", v.condition_zh);
  need(j, "condition_en", v.condition_en);
}

void to_json(json& j, const ArchiveChecklistDto& v) {
  j = {{"rule", v.rule}, {"items", v.items}, {"electronic_only_zh", v.electronic_only_zh}, {"electronic_only_en", v.electronic_only_en}};
}
void from_json(const json& j, ArchiveChecklistDto& v) {
  need(j, "rule", v.rule);
  need_list(j, "items", v.items);
  need(j, "electronic_only_zh", v.electronic_only_zh);
  need(j, "electronic_only_en", v.electronic_only_en);
}

void to_json(json& j, const ReservationPromiseDto& v) {
  j = {{"rule", v.rule}, {"phone_dispatch_minutes", v.phone_dispatch_minutes}, {"online_contact_hours", v.online_contact_hours},
       {"zh", v.zh}, {"en", v.en}};
}
void from_json(const json& j, ReservationPromiseDto& v) {
  need(j, "rule", v.rule);
  need(j, "phone_dispatch_minutes", v.phone_dispatch_minutes);
  need(j, "online_contact_hours", v.online_contact_hours);
  need(j, "zh", v.zh);
  need(j, "en", v.en);
}

void to_json(json& j, const RuleTextDto& v) { j = {{"rule", v.rule}, {"zh", v.zh}, {"en", v.en}}; }
void from_json(const json& j, RuleTextDto& v) {
  need(j, "rule", v.rule);
  need(j, "zh", v.zh);
  need(j, "en", v.en);
}

void to_json(json& j, const ReliabilityTargetsDto& v) {
  j = {{"rule", v.rule}, {"urban_asai_target", v.urban_asai_target}, {"rural_asai_target", v.rural_asai_target},
       {"urban_outage_hours_target", v.urban_outage_hours_target}, {"urban_outage_count_target", v.urban_outage_count_target}};
}
void from_json(const json& j, ReliabilityTargetsDto& v) {
  need(j, "rule", v.rule);
  need(j, "urban_asai_target", v.urban_asai_target);
  need(j, "rural_asai_target", v.rural_asai_target);
  need(j, "urban_outage_hours_target", v.urban_outage_hours_target);
  need(j, "urban_outage_count_target", v.urban_outage_count_target);
}

void to_json(json& j, const CatalogDto& v) {
  j = {{"company", v.company},
       {"product", v.product},
       {"supervision_phone", v.supervision_phone},
       {"service_hall", v.service_hall},
       {"customer_types", v.customer_types},
       {"businesses", v.businesses},
       {"online_business_count", v.online_business_count},
       {"scenarios", v.scenarios},
       {"limits", v.limits},
       {"stage_split", v.stage_split},
       {"asset_transfer_review", v.asset_transfer_review},
       {"change_of_use_limits", v.change_of_use_limits},
       {"fees", v.fees},
       {"supporting_works", v.supporting_works},
       {"documents", v.documents},
       {"documents_rule_zh", v.documents_rule_zh},
       {"documents_rule_en", v.documents_rule_en},
       {"archive_checklist", v.archive_checklist},
       {"outage_plans", v.outage_plans},
       {"reservation", v.reservation},
       {"channels", v.channels},
       {"promises", v.promises},
       {"investment_zh", v.investment_zh},
       {"investment_en", v.investment_en},
       {"reliability", v.reliability}};
}
void from_json(const json& j, CatalogDto& v) {
  need(j, "company", v.company);
  need(j, "product", v.product);
  need(j, "supervision_phone", v.supervision_phone);
  need(j, "service_hall", v.service_hall);
  need_list(j, "customer_types", v.customer_types);
  need_list(j, "businesses", v.businesses);
  need(j, "online_business_count", v.online_business_count);
  need_list(j, "scenarios", v.scenarios);
  need_list(j, "limits", v.limits);
  need(j, "stage_split", v.stage_split);
  need(j, "asset_transfer_review", v.asset_transfer_review);
  need_list(j, "change_of_use_limits", v.change_of_use_limits);
  need(j, "fees", v.fees);
  need(j, "supporting_works", v.supporting_works);
  need_list(j, "documents", v.documents);
  need(j, "documents_rule_zh", v.documents_rule_zh);
  need(j, "documents_rule_en", v.documents_rule_en);
  need(j, "archive_checklist", v.archive_checklist);
  need_list(j, "outage_plans", v.outage_plans);
  need(j, "reservation", v.reservation);
  need(j, "channels", v.channels);
  need_list(j, "promises", v.promises);
  need(j, "investment_zh", v.investment_zh);
  need(j, "investment_en", v.investment_en);
  need(j, "reliability", v.reliability);
}

}  // namespace gp::dto
