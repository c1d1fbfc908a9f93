#include "store/callbacks.h"

#include "store/sql.h"

namespace gp::store {
namespace {

constexpr const char* kCols =
    "SELECT b.id, b.application_id, b.case_id, COALESCE(a.number, ''), COALESCE(c.number, ''), b.reached, b.satisfied, "
    "b.extra_document, b.visited_more_than_once, b.asked_to_pay, b.exceeded_time, b.other, b.mismatches, b.mismatch_count, "
    "b.customer_manager_id, b.recorded_by, b.recorded_at "
    "FROM callbacks b LEFT JOIN applications a ON a.id = b.application_id LEFT JOIN cases c ON c.id = b.case_id ";

CallbackRow read(SQLite::Statement& q) {
  CallbackRow r;
  r.id = q.getColumn(0).getInt64();
  if (!q.getColumn(1).isNull()) r.application_id = q.getColumn(1).getInt64();
  if (!q.getColumn(2).isNull()) r.case_id = q.getColumn(2).getInt64();
  r.application_number = q.getColumn(3).getString();
  r.case_number = q.getColumn(4).getString();
  r.reached = q.getColumn(5).getInt() != 0;
  if (!q.getColumn(6).isNull()) r.satisfied = q.getColumn(6).getInt() != 0;
  r.extra_document = q.getColumn(7).getInt() != 0;
  r.visited_more_than_once = q.getColumn(8).getInt() != 0;
  r.asked_to_pay = q.getColumn(9).getInt() != 0;
  r.exceeded_time = q.getColumn(10).getInt() != 0;
  r.other = q.getColumn(11).getString();
  r.mismatches = q.getColumn(12).getString();
  r.mismatch_count = q.getColumn(13).getInt();
  if (!q.getColumn(14).isNull()) r.customer_manager_id = q.getColumn(14).getInt64();
  r.recorded_by = q.getColumn(15).getInt64();
  r.recorded_at = q.getColumn(16).getInt64();
  return r;
}

}  // namespace

std::int64_t insert_callback(Conn& db, const CallbackRow& r) {
  SQLite::Statement q(db, "INSERT INTO callbacks(application_id, case_id, reached, satisfied, extra_document, visited_more_than_once, "
                          "asked_to_pay, exceeded_time, other, mismatches, mismatch_count, customer_manager_id, recorded_by, recorded_at) "
                          "VALUES (?,?,?,?,?,?,?,?,?,'[]',0,?,?,?)");
  if (r.application_id) q.bind(1, *r.application_id);
  else q.bind(1);
  if (r.case_id) q.bind(2, *r.case_id);
  else q.bind(2);
  q.bind(3, r.reached ? 1 : 0);
  if (r.satisfied) q.bind(4, *r.satisfied ? 1 : 0);
  else q.bind(4);
  q.bind(5, r.extra_document ? 1 : 0);
  q.bind(6, r.visited_more_than_once ? 1 : 0);
  q.bind(7, r.asked_to_pay ? 1 : 0);
  q.bind(8, r.exceeded_time ? 1 : 0);
  q.bind(9, r.other);
  if (r.customer_manager_id) q.bind(10, *r.customer_manager_id);
  else q.bind(10);
  q.bind(11, r.recorded_by);
  q.bind(12, static_cast<std::int64_t>(r.recorded_at));
  q.exec();
  return db.getLastInsertRowid();
}

void set_callback_mismatches(Conn& db, std::int64_t id, const std::string& mismatches_json, int count) {
  SQLite::Statement u(db, "UPDATE callbacks SET mismatches = ?, mismatch_count = ? WHERE id = ?");
  u.bind(1, mismatches_json);
  u.bind(2, count);
  u.bind(3, id);
  u.exec();
}

std::optional<CallbackRow> find_callback(Conn& db, std::int64_t id) {
  SQLite::Statement q(db, std::string(kCols) + "WHERE b.id = ?");
  q.bind(1, id);
  if (!q.executeStep()) return std::nullopt;
  return read(q);
}

std::vector<CallbackRow> list_callbacks(Conn& db, int offset, int limit, std::int64_t* total) {
  SQLite::Statement count(db, "SELECT COUNT(*) FROM callbacks");
  count.executeStep();
  if (total) *total = count.getColumn(0).getInt64();
  SQLite::Statement q(db, std::string(kCols) + "ORDER BY b.id DESC LIMIT ? OFFSET ?");
  q.bind(1, limit);
  q.bind(2, offset);
  std::vector<CallbackRow> out;
  while (q.executeStep()) out.push_back(read(q));
  return out;
}

std::map<std::int64_t, std::vector<gp::Instant>> callback_mismatch_times(Conn& db) {
  SQLite::Statement q(db, "SELECT application_id, recorded_at, mismatch_count FROM callbacks WHERE application_id IS NOT NULL AND mismatch_count > 0");
  std::map<std::int64_t, std::vector<gp::Instant>> out;
  while (q.executeStep())
    for (int i = 0; i < q.getColumn(2).getInt(); ++i) out[q.getColumn(0).getInt64()].push_back(q.getColumn(1).getInt64());
  return out;
}

std::vector<std::pair<std::int64_t, int>> callback_mismatches_per_manager(Conn& db, gp::Instant from, gp::Instant to) {
  SQLite::Statement q(db, "SELECT customer_manager_id, SUM(mismatch_count) FROM callbacks WHERE recorded_at >= ? AND recorded_at < ? "
                          "AND customer_manager_id IS NOT NULL AND mismatch_count > 0 GROUP BY customer_manager_id");
  q.bind(1, static_cast<std::int64_t>(from));
  q.bind(2, static_cast<std::int64_t>(to));
  std::vector<std::pair<std::int64_t, int>> out;
  while (q.executeStep()) out.emplace_back(q.getColumn(0).getInt64(), q.getColumn(1).getInt());
  return out;
}

}  // namespace gp::store
