#include "gp/dto/common.h"

#include "gp/dto/wire.h"

namespace gp::dto {

CodeName code_name(const Named& n) { return {n.code, n.zh, n.en}; }

void to_json(nlohmann::json& j, const CodeName& v) { j = {{"code", v.code}, {"name_zh", v.name_zh}, {"name_en", v.name_en}}; }
void from_json(const nlohmann::json& j, CodeName& v) {
  need(j, "code", v.code);
  need(j, "name_zh", v.name_zh);
  need(j, "name_en", v.name_en);
}

void to_json(nlohmann::json& j, const Person& v) { j = {{"id", v.id}, {"name", v.name}, {"phone", v.phone}, {"role", v.role}}; }
void from_json(const nlohmann::json& j, Person& v) {
  need(j, "id", v.id);
  need(j, "name", v.name);
  need(j, "phone", v.phone);
  need(j, "role", v.role);
}

ErrorBody error_body(const Error& e, bool english) {
  return {e.code, english ? e.message_en : e.message_zh, e.message_zh, e.message_en, e.field};
}

void to_json(nlohmann::json& j, const ErrorBody& v) {
  j = {{"error", {{"code", v.code}, {"message", v.message}, {"message_zh", v.message_zh}, {"message_en", v.message_en}, {"field", v.field}}}};
}
void from_json(const nlohmann::json& j, ErrorBody& v) {
  nlohmann::json e;
  need(j, "error", e);
  try {
    need(e, "code", v.code);
    need(e, "message", v.message);
    need(e, "message_zh", v.message_zh);
    need(e, "message_en", v.message_en);
    need(e, "field", v.field);
  } catch (const DecodeError& x) {
    throw DecodeError("error." + x.path, x.what());
  }
}

}  // namespace gp::dto
