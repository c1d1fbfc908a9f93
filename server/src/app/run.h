// The whole program behind main(): parse the command line and run the command.
#pragma once

namespace gp::server {

// Exit status: 0 success, 1 runtime failure, 2 usage error.
int run(int argc, const char* const argv[]);

}  // namespace gp::server
