// Indicators (issue 5; rules M4, G5): a period and a customer type, figures, charts, a table per
// manager, the CSV download, and supply reliability against its targets.
#pragma once
#include "state/indicators_state.h"

namespace ui::screens {

// `role`: who is looking (admins set customers per area; command center and admins import outages).
state::IndicatorsIntent draw_indicators(state::IndicatorsState& s, const std::string& role);

}  // namespace ui::screens
