// Reading the fields of a JSON request body inside a use case: every refusal is a 400
// ServiceError naming the field (with `prefix`, e.g. "customer."), so clients can point at it.
#pragma once
#include <initializer_list>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace gp::server::fields {

// 400 "invalid_type" unless `body` is an object.
void require_object(const nlohmann::json& body, const std::string& field = "");
// 400 "unknown_field" for a key not in `keys`.
void only_keys(const nlohmann::json& body, std::initializer_list<const char*> keys, const std::string& prefix = "");

// A string of min..max characters (gp::validate::text); "" when absent and not required.
std::string text(const nlohmann::json& body, const char* key, bool required, std::size_t min_chars, std::size_t max_chars,
                 const std::string& prefix = "");
// A finite number with lo < value <= hi (lo_inclusive: lo <= value).
std::optional<double> number(const nlohmann::json& body, const char* key, bool required, double lo, double hi,
                             bool lo_inclusive = false);
// An integer within [lo, hi].
std::optional<long long> integer(const nlohmann::json& body, const char* key, bool required, long long lo, long long hi);
std::optional<bool> boolean(const nlohmann::json& body, const char* key, bool required);

}  // namespace gp::server::fields
