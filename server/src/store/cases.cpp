#include "store/cases.h"

#include "store/sql.h"

namespace gp::store {
namespace {

constexpr const char* kCols =
    "SELECT c.id, c.number, c.kind, c.category, c.channel, c.text, c.anonymous, c.customer_id, c.contact_name, c.contact_phone, "
    "c.application_id, COALESCE(a.number, ''), c.recorded_by, c.callback_id, c.status, COALESCE(c.department, ''), c.assignee_id, "
    "COALESCE(c.assigned_at, 0), COALESCE(c.due_at, 0), c.answer, COALESCE(c.answered_at, 0), COALESCE(c.closed_at, 0), "
    "COALESCE(c.closing_note, ''), c.founded, COALESCE(c.responsible_department, ''), COALESCE(c.responsible_team, ''), "
    "c.responsible_person, c.rating, COALESCE(c.rating_comment, ''), c.created_at "
    "FROM cases c LEFT JOIN applications a ON a.id = c.application_id ";

std::optional<std::int64_t> opt_id(SQLite::Statement& q, int i) {
  if (q.getColumn(i).isNull()) return std::nullopt;
  return q.getColumn(i).getInt64();
}

CaseRow read(SQLite::Statement& q) {
  CaseRow r;
  r.id = q.getColumn(0).getInt64();
  r.number = q.getColumn(1).getString();
  r.kind = q.getColumn(2).getString();
  r.category = q.getColumn(3).getString();
  r.channel = q.getColumn(4).getString();
  r.text = q.getColumn(5).getString();
  r.anonymous = q.getColumn(6).getInt() != 0;
  r.customer_id = opt_id(q, 7);
  r.contact_name = q.getColumn(8).getString();
  r.contact_phone = q.getColumn(9).getString();
  r.application_id = opt_id(q, 10);
  r.application_number = q.getColumn(11).getString();
  r.recorded_by = opt_id(q, 12);
  r.callback_id = opt_id(q, 13);
  r.status = q.getColumn(14).getString();
  r.department = q.getColumn(15).getString();
  r.assignee_id = opt_id(q, 16);
  r.assigned_at = q.getColumn(17).getInt64();
  r.due_at = q.getColumn(18).getInt64();
  if (!q.getColumn(19).isNull()) r.answer = q.getColumn(19).getString();
  r.answered_at = q.getColumn(20).getInt64();
  r.closed_at = q.getColumn(21).getInt64();
  r.closing_note = q.getColumn(22).getString();
  if (!q.getColumn(23).isNull()) r.founded = q.getColumn(23).getInt() != 0;
  r.responsible_department = q.getColumn(24).getString();
  r.responsible_team = q.getColumn(25).getString();
  r.responsible_person = opt_id(q, 26);
  if (!q.getColumn(27).isNull()) r.rating = q.getColumn(27).getInt();
  r.rating_comment = q.getColumn(28).getString();
  r.created_at = q.getColumn(29).getInt64();
  return r;
}

template <class T>
void bind_opt(SQLite::Statement& q, int i, const std::optional<T>& v) {
  if (v) q.bind(i, *v);
  else q.bind(i);
}

}  // namespace

std::int64_t insert_case(Conn& db, const CaseRow& r) {
  SQLite::Statement q(db, "INSERT INTO cases(number, kind, category, channel, text, anonymous, customer_id, contact_name, contact_phone, "
                          "application_id, recorded_by, callback_id, status, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,'received',?)");
  q.bind(1, r.number);
  q.bind(2, r.kind);
  q.bind(3, r.category);
  q.bind(4, r.channel);
  q.bind(5, r.text);
  q.bind(6, r.anonymous ? 1 : 0);
  bind_opt(q, 7, r.customer_id);
  q.bind(8, r.contact_name);
  q.bind(9, r.contact_phone);
  bind_opt(q, 10, r.application_id);
  bind_opt(q, 11, r.recorded_by);
  bind_opt(q, 12, r.callback_id);
  q.bind(13, static_cast<std::int64_t>(r.created_at));
  q.exec();
  return db.getLastInsertRowid();
}

std::optional<CaseRow> find_case(Conn& db, std::int64_t id) {
  SQLite::Statement q(db, std::string(kCols) + "WHERE c.id = ?");
  q.bind(1, id);
  if (!q.executeStep()) return std::nullopt;
  return read(q);
}

std::optional<CaseRow> find_case_by_number(Conn& db, const std::string& number) {
  SQLite::Statement q(db, std::string(kCols) + "WHERE c.number = ?");
  q.bind(1, number);
  if (!q.executeStep()) return std::nullopt;
  return read(q);
}

std::vector<CaseRow> list_cases(Conn& db, const CaseQuery& f, std::int64_t* total) {
  std::string where = "WHERE c.kind IN (";
  for (std::size_t i = 0; i < f.kinds.size(); ++i) where += (i ? ",?" : "?");
  where += f.kinds.empty() ? "NULL)" : ")";
  if (f.customer_id) where += " AND c.customer_id = :me";
  if (f.assignee_id) where += " AND c.assignee_id = :assignee";
  if (!f.status.empty()) where += " AND c.status = :status";
  auto bind = [&](SQLite::Statement& q) {
    for (std::size_t i = 0; i < f.kinds.size(); ++i) q.bind(static_cast<int>(i + 1), f.kinds[i]);
    if (f.customer_id) q.bind(":me", *f.customer_id);
    if (f.assignee_id) q.bind(":assignee", *f.assignee_id);
    if (!f.status.empty()) q.bind(":status", f.status);
  };
  SQLite::Statement count(db, "SELECT COUNT(*) FROM cases c " + where);
  bind(count);
  count.executeStep();
  if (total) *total = count.getColumn(0).getInt64();
  SQLite::Statement q(db, std::string(kCols) + where + " ORDER BY c.id DESC LIMIT :limit OFFSET :offset");
  bind(q);
  q.bind(":limit", f.limit);
  q.bind(":offset", f.offset);
  std::vector<CaseRow> out;
  while (q.executeStep()) out.push_back(read(q));
  return out;
}

void assign_case(Conn& db, std::int64_t id, const std::string& department, std::int64_t assignee, gp::Instant at, gp::Instant due_at) {
  SQLite::Statement u(db, "UPDATE cases SET status = 'assigned', department = ?, assignee_id = ?, assigned_at = ?, due_at = ? WHERE id = ?");
  u.bind(1, department);
  u.bind(2, assignee);
  u.bind(3, static_cast<std::int64_t>(at));
  u.bind(4, static_cast<std::int64_t>(due_at));
  u.bind(5, id);
  u.exec();
}

void answer_case(Conn& db, std::int64_t id, const std::string& answer, gp::Instant at) {
  SQLite::Statement u(db, "UPDATE cases SET status = 'answered', answer = ?, answered_at = ? WHERE id = ?");
  u.bind(1, answer);
  u.bind(2, static_cast<std::int64_t>(at));
  u.bind(3, id);
  u.exec();
}

void close_case(Conn& db, std::int64_t id, const CaseClosingRow& c, gp::Instant at) {
  SQLite::Statement u(db, "UPDATE cases SET status = 'closed', closed_at = ?, closing_note = ?, founded = ?, responsible_department = ?, "
                          "responsible_team = ?, responsible_person = ? WHERE id = ?");
  u.bind(1, static_cast<std::int64_t>(at));
  u.bind(2, c.note);
  u.bind(3, c.founded ? 1 : 0);
  u.bind(4, c.department);
  u.bind(5, c.team);
  bind_opt(u, 6, c.person);
  u.bind(7, id);
  u.exec();
}

void rate_case(Conn& db, std::int64_t id, int rating, const std::string& comment, gp::Instant at) {
  SQLite::Statement u(db, "UPDATE cases SET rating = ?, rating_comment = ?, rated_at = ? WHERE id = ? AND rating IS NULL");
  u.bind(1, rating);
  u.bind(2, comment);
  u.bind(3, static_cast<std::int64_t>(at));
  u.bind(4, id);
  u.exec();
}

std::vector<CaseRow> assigned_cases(Conn& db) {
  SQLite::Statement q(db, std::string(kCols) + "WHERE c.status = 'assigned' AND c.due_at IS NOT NULL ORDER BY c.due_at");
  std::vector<CaseRow> out;
  while (q.executeStep()) out.push_back(read(q));
  return out;
}

std::vector<ProhibitionCountRow> prohibition_counts(Conn& db, const std::vector<std::string>& categories, gp::Instant from,
                                                    gp::Instant to) {
  std::string in;
  for (std::size_t i = 0; i < categories.size(); ++i) in += (i ? ",?" : "?");
  if (in.empty()) return {};
  SQLite::Statement q(db, "SELECT category, responsible_department, responsible_team, responsible_person, COUNT(*) FROM cases "
                          "WHERE status = 'closed' AND founded = 1 AND closed_at >= ? AND closed_at < ? AND responsible_person IS NOT NULL "
                          "AND category IN (" + in + ") GROUP BY category, responsible_department, responsible_team, responsible_person "
                          "ORDER BY category, responsible_department, responsible_team, responsible_person");
  q.bind(1, static_cast<std::int64_t>(from));
  q.bind(2, static_cast<std::int64_t>(to));
  for (std::size_t i = 0; i < categories.size(); ++i) q.bind(static_cast<int>(i + 3), categories[i]);
  std::vector<ProhibitionCountRow> out;
  while (q.executeStep())
    out.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getString(), q.getColumn(3).getInt64(),
                   q.getColumn(4).getInt()});
  return out;
}

}  // namespace gp::store
