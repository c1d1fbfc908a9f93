// Reserve projects (issue 5; rules R1–R3) and supply-plan consultations (R2).
#pragma once
#include <string>

#include "state/pool_state.h"

namespace ui::screens {

struct PoolIntent {
  int tab = -1;
  bool reload = false;          // the list's filters or page changed
  bool search = false;
  std::string convert;          // approval number to turn into an application (R3)
  std::string open;             // application number to open
  bool import = false, pick_file = false, import_edited = false;
  bool consult_reload = false;
  long long reply_open = -1;    // consultation id whose reply box opens (0: close)
  bool reply_send = false;
};

// `can_convert`: customer managers, command center, admins (R3); `can_import`: the same (R1).
PoolIntent draw_pool(state::PoolState& s, bool can_convert, bool can_consult);

}  // namespace ui::screens
