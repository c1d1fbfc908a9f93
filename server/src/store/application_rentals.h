// The rental package a temporary-supply application chose (rule P4), with the package's terms as
// they were at the choice: the plan and the supply contract name these, so a later change of the
// package's price does not rewrite what the customer was offered.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "gp/date.h"
#include "store/conn.h"

namespace gp::store {

struct ApplicationRentalRow {
  std::int64_t application_id = 0;
  std::int64_t package_id = 0;
  std::string name;
  double capacity_kva = 0;
  std::int64_t monthly_price_fen = 0, deposit_fen = 0;
  int min_term_months = 1;
  gp::Instant chosen_at = 0;
};

void insert_application_rental(Conn& db, const ApplicationRentalRow& r);
std::optional<ApplicationRentalRow> find_application_rental(Conn& db, std::int64_t application_id);

}  // namespace gp::store
