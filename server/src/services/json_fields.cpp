#include "services/json_fields.h"

#include <cmath>
#include <cstdio>

#include "gp/validate.h"
#include "services/service_error.h"

namespace gp::server::fields {
namespace {

using nlohmann::json;
using K = ServiceError::Kind;

// The value of `key`, or nullptr when absent or null (a missing required one is refused).
const json* value_of(const json& body, const char* key, bool required, const std::string& name) {
  if (!body.contains(key) || body.at(key).is_null()) {
    if (required) fail(K::invalid, "required", name, "缺少必填字段 " + name, "missing required field " + name);
    return nullptr;
  }
  return &body.at(key);
}

}  // namespace

void require_object(const json& body, const std::string& field) {
  if (!body.is_object()) fail(K::invalid, "invalid_type", field, "请求体应为 JSON 对象", "the body must be a JSON object");
}

void only_keys(const json& body, std::initializer_list<const char*> keys, const std::string& prefix) {
  for (auto it = body.begin(); it != body.end(); ++it) {
    bool known = false;
    for (const char* k : keys) known = known || it.key() == k;
    if (!known) fail(K::invalid, "unknown_field", prefix + it.key(), "未知字段：" + prefix + it.key(), "unknown field: " + prefix + it.key());
  }
}

std::string text(const json& body, const char* key, bool required, std::size_t min_chars, std::size_t max_chars,
                 const std::string& prefix) {
  const std::string name = prefix + key;
  const json* v = value_of(body, key, required, name);
  if (!v) return "";
  if (!v->is_string()) fail(K::invalid, "invalid_type", name, name + " 应为字符串", name + " must be a string");
  std::string s = v->get<std::string>();
  if (auto e = gp::validate::text(s, name, min_chars, max_chars)) fail(K::invalid, *e);
  return s;
}

std::optional<double> number(const json& body, const char* key, bool required, double lo, double hi, bool lo_inclusive) {
  const std::string name = key;
  const json* v = value_of(body, key, required, name);
  if (!v) return std::nullopt;
  if (!v->is_number()) fail(K::invalid, "invalid_type", name, name + " 应为数值", name + " must be a number");
  const double d = v->get<double>();
  const bool above = lo_inclusive ? d >= lo : d > lo;
  if (!std::isfinite(d) || !above || d > hi) {
    char range[96];
    std::snprintf(range, sizeof range, "%s%g, %g]", lo_inclusive ? "[" : "(", lo, hi);
    fail(K::invalid, "out_of_range", name, name + " 应在 " + range + " 之间", name + " must be within " + range);
  }
  return d;
}

std::optional<long long> integer(const json& body, const char* key, bool required, long long lo, long long hi) {
  const std::string name = key;
  const json* v = value_of(body, key, required, name);
  if (!v) return std::nullopt;
  if (!v->is_number_integer()) fail(K::invalid, "invalid_type", name, name + " 应为整数", name + " must be an integer");
  // Unsigned values above INT64_MAX are out of range too.
  if (v->is_number_unsigned() && v->get<unsigned long long>() > static_cast<unsigned long long>(hi))
    fail(K::invalid, "out_of_range", name, name + " 超出范围", name + " is out of range");
  const long long n = v->get<long long>();
  if (n < lo || n > hi) {
    const std::string range = std::to_string(lo) + ".." + std::to_string(hi);
    fail(K::invalid, "out_of_range", name, name + " 应在 " + range + " 之间", name + " must be within " + range);
  }
  return n;
}

std::optional<bool> boolean(const json& body, const char* key, bool required) {
  const std::string name = key;
  const json* v = value_of(body, key, required, name);
  if (!v) return std::nullopt;
  if (!v->is_boolean()) fail(K::invalid, "invalid_type", name, name + " 应为 true 或 false", name + " must be true or false");
  return v->get<bool>();
}

}  // namespace gp::server::fields
