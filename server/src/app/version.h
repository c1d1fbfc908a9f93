// The product version reported by /api/v1/health and --version.
#pragma once

namespace gp::server {

// Kept here until the top-level project() declares a VERSION the build can pass down.
constexpr const char* kVersion = "0.1.0";

}  // namespace gp::server
