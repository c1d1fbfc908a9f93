// The grab pool (报装工作票抢单, rule M7): new applications offered to the customer managers; a
// manager grabs one (first claim wins) and it opens in their detail view. The command center and
// admin watch the pool. The window and the cap are company settings and labelled so.
#pragma once
#include <optional>
#include <string>

#include "gp/dto/pool.h"
#include "state/request.h"

namespace state {

struct GrabState {
  std::optional<gp::dto::PoolBody> pool;  // the last answer of GET /pool (the shared DTO)
  Pending load;                           // GET /pool in flight
  Pending grab;                           // POST /pool/{n}/grab in flight
  std::string grabbing;                   // the number being grabbed
  std::string error;                      // loading failed
  std::string grab_error;                 // the last grab was refused (taken, cap, window)
  double loaded_at = 0;                   // for the periodic refresh
};

struct GrabIntent {
  bool entered = false;   // first frame of a visit
  bool refresh = false;   // the refresh button, or the periodic refresh
  std::string grab;       // the number a manager grabs
  double now = 0;         // seconds (the platform's clock)
};

Requests apply(AppState& s, const GrabIntent& in);
// May the signed-in user grab (customer managers only; others watch)?
bool can_grab(const AppState& s);
// "窗口 60 分钟 · 上限 30 件（公司设定）" — the settings, labelled as the company's.
std::string grab_settings_text(const gp::dto::PoolBody& p);

}  // namespace state
