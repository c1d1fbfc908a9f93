// One filled example of each wire body, every optional part present: the shared tests round-trip
// them (tests/shared/dto_test.cpp) and the OpenAPI document's response schemas are derived from
// them (gp/dto/schema.h), so the document describes the same types the server writes.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "gp/dto/application.h"
#include "gp/dto/lists.h"
#include "gp/dto/track.h"

namespace gp::dto {

ApplicationDetail example_application();
ApplicationPageDto example_application_page();
BoardDto example_board();
TrackDto example_track();

struct DtoExample {
  std::string name;     // the schema's name in the OpenAPI document, e.g. "ApplicationDetail"
  nlohmann::json full;  // every optional part present
  nlohmann::json bare;  // a default-constructed value: what is absent or null there is optional
  // Decodes `j` as this type and writes it back (round trips; throws DecodeError).
  nlohmann::json (*reencode)(const nlohmann::json& j);
};
const std::vector<DtoExample>& dto_examples();

}  // namespace gp::dto
