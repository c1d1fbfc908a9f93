// Work-ticket grabbing (报装工作票抢单, rule M7): a new application whose customer did not choose a
// manager may be offered to a pool for a while; an eligible customer manager claims it (first
// claim wins), within a cap on their open applications. What is unclaimed when the window closes
// is assigned to the least loaded manager as before (rule G6: every application gets a manager).
// The seed names the practice only: whether the pool is on, the window and the cap are company
// settings, never the plan's promise.
#pragma once
#include <optional>

#include "gp/codes.h"
#include "gp/date.h"

namespace gp {

struct GrabPolicy {           // company settings (ServiceConfig::grab)
  bool enabled = false;       // off: every application is assigned at once, as before
  int window_minutes = 60;    // how long an application stays in the pool before it is assigned
  int load_cap = 30;          // a manager with this many open applications grabs no more
};

// Why a grab is refused; nullopt = the caller may take it.
enum class GrabRefusal { not_a_customer_manager, account_disabled, not_in_pool, already_taken, window_closed, over_load_cap };
const Named& named(GrabRefusal r);

struct GrabAttempt {
  bool customer_manager = false;     // the caller's role (gp/workflow.h would include us back)
  bool disabled = false;
  int open_applications = 0;         // the caller's open applications now
  bool in_pool = false;              // offered to the pool (and still open)
  bool has_customer_manager = false; // someone took it, or the command center assigned it
  Instant pooled_at = 0;
};

// rule M7
std::optional<GrabRefusal> grab_refusal(const GrabAttempt& a, const GrabPolicy& p, Instant now);
// When the pool's offer of an application pooled at `pooled_at` ends (clock time).
Instant pool_closes_at(Instant pooled_at, const GrabPolicy& p);

}  // namespace gp
