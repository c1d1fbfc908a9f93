// The staff's panels on an application's detail screen (issue 5): document previews, the archive
// checklist (rule D7), supporting works (rules W1–W3), acknowledging a warning (rule M2). The
// detail screen (controllers/detail.cpp) calls this after the parts customers see too, when the
// user is staff. `app` is the GET /api/v1/applications/{number} reply; `reload` asks the detail
// screen to fetch it again (e.g. after an action taken here).
#pragma once
#include <nlohmann/json.hpp>

#include "controllers/ctx.h"

namespace app {

void detail_staff_panels(Ctx& c, const nlohmann::json& application, bool& reload);

}  // namespace app
