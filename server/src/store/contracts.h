// Supply contracts (rule P1): one per application, its text frozen when issued, signed once.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "gp/date.h"
#include "store/conn.h"

namespace gp::store {

struct ContractRow {
  std::string text, sha256;
  std::optional<gp::Instant> signed_at;
  std::optional<std::string> method;
};

std::optional<ContractRow> find_contract(Conn& db, std::int64_t application_id);
// Whether the application has a contract (a kept statement: asked at every workflow step).
bool contract_exists(Conn& db, std::int64_t application_id);
void insert_contract(Conn& db, std::int64_t application_id, const std::string& text, const std::string& sha256);
// Signs the contract unless it is signed already.
void sign_contract(Conn& db, std::int64_t application_id, gp::Instant at, const std::string& method, const std::string& signature);

}  // namespace gp::store
