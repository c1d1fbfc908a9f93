// Helpers the staff's controllers share: a POST of a raw body (CSV / JSON text imports go to the
// server as typed, so its errors name the file's own lines).
#pragma once
#include <string>

#include "controllers/ctx.h"

namespace app {

void post_raw(Ctx& c, const std::string& path, const std::string& body, const std::string& content_type, Done done);

// "text/csv" or "application/json", from the text itself.
std::string import_content_type(const std::string& text);

}  // namespace app
