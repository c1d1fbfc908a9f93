// The supply contract (供用电合同) generated from an application, signed online (rule P1). The text
// is deterministic for the same inputs, so its hash identifies exactly what the customer signed.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "gp/rules.h"
#include "gp/service_config.h"

namespace gp {

// rule P4: the temporary-transformer rental package a temporary-supply customer chose, with its
// terms as offered at the choice.
struct RentalTerms {
  std::string name;
  double capacity_kva = 0;
  std::int64_t monthly_price_fen = 0, deposit_fen = 0;
  int min_term_months = 1;
};

struct ContractParties {
  std::string number;         // application number
  std::string customer_name;
  std::string address;
  std::string contact_phone;
  std::string date_iso;       // the day the contract text was issued (YYYY-MM-DD)
  std::optional<std::int64_t> high_reliability_fee_fen;  // rule F1: as recorded with the supply plan
  std::optional<RentalTerms> rental;                     // rule P4: temporary supply with a rented transformer
};

// Chinese text first, then an English translation for reference.
std::string supply_contract_text(const Plan& plan, const ContractParties& parties, const ServiceConfig& cfg);

}  // namespace gp
