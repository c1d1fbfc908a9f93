// The POST of a raw body the runner sends for state::post_text (CSV / JSON text imports go to the
// server as typed, so its errors name the file's own lines).
#pragma once
#include <string>

#include "controllers/ctx.h"

namespace app {

void post_raw(Ctx& c, const std::string& path, const std::string& body, const std::string& content_type, Done done);

}  // namespace app
