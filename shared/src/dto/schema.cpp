#include "gp/dto/schema.h"

namespace gp::dto {

using nlohmann::json;

json schema_of(const json& full, const json& bare) {
  json s;
  switch (full.type()) {
    case json::value_t::object: {
      s = {{"type", "object"}, {"properties", json::object()}};
      json required = json::array();
      for (auto it = full.begin(); it != full.end(); ++it) {
        const bool present = bare.is_object() && bare.contains(it.key());
        const json& b = present ? bare.at(it.key()) : it.value();
        json p = schema_of(it.value(), b);
        if (present && bare.at(it.key()).is_null() && !it.value().is_null()) p["nullable"] = true;
        s["properties"][it.key()] = p;
        if (present) required.push_back(it.key());
      }
      if (!required.empty()) s["required"] = required;
      break;
    }
    case json::value_t::array:
      s = {{"type", "array"}};
      s["items"] = full.empty() ? json::object() : schema_of(full.at(0), full.at(0));
      break;
    case json::value_t::string: s = {{"type", "string"}}; break;
    case json::value_t::boolean: s = {{"type", "boolean"}}; break;
    case json::value_t::number_integer:
    case json::value_t::number_unsigned: s = {{"type", "integer"}}; break;
    case json::value_t::number_float: s = {{"type", "number"}}; break;
    default: s = {{"nullable", true}}; break;  // null in the full example: any value
  }
  return s;
}

}  // namespace gp::dto
