#include "app/run.h"

#include <iostream>
#include <string>
#include <vector>

#include "app/options.h"
#include "app/serve.h"
#include "app/version.h"

namespace gp::server {

int run(int argc, const char* const argv[]) {
  const std::vector<std::string> args(argv + (argc > 0 ? 1 : 0), argv + argc);
  Invocation inv;
  try {
    inv = parse_command_line(args);
  } catch (const UsageError& e) {
    std::cerr << "getpower-server: " << e.what() << "\n"
              << "Try 'getpower-server --help' for more information." << std::endl;
    return 2;
  }

  switch (inv.action) {
    case Invocation::Action::help:
      std::cout << help_text(args.empty() || args[0][0] == '-' ? "" : inv.command) << std::flush;
      return 0;
    case Invocation::Action::version:
      std::cout << "getpower-server " << kVersion << std::endl;
      return 0;
    case Invocation::Action::run:
      break;
  }
  // One branch per command; adduser, verify and backup will join here.
  if (inv.command == "serve") return serve(inv.serve);
  std::cerr << "getpower-server: command '" << inv.command << "' is not implemented" << std::endl;
  return 2;
}

}  // namespace gp::server
