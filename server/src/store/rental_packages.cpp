#include "store/rental_packages.h"

#include "store/sql.h"

namespace gp::store {
namespace {

constexpr const char* kCols =
    "SELECT id, name, capacity_kva, monthly_price_fen, deposit_fen, min_term_months, active, updated_at FROM rental_packages ";

RentalPackageRow read(SQLite::Statement& q) {
  RentalPackageRow r;
  r.id = q.getColumn(0).getInt64();
  r.name = q.getColumn(1).getString();
  r.capacity_kva = q.getColumn(2).getDouble();
  r.monthly_price_fen = q.getColumn(3).getInt64();
  r.deposit_fen = q.getColumn(4).getInt64();
  r.min_term_months = q.getColumn(5).getInt();
  r.active = q.getColumn(6).getInt() != 0;
  r.updated_at = q.getColumn(7).getInt64();
  return r;
}

void bind_values(SQLite::Statement& q, const RentalPackageRow& r) {
  q.bind(1, r.name);
  q.bind(2, r.capacity_kva);
  q.bind(3, r.monthly_price_fen);
  q.bind(4, r.deposit_fen);
  q.bind(5, r.min_term_months);
  q.bind(6, r.active ? 1 : 0);
  q.bind(7, static_cast<std::int64_t>(r.updated_at));
}

}  // namespace

std::int64_t insert_rental_package(Conn& db, const RentalPackageRow& r) {
  SQLite::Statement q(db, "INSERT INTO rental_packages(name, capacity_kva, monthly_price_fen, deposit_fen, min_term_months, active, "
                          "updated_at) VALUES (?,?,?,?,?,?,?)");
  bind_values(q, r);
  q.exec();
  return db.getLastInsertRowid();
}

bool update_rental_package(Conn& db, const RentalPackageRow& r) {
  SQLite::Statement q(db, "UPDATE rental_packages SET name = ?, capacity_kva = ?, monthly_price_fen = ?, deposit_fen = ?, "
                          "min_term_months = ?, active = ?, updated_at = ? WHERE id = ?");
  bind_values(q, r);
  q.bind(8, r.id);
  return q.exec() == 1;
}

std::optional<RentalPackageRow> find_rental_package(Conn& db, std::int64_t id) {
  SQLite::Statement q(db, std::string(kCols) + "WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep()) return std::nullopt;
  return read(q);
}

std::vector<RentalPackageRow> list_rental_packages(Conn& db, bool with_inactive) {
  SQLite::Statement q(db, std::string(kCols) + (with_inactive ? "" : "WHERE active = 1 ") + "ORDER BY capacity_kva, name, id");
  std::vector<RentalPackageRow> out;
  while (q.executeStep()) out.push_back(read(q));
  return out;
}

}  // namespace gp::store
