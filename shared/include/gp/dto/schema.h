// An OpenAPI 3.0 schema derived from a wire type's examples (gp/dto/examples.h): the properties
// and their types from the full example; a property is required when a default-constructed value
// writes it too, and nullable when that value writes null. The OpenAPI document's response
// schemas come from here, so they describe the DTOs the server writes.
#pragma once
#include <nlohmann/json.hpp>

namespace gp::dto {

nlohmann::json schema_of(const nlohmann::json& full, const nlohmann::json& bare);

}  // namespace gp::dto
