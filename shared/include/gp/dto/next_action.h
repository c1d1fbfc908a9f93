// What the user may do next on an application (rule P1 "next_actions"), as the server sends it
// and the browser builds forms from: the action, its labels, and each field's descriptor (type,
// required, options, limits). Built from the workflow's ActionSpec/FieldSpec (gp/workflow.h).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "gp/workflow.h"

namespace gp::dto {

struct FieldOptionDto {
  std::string value, label_zh, label_en;
  bool operator==(const FieldOptionDto& o) const { return value == o.value && label_zh == o.label_zh && label_en == o.label_en; }
};

struct FieldDto {
  std::string name, type;  // type: gp::to_string(FieldType): string | text | number | bool | date | datetime | enum | document ...
  bool required = false;
  std::vector<FieldOptionDto> options;
  std::string label_zh, label_en;
  std::optional<long long> max_length;  // string and text
  std::optional<double> min, max;       // number
  bool operator==(const FieldDto& o) const {
    return name == o.name && type == o.type && required == o.required && options == o.options && label_zh == o.label_zh &&
           label_en == o.label_en && max_length == o.max_length && min == o.min && max == o.max;
  }
};
FieldDto field_dto(const FieldSpec& f);

struct NextActionDto {
  std::string action, label_zh, label_en;
  std::vector<FieldDto> fields;
  // An action with its own route (e.g. signing the contract): "POST", the full path, and what to GET first.
  std::optional<std::string> method, route, read;
  bool operator==(const NextActionDto& o) const {
    return action == o.action && label_zh == o.label_zh && label_en == o.label_en && fields == o.fields && method == o.method &&
           route == o.route && read == o.read;
  }
};
// `number`: the application's, for the routes of actions that have their own.
NextActionDto next_action_dto(const ActionSpec& a, const std::string& number);

void to_json(nlohmann::json& j, const FieldOptionDto& v);
void from_json(const nlohmann::json& j, FieldOptionDto& v);
void to_json(nlohmann::json& j, const FieldDto& v);
void from_json(const nlohmann::json& j, FieldDto& v);
void to_json(nlohmann::json& j, const NextActionDto& v);
void from_json(const nlohmann::json& j, NextActionDto& v);

}  // namespace gp::dto
