#include "store/consultations.h"

#include "store/sql.h"

namespace gp::store {
namespace {

constexpr const char* kCols =
    "SELECT id, customer_id, company, credit_code, capacity_kw, voltage_kv, address, industry, in_provincial_park, "
    "asset_transfer, created_at, opinion, replied_by, replied_at FROM consultations ";

ConsultationRow read(SQLite::Statement& q) {
  ConsultationRow r;
  r.id = q.getColumn(0).getInt64();
  r.customer_id = q.getColumn(1).getInt64();
  r.company = q.getColumn(2).getString();
  r.credit_code = q.getColumn(3).getString();
  r.capacity_kw = q.getColumn(4).getDouble();
  r.voltage_kv = q.getColumn(5).getDouble();
  r.address = q.getColumn(6).getString();
  r.industry = q.getColumn(7).getString();
  r.in_provincial_park = q.getColumn(8).getInt() != 0;
  r.asset_transfer = q.getColumn(9).getInt() != 0;
  r.created_at = q.getColumn(10).getInt64();
  if (!q.getColumn(11).isNull()) r.opinion = q.getColumn(11).getString();
  if (!q.getColumn(12).isNull()) r.replied_by = q.getColumn(12).getInt64();
  r.replied_at = q.getColumn(13).getInt64();
  return r;
}

}  // namespace

std::int64_t insert_consultation(Conn& db, const ConsultationRow& r) {
  SQLite::Statement q(db, "INSERT INTO consultations(customer_id, company, credit_code, capacity_kw, voltage_kv, address, industry, "
                          "in_provincial_park, asset_transfer, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)");
  q.bind(1, r.customer_id);
  q.bind(2, r.company);
  q.bind(3, r.credit_code);
  q.bind(4, r.capacity_kw);
  q.bind(5, r.voltage_kv);
  q.bind(6, r.address);
  q.bind(7, r.industry);
  q.bind(8, r.in_provincial_park ? 1 : 0);
  q.bind(9, r.asset_transfer ? 1 : 0);
  q.bind(10, static_cast<std::int64_t>(r.created_at));
  q.exec();
  return db.getLastInsertRowid();
}

std::optional<ConsultationRow> find_consultation(Conn& db, std::int64_t id) {
  SQLite::Statement q(db, std::string(kCols) + "WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep()) return std::nullopt;
  return read(q);
}

std::vector<ConsultationRow> list_consultations(Conn& db, const ConsultationQuery& f, std::int64_t* total) {
  std::string where = "WHERE 1=1";
  if (f.customer_id) where += " AND customer_id = :me";
  if (f.status == "open") where += " AND opinion IS NULL";
  if (f.status == "replied") where += " AND opinion IS NOT NULL";
  SQLite::Statement count(db, "SELECT COUNT(*) FROM consultations " + where);
  if (f.customer_id) count.bind(":me", *f.customer_id);
  count.executeStep();
  if (total) *total = count.getColumn(0).getInt64();
  SQLite::Statement q(db, std::string(kCols) + where + " ORDER BY id DESC LIMIT :limit OFFSET :offset");
  if (f.customer_id) q.bind(":me", *f.customer_id);
  q.bind(":limit", f.limit);
  q.bind(":offset", f.offset);
  std::vector<ConsultationRow> out;
  while (q.executeStep()) out.push_back(read(q));
  return out;
}

void reply_consultation(Conn& db, std::int64_t id, const std::string& opinion, std::int64_t by, gp::Instant at) {
  SQLite::Statement u(db, "UPDATE consultations SET opinion = ?, replied_by = ?, replied_at = ? WHERE id = ? AND opinion IS NULL");
  u.bind(1, opinion);
  u.bind(2, by);
  u.bind(3, static_cast<std::int64_t>(at));
  u.bind(4, id);
  u.exec();
}

}  // namespace gp::store
