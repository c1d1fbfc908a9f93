// Numbered schema migrations. Append only: never edit a released step.
#pragma once
#include <vector>

namespace gp::store {
struct Migration {
  int version;
  const char* sql;
};
const std::vector<Migration>& migrations();
}  // namespace gp::store
