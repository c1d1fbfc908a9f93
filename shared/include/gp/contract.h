// The supply contract (供用电合同) generated from an application, signed online (rule P1). The text
// is deterministic for the same inputs, so its hash identifies exactly what the customer signed.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "gp/rules.h"
#include "gp/service_config.h"

namespace gp {

struct ContractParties {
  std::string number;         // application number
  std::string customer_name;
  std::string address;
  std::string contact_phone;
  std::string date_iso;       // the day the contract text was issued (YYYY-MM-DD)
  std::optional<std::int64_t> high_reliability_fee_fen;  // rule F1: as recorded with the supply plan
};

// Chinese text first, then an English translation for reference.
std::string supply_contract_text(const Plan& plan, const ContractParties& parties, const ServiceConfig& cfg);

}  // namespace gp
