// The data directory (architecture.md: the only place the server writes).
#pragma once
#include <string>

namespace gp::server {

// Create `dir` when missing (mode 0700: it will hold personal data) and check it is a writable
// directory. Throws std::runtime_error with a message naming the problem.
void ensure_data_dir(const std::string& dir);

}  // namespace gp::server
