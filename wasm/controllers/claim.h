// The claim panel of "My applications" (issue 15). An application that joins the account is
// marked touched, so the list loads again. `reload`: fetch the pending ones afresh.
#pragma once
#include "controllers/ctx.h"

namespace app {
void claim_panel_frame(Ctx& c, bool reload);
}
