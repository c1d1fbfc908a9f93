// The page URL's query parameters (?lang=en, ?mode=kiosk).
#pragma once
#include <string>

namespace platform {

// Value of ?name=..., or "" when absent.
std::string url_param(const char* name);

}  // namespace platform
