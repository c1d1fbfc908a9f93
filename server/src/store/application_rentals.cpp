#include "store/application_rentals.h"

#include "store/sql.h"

namespace gp::store {

void insert_application_rental(Conn& db, const ApplicationRentalRow& r) {
  SQLite::Statement q(db, "INSERT INTO application_rentals(application_id, package_id, name, capacity_kva, monthly_price_fen, "
                          "deposit_fen, min_term_months, chosen_at) VALUES (?,?,?,?,?,?,?,?)");
  q.bind(1, r.application_id);
  q.bind(2, r.package_id);
  q.bind(3, r.name);
  q.bind(4, r.capacity_kva);
  q.bind(5, r.monthly_price_fen);
  q.bind(6, r.deposit_fen);
  q.bind(7, r.min_term_months);
  q.bind(8, static_cast<std::int64_t>(r.chosen_at));
  q.exec();
}

std::optional<ApplicationRentalRow> find_application_rental(Conn& db, std::int64_t application_id) {
  Query q(db, "SELECT application_id, package_id, name, capacity_kva, monthly_price_fen, deposit_fen, min_term_months, chosen_at "
              "FROM application_rentals WHERE application_id = ?");
  q->bind(1, application_id);
  if (!q->executeStep()) return std::nullopt;
  ApplicationRentalRow r;
  r.application_id = q->getColumn(0).getInt64();
  r.package_id = q->getColumn(1).getInt64();
  r.name = q->getColumn(2).getString();
  r.capacity_kva = q->getColumn(3).getDouble();
  r.monthly_price_fen = q->getColumn(4).getInt64();
  r.deposit_fen = q->getColumn(5).getInt64();
  r.min_term_months = q->getColumn(6).getInt();
  r.chosen_at = q->getColumn(7).getInt64();
  return r;
}

}  // namespace gp::store
