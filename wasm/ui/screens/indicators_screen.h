// Indicators (issue 5; rules M4, G5): a period and a customer type, figures, charts, a table per
// manager, the CSV download, and supply reliability against its targets.
#pragma once
#include "state/indicators_state.h"

namespace ui::screens {

struct IndicatorsIntent {
  bool query = false;        // load the figures for the period typed
  int quick = -1;            // 0 this month, 1 last month, 2 this year
  bool edited = false;
  bool csv = false;          // download the CSV
  int tab = -1;
  bool save_customers = false;
  bool import_outages = false;
  bool pick_outage_file = false;
};

// `role`: who is looking (admins set customers per area; command center and admins import outages).
IndicatorsIntent draw_indicators(state::IndicatorsState& s, const std::string& role);

}  // namespace ui::screens
