// A plan of shared/rules (gp::Plan as JSON) drawn for a customer: steps with their limits, the
// time limit, documents, costs, investment boundary and the rules behind them. Used by "what
// applies to me?" and the apply wizard.
#pragma once
#include <nlohmann/json.hpp>

namespace ui {

void draw_plan(const char* id, const nlohmann::json& plan);

}  // namespace ui
