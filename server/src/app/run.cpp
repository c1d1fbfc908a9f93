#include "app/run.h"

#include <iostream>
#include <string>
#include <vector>

#include "app/commands.h"
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
  // One branch per command.
  if (inv.command == "serve") return serve(inv.serve);
  auto value = [&](const char* f) { return inv.values.count(f) ? inv.values.at(f) : std::string(); };
  if (inv.command == "adduser")
    return run_adduser(value("--data"), value("--username"), value("--role"), value("--name"), value("--phone"), std::cin,
                       std::cout, std::cerr);
  if (inv.command == "verify") return run_verify(value("--data"), std::cout);
  if (inv.command == "backup") return run_backup(value("--data"), value("--to"), std::cout, std::cerr);
  std::cerr << "getpower-server: command '" << inv.command << "' is not implemented" << std::endl;
  return 2;
}

}  // namespace gp::server
