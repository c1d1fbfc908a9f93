#include "store/cost_consultations.h"

#include "store/sql.h"

namespace gp::store {
namespace {

constexpr const char* kCols =
    "SELECT id, customer_id, request, use, area, created_at, limit_working_days, recommended_capacity_kva, standard_equipment, "
    "cost_reference, answered_by, answered_at, score, rating_comment, rated_at FROM cost_consultations ";

CostConsultationRow read(SQLite::Statement& q) {
  CostConsultationRow r;
  r.id = q.getColumn(0).getInt64();
  r.customer_id = q.getColumn(1).getInt64();
  r.request = q.getColumn(2).getString();
  r.use = q.getColumn(3).getString();
  r.area = q.getColumn(4).getString();
  r.created_at = q.getColumn(5).getInt64();
  r.limit_working_days = q.getColumn(6).getInt();
  if (!q.getColumn(7).isNull()) r.recommended_capacity_kva = q.getColumn(7).getDouble();
  r.standard_equipment = q.getColumn(8).getString();
  r.cost_reference = q.getColumn(9).getString();
  if (!q.getColumn(10).isNull()) r.answered_by = q.getColumn(10).getInt64();
  r.answered_at = q.getColumn(11).getInt64();
  if (!q.getColumn(12).isNull()) r.score = q.getColumn(12).getInt();
  r.rating_comment = q.getColumn(13).getString();
  r.rated_at = q.getColumn(14).getInt64();
  return r;
}

}  // namespace

std::int64_t insert_cost_consultation(Conn& db, const CostConsultationRow& r) {
  SQLite::Statement q(db, "INSERT INTO cost_consultations(customer_id, request, use, area, created_at, limit_working_days) VALUES (?,?,?,?,?,?)");
  q.bind(1, r.customer_id);
  q.bind(2, r.request);
  q.bind(3, r.use);
  q.bind(4, r.area);
  q.bind(5, static_cast<std::int64_t>(r.created_at));
  q.bind(6, r.limit_working_days);
  q.exec();
  return db.getLastInsertRowid();
}

std::optional<CostConsultationRow> find_cost_consultation(Conn& db, std::int64_t id) {
  SQLite::Statement q(db, std::string(kCols) + "WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep()) return std::nullopt;
  return read(q);
}

std::vector<CostConsultationRow> list_cost_consultations(Conn& db, const CostConsultationQuery& f, std::int64_t* total) {
  std::string where = "WHERE 1=1";
  if (f.customer_id) where += " AND customer_id = :me";
  if (f.status == "open") where += " AND recommended_capacity_kva IS NULL";
  if (f.status == "answered") where += " AND recommended_capacity_kva IS NOT NULL AND score IS NULL";
  if (f.status == "rated") where += " AND score IS NOT NULL";
  if (!f.use.empty()) where += " AND use = :use";
  if (!f.area.empty()) where += " AND area = :area";
  auto bind = [&](SQLite::Statement& s) {
    if (f.customer_id) s.bind(":me", *f.customer_id);
    if (!f.use.empty()) s.bind(":use", f.use);
    if (!f.area.empty()) s.bind(":area", f.area);
  };
  SQLite::Statement count(db, "SELECT COUNT(*) FROM cost_consultations " + where);
  bind(count);
  count.executeStep();
  if (total) *total = count.getColumn(0).getInt64();
  SQLite::Statement q(db, std::string(kCols) + where + " ORDER BY id DESC LIMIT :limit OFFSET :offset");
  bind(q);
  q.bind(":limit", f.limit);
  q.bind(":offset", f.offset);
  std::vector<CostConsultationRow> out;
  while (q.executeStep()) out.push_back(read(q));
  return out;
}

std::vector<CostConsultationRow> open_cost_consultations(Conn& db) {
  SQLite::Statement q(db, std::string(kCols) + "WHERE recommended_capacity_kva IS NULL ORDER BY id");
  std::vector<CostConsultationRow> out;
  while (q.executeStep()) out.push_back(read(q));
  return out;
}

bool answer_cost_consultation(Conn& db, std::int64_t id, double kva, const std::string& equipment, const std::string& cost_reference,
                              std::int64_t by, gp::Instant at) {
  SQLite::Statement u(db, "UPDATE cost_consultations SET recommended_capacity_kva = ?, standard_equipment = ?, cost_reference = ?, "
                          "answered_by = ?, answered_at = ? WHERE id = ? AND recommended_capacity_kva IS NULL");
  u.bind(1, kva);
  u.bind(2, equipment);
  u.bind(3, cost_reference);
  u.bind(4, by);
  u.bind(5, static_cast<std::int64_t>(at));
  u.bind(6, id);
  return u.exec() == 1;
}

bool rate_cost_consultation(Conn& db, std::int64_t id, int score, const std::string& comment, gp::Instant at) {
  SQLite::Statement u(db, "UPDATE cost_consultations SET score = ?, rating_comment = ?, rated_at = ? "
                          "WHERE id = ? AND score IS NULL AND recommended_capacity_kva IS NOT NULL");
  u.bind(1, score);
  u.bind(2, comment);
  u.bind(3, static_cast<std::int64_t>(at));
  u.bind(4, id);
  return u.exec() == 1;
}

}  // namespace gp::store
