// Wire pieces many bodies share (issue 16): a coded name {code, name_zh, name_en} (businesses,
// customer types, steps ... — one shape, where the server had three helpers), a person
// {id, name, phone, role}, and the error body every refusal carries.
#pragma once
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "gp/codes.h"
#include "gp/error.h"

namespace gp::dto {

struct CodeName {
  std::string code, name_zh, name_en;
  bool operator==(const CodeName& o) const { return code == o.code && name_zh == o.name_zh && name_en == o.name_en; }
};
CodeName code_name(const Named& n);
void to_json(nlohmann::json& j, const CodeName& v);
void from_json(const nlohmann::json& j, CodeName& v);

struct Person {
  std::int64_t id = 0;
  std::string name, phone, role;
  bool operator==(const Person& o) const { return id == o.id && name == o.name && phone == o.phone && role == o.role; }
};
void to_json(nlohmann::json& j, const Person& v);
void from_json(const nlohmann::json& j, Person& v);

// {"error": {"code", "message", "message_zh", "message_en", "field"}}: `message` is in the
// request's language (Accept-Language / ?lang=), the other two always both.
struct ErrorBody {
  std::string code, message, message_zh, message_en, field;
  bool operator==(const ErrorBody& o) const {
    return code == o.code && message == o.message && message_zh == o.message_zh && message_en == o.message_en && field == o.field;
  }
};
ErrorBody error_body(const Error& e, bool english);
void to_json(nlohmann::json& j, const ErrorBody& v);    // the whole body, {"error": {...}}
void from_json(const nlohmann::json& j, ErrorBody& v);  // from the whole body

}  // namespace gp::dto
