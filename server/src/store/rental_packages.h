// Temporary-transformer rental packages (临时变压器租赁套餐, rule P4) as staff define them. Never
// deleted: a package once chosen is named by applications; retired ones are inactive.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gp/date.h"
#include "store/conn.h"

namespace gp::store {

struct RentalPackageRow {
  std::int64_t id = 0;
  std::string name;
  double capacity_kva = 0;
  std::int64_t monthly_price_fen = 0, deposit_fen = 0;
  int min_term_months = 1;
  bool active = true;
  gp::Instant updated_at = 0;
};

std::int64_t insert_rental_package(Conn& db, const RentalPackageRow& r);
// Replaces every column but id; false when there is no such package.
bool update_rental_package(Conn& db, const RentalPackageRow& r);
std::optional<RentalPackageRow> find_rental_package(Conn& db, std::int64_t id);
// By capacity, then name; inactive ones only when `with_inactive`.
std::vector<RentalPackageRow> list_rental_packages(Conn& db, bool with_inactive);

}  // namespace gp::store
