// The `serve` command: run the HTTP server until SIGINT/SIGTERM.
#pragma once
#include "app/options.h"

namespace gp::server {

// Returns the process exit status (0 after a graceful stop, 1 when start-up failed).
int serve(const ServeOptions& options);

}  // namespace gp::server
