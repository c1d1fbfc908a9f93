// `--demo`, issue 11 (rules M6, M5): customer requests in every state (received, assigned — one in
// warning, one overdue —, answered, closed and rated), reports for the discipline inspector (one
// anonymous), and call-backs after energizing, one contradicting the record (a case opened).
#pragma once
#include <ostream>

#include "app/context.h"

namespace gp::server {

// Seeds only when there are no cases yet and the demo staff exist (a discipline inspector among them).
void seed_demo_cases(AppContext& ctx, std::ostream& out);

}  // namespace gp::server
