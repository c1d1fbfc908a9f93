#include "gp/dto/reserve.h"

#include "gp/dto/wire.h"

namespace gp::dto {

using nlohmann::json;

void to_json(json& j, const ReserveItemDto& v) {
  j = {{"approval_number", v.approval_number}, {"project_name", v.project_name}, {"company", v.company},
       {"credit_code", v.credit_code}, {"address", v.address}, {"capacity_kw", v.capacity_kw}, {"voltage_kv", v.voltage_kv},
       {"industry", v.industry}, {"in_provincial_park", v.in_provincial_park}, {"expected_date", opt(v.expected_date)},
       {"contact_name", v.contact_name}, {"contact_phone", v.contact_phone}, {"status", v.status}, {"source", v.source},
       {"imported_at", v.imported_at}, {"application_number", opt(v.application_number)}, {"converted_at", opt(v.converted_at)},
       {"preliminary_plan", v.preliminary_plan}, {"rule", v.rule}};
}
void from_json(const json& j, ReserveItemDto& v) {
  need(j, "approval_number", v.approval_number);
  need(j, "project_name", v.project_name);
  need(j, "company", v.company);
  need(j, "credit_code", v.credit_code);
  need(j, "address", v.address);
  need(j, "capacity_kw", v.capacity_kw);
  need(j, "voltage_kv", v.voltage_kv);
  need(j, "industry", v.industry);
  need(j, "in_provincial_park", v.in_provincial_park);
  maybe(j, "expected_date", v.expected_date);
  need(j, "contact_name", v.contact_name);
  need(j, "contact_phone", v.contact_phone);
  need(j, "status", v.status);
  need(j, "source", v.source);
  need(j, "imported_at", v.imported_at);
  maybe(j, "application_number", v.application_number);
  maybe(j, "converted_at", v.converted_at);
  need(j, "preliminary_plan", v.preliminary_plan);
  need(j, "rule", v.rule);
}

void to_json(json& j, const ReservePageDto& v) {
  j = {{"items", v.items}, {"total", v.total}, {"page", v.page}, {"page_size", v.page_size}};
}
void from_json(const json& j, ReservePageDto& v) {
  need_list(j, "items", v.items);
  need(j, "total", v.total);
  need(j, "page", v.page);
  need(j, "page_size", v.page_size);
}

}  // namespace gp::dto
