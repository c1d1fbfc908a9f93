// The maintenance commands of getpower-server (besides serving):
//   adduser --data DIR --username NAME --role ROLE [--name N] [--phone P]   (password from stdin)
//   verify  --data DIR      integrity check, event hash chain, events vs. derived state
//   backup  --data DIR --to FILE   consistent copy of the live database
// Each returns the process exit status and writes a human-readable report.
#pragma once
#include <iostream>
#include <string>

namespace gp::server {

int run_adduser(const std::string& data_dir, const std::string& username, const std::string& role, const std::string& name,
                const std::string& phone, std::istream& in, std::ostream& out, std::ostream& err);
int run_verify(const std::string& data_dir, std::ostream& out);
int run_backup(const std::string& data_dir, const std::string& to, std::ostream& out, std::ostream& err);

}  // namespace gp::server
