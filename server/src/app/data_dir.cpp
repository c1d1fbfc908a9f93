#include "app/data_dir.h"

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <stdexcept>
#include <system_error>
#include <cerrno>
#include <cstring>

namespace gp::server {

void ensure_data_dir(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path p(dir);
  if (!fs::exists(p, ec)) {
    if (p.has_parent_path() && !p.parent_path().empty()) fs::create_directories(p.parent_path(), ec);
    if (::mkdir(p.c_str(), 0700) != 0 && errno != EEXIST)
      throw std::runtime_error("--data " + dir + ": cannot create the directory: " + std::strerror(errno));
  }
  if (!fs::is_directory(p, ec)) throw std::runtime_error("--data " + dir + ": not a directory");
  if (::access(p.c_str(), R_OK | W_OK | X_OK) != 0)
    throw std::runtime_error("--data " + dir + ": not readable and writable");
}

}  // namespace gp::server
