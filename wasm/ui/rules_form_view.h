// The questions of a case (state::RulesForm), asking only what matters for it (state::relevance),
// with each rule's message beside its field. The apply wizard's first step; the intended meter
// location (rule S3) is asked separately (with_meter_location) on its address step.
#pragma once
#include "state/rules_form.h"

namespace ui {

// Ids "<id>.business", "<id>.customer_type", "<id>.capacity", ... Returns true when a value changed.
bool draw_rules_form(const char* id, state::RulesForm& f, const state::RulesOutcome& outcome, bool with_meter_location);
// Just the intended meter location (rule S3): "<id>.latitude", "<id>.longitude".
bool draw_meter_location(const char* id, state::RulesForm& f, const state::RulesOutcome& outcome, std::string_view extra_error = {});

}  // namespace ui
