// window.getpower.snapshot(): what the last presented frame showed, as JSON, for browser tests
// and diagnostics. The widget kit records the items; the app installs the source here.
#pragma once
#include <functional>
#include <string>

namespace platform {

// `source` returns the JSON array of the last presented frame's items.
void set_snapshot_source(std::function<std::string()> source);

// window.getpower.state(): the app's own view of where it is (screen, user, the plan computed in
// the browser), as JSON, so tests can compare it with the server's answers.
void set_state_source(std::function<std::string()> source);

}  // namespace platform
