// The supply contract's row as the application's detail shows it (table contracts; rule P1). The
// contract's writing and signing live with ContractService's repository.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "gp/date.h"
#include "store/conn.h"

namespace gp::store {

struct ContractSummary {
  std::string sha256;
  std::optional<gp::Instant> signed_at;
  std::optional<std::string> method;
};

std::optional<ContractSummary> contract_summary(Conn& db, std::int64_t application_id);

}  // namespace gp::store
