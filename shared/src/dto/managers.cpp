#include "gp/dto/managers.h"

#include "gp/dto/wire.h"

namespace gp::dto {

void to_json(nlohmann::json& j, const ManagerDto& v) {
  j = {{"id", v.id}, {"name", v.name}, {"phone", v.phone}, {"title_zh", v.title_zh}, {"title_en", v.title_en},
       {"handled", v.handled}, {"average_working_days", opt(v.average_working_days)}, {"satisfaction", opt(v.satisfaction)},
       {"ratings", v.ratings}, {"open", v.open}};
}
void from_json(const nlohmann::json& j, ManagerDto& v) {
  need(j, "id", v.id);
  need(j, "name", v.name);
  need(j, "phone", v.phone);
  need(j, "title_zh", v.title_zh);
  need(j, "title_en", v.title_en);
  need(j, "handled", v.handled);
  maybe(j, "average_working_days", v.average_working_days);
  maybe(j, "satisfaction", v.satisfaction);
  need(j, "ratings", v.ratings);
  need(j, "open", v.open);
}

void to_json(nlohmann::json& j, const ManagersBody& v) { j = {{"managers", v.managers}, {"rule", v.rule}}; }
void from_json(const nlohmann::json& j, ManagersBody& v) {
  need_list(j, "managers", v.managers);
  need(j, "rule", v.rule);
}

}  // namespace gp::dto
