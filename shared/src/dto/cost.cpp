#include "gp/dto/cost.h"

#include "gp/dto/wire.h"

namespace gp::dto {

using nlohmann::json;

void to_json(json& j, const CostLoadItemDto& v) { j = {{"kind", v.kind}, {"count", v.count}, {"kw_each", v.kw_each}}; }
void from_json(const json& j, CostLoadItemDto& v) {
  need(j, "kind", v.kind);
  need(j, "count", v.count);
  need(j, "kw_each", v.kw_each);
}

void to_json(json& j, const CostEstimateDto& v) {
  j = {{"installed_kw", v.installed_kw}, {"demand_factor", v.demand_factor}, {"power_factor", v.power_factor},
       {"demand_kva", v.demand_kva}, {"low_voltage", v.low_voltage}, {"beyond_table", v.beyond_table},
       {"suggested_capacity", v.suggested_capacity}, {"unit", v.unit}, {"equipment_zh", v.equipment_zh},
       {"equipment_en", v.equipment_en}, {"note_zh", v.note_zh}, {"note_en", v.note_en}, {"source", v.source}};
}
void from_json(const json& j, CostEstimateDto& v) {
  need(j, "installed_kw", v.installed_kw);
  need(j, "demand_factor", v.demand_factor);
  need(j, "power_factor", v.power_factor);
  need(j, "demand_kva", v.demand_kva);
  need(j, "low_voltage", v.low_voltage);
  need(j, "beyond_table", v.beyond_table);
  need(j, "suggested_capacity", v.suggested_capacity);
  need(j, "unit", v.unit);
  need(j, "equipment_zh", v.equipment_zh);
  need(j, "equipment_en", v.equipment_en);
  need(j, "note_zh", v.note_zh);
  need(j, "note_en", v.note_en);
  need(j, "source", v.source);
}

void to_json(json& j, const CostAnswerDto& v) {
  j = {{"recommended_capacity_kva", v.recommended_capacity_kva}, {"standard_equipment", v.standard_equipment},
       {"cost_reference", v.cost_reference}, {"answered_at", v.answered_at}, {"answered_by", opt(v.answered_by)}};
}
void from_json(const json& j, CostAnswerDto& v) {
  need(j, "recommended_capacity_kva", v.recommended_capacity_kva);
  need(j, "standard_equipment", v.standard_equipment);
  need(j, "cost_reference", v.cost_reference);
  need(j, "answered_at", v.answered_at);
  maybe(j, "answered_by", v.answered_by);
}

void to_json(json& j, const CostRatingDto& v) { j = {{"score", v.score}, {"comment", v.comment}, {"rated_at", v.rated_at}}; }
void from_json(const json& j, CostRatingDto& v) {
  need(j, "score", v.score);
  need(j, "comment", v.comment);
  need(j, "rated_at", v.rated_at);
}

void to_json(json& j, const CostConsultationDto& v) {
  j = {{"id", v.id}, {"status", v.status}, {"equipment", v.equipment}, {"use", v.use}, {"voltage_kv", v.voltage_kv},
       {"area", v.area}, {"address", v.address}, {"note", v.note}, {"company", opt(v.company)}, {"credit_code", opt(v.credit_code)},
       {"created_at", v.created_at}, {"due_at", v.due_at}, {"limit_working_days", v.limit_working_days},
       {"limit_source", v.limit_source}, {"level", v.level}, {"estimate", v.estimate}, {"answer", opt(v.answer)},
       {"rating", opt(v.rating)}, {"rule", v.rule}};
  if (v.customer) j["customer"] = *v.customer;  // staff only
}
void from_json(const json& j, CostConsultationDto& v) {
  need(j, "id", v.id);
  need(j, "status", v.status);
  need_list(j, "equipment", v.equipment);
  need(j, "use", v.use);
  need(j, "voltage_kv", v.voltage_kv);
  need(j, "area", v.area);
  need(j, "address", v.address);
  need(j, "note", v.note);
  maybe(j, "company", v.company);
  maybe(j, "credit_code", v.credit_code);
  need(j, "created_at", v.created_at);
  need(j, "due_at", v.due_at);
  need(j, "limit_working_days", v.limit_working_days);
  need(j, "limit_source", v.limit_source);
  need(j, "level", v.level);
  need(j, "estimate", v.estimate);
  maybe(j, "answer", v.answer);
  maybe(j, "rating", v.rating);
  maybe(j, "customer", v.customer);
  need(j, "rule", v.rule);
}

void to_json(json& j, const CostConsultationPageDto& v) {
  j = {{"items", v.items}, {"total", v.total}, {"page", v.page}, {"page_size", v.page_size}};
}
void from_json(const json& j, CostConsultationPageDto& v) {
  need_list(j, "items", v.items);
  need(j, "total", v.total);
  need(j, "page", v.page);
  need(j, "page_size", v.page_size);
}

void to_json(json& j, const RentalPackageDto& v) {
  j = {{"id", v.id}, {"name", v.name}, {"capacity_kva", v.capacity_kva}, {"monthly_price_fen", v.monthly_price_fen},
       {"deposit_fen", v.deposit_fen}, {"monthly_price_yuan", v.monthly_price_yuan}, {"deposit_yuan", v.deposit_yuan},
       {"min_term_months", v.min_term_months}, {"active", v.active}, {"updated_at", v.updated_at}};
}
void from_json(const json& j, RentalPackageDto& v) {
  need(j, "id", v.id);
  need(j, "name", v.name);
  need(j, "capacity_kva", v.capacity_kva);
  need(j, "monthly_price_fen", v.monthly_price_fen);
  need(j, "deposit_fen", v.deposit_fen);
  need(j, "monthly_price_yuan", v.monthly_price_yuan);
  need(j, "deposit_yuan", v.deposit_yuan);
  need(j, "min_term_months", v.min_term_months);
  need(j, "active", v.active);
  need(j, "updated_at", v.updated_at);
}

void to_json(json& j, const RentalPackageListDto& v) { j = {{"items", v.items}, {"rule", v.rule}}; }
void from_json(const json& j, RentalPackageListDto& v) {
  need_list(j, "items", v.items);
  need(j, "rule", v.rule);
}

}  // namespace gp::dto
