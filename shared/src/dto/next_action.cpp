#include "gp/dto/next_action.h"

#include "gp/dto/wire.h"

namespace gp::dto {

FieldDto field_dto(const FieldSpec& f) {
  FieldDto d;
  d.name = f.name;
  d.type = to_string(f.type);
  d.required = f.required;
  for (const auto& o : f.options) d.options.push_back({o.value, o.label_zh, o.label_en});
  d.label_zh = f.label_zh;
  d.label_en = f.label_en;
  if (f.type == FieldType::string || f.type == FieldType::text) d.max_length = static_cast<long long>(f.max_length);
  if (f.type == FieldType::number) {
    d.min = f.min;
    d.max = f.max;
  }
  return d;
}

NextActionDto next_action_dto(const ActionSpec& a, const std::string& number) {
  NextActionDto d;
  d.action = a.action;
  d.label_zh = a.label_zh;
  d.label_en = a.label_en;
  for (const auto& f : a.fields) d.fields.push_back(field_dto(f));
  if (!a.route.empty()) {  // rule P1: e.g. signing the contract, at its own route (not .../actions)
    d.method = "POST";
    d.route = "/api/v1/applications/" + number + "/" + a.route;
    if (!a.read.empty()) d.read = "/api/v1/applications/" + number + "/" + a.read;
  }
  return d;
}

void to_json(nlohmann::json& j, const FieldOptionDto& v) { j = {{"value", v.value}, {"label_zh", v.label_zh}, {"label_en", v.label_en}}; }
void from_json(const nlohmann::json& j, FieldOptionDto& v) {
  need(j, "value", v.value);
  need(j, "label_zh", v.label_zh);
  need(j, "label_en", v.label_en);
}

void to_json(nlohmann::json& j, const FieldDto& v) {
  j = {{"name", v.name}, {"type", v.type}, {"required", v.required}, {"options", v.options}, {"label_zh", v.label_zh}, {"label_en", v.label_en}};
  if (v.max_length) j["max_length"] = *v.max_length;
  if (v.min) j["min"] = *v.min;
  if (v.max) j["max"] = *v.max;
}
void from_json(const nlohmann::json& j, FieldDto& v) {
  need(j, "name", v.name);
  need(j, "type", v.type);
  need(j, "required", v.required);
  need_list(j, "options", v.options);
  need(j, "label_zh", v.label_zh);
  need(j, "label_en", v.label_en);
  maybe(j, "max_length", v.max_length);
  maybe(j, "min", v.min);
  maybe(j, "max", v.max);
}

void to_json(nlohmann::json& j, const NextActionDto& v) {
  j = {{"action", v.action}, {"label_zh", v.label_zh}, {"label_en", v.label_en}, {"fields", v.fields}};
  if (v.method) j["method"] = *v.method;
  if (v.route) j["route"] = *v.route;
  if (v.read) j["read"] = *v.read;
}
void from_json(const nlohmann::json& j, NextActionDto& v) {
  need(j, "action", v.action);
  need(j, "label_zh", v.label_zh);
  need(j, "label_en", v.label_en);
  need_list(j, "fields", v.fields);
  maybe(j, "method", v.method);
  maybe(j, "route", v.route);
  maybe(j, "read", v.read);
}

}  // namespace gp::dto
