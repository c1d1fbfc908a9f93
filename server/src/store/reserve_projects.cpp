#include "store/reserve_projects.h"

#include "store/sql.h"

namespace gp::store {
namespace {

constexpr const char* kCols =
    "SELECT id, approval_number, project_name, company, credit_code, address, capacity_kw, voltage_kv, industry, "
    "in_provincial_park, expected_date, contact_name, contact_phone, source, imported_at, status, application_id, "
    "converted_at FROM reserve_projects ";

ReserveProjectRow read(SQLite::Statement& q) {
  ReserveProjectRow row;
  row.id = q.getColumn(0).getInt64();
  gp::ReserveRecord& r = row.record;
  r.approval_number = q.getColumn(1).getString();
  r.project_name = q.getColumn(2).getString();
  r.company = q.getColumn(3).getString();
  r.credit_code = q.getColumn(4).getString();
  r.address = q.getColumn(5).getString();
  r.capacity_kw = q.getColumn(6).getDouble();
  r.voltage_kv = q.getColumn(7).getDouble();
  r.industry = gp::parse_industry(q.getColumn(8).getString()).value_or(gp::Industry::industrial);
  r.in_provincial_park = q.getColumn(9).getInt() != 0;
  if (!q.getColumn(10).isNull()) r.expected_date = gp::parse_date(q.getColumn(10).getString());
  r.contact_name = q.getColumn(11).getString();
  r.contact_phone = q.getColumn(12).getString();
  row.source = q.getColumn(13).getString();
  row.imported_at = q.getColumn(14).getInt64();
  row.status = q.getColumn(15).getString();
  if (!q.getColumn(16).isNull()) row.application_id = q.getColumn(16).getInt64();
  if (!q.getColumn(17).isNull()) row.converted_at = q.getColumn(17).getInt64();
  return row;
}

}  // namespace

bool reserve_project_exists(Conn& db, const std::string& approval_number) {
  SQLite::Statement q(db, "SELECT 1 FROM reserve_projects WHERE approval_number = ?");
  q.bind(1, approval_number);
  return q.executeStep();
}

void insert_reserve_projects(Conn& db, const std::vector<gp::ReserveRecord>& records, const std::string& source, gp::Instant at,
                             std::int64_t imported_by) {
  SQLite::Statement ins(db,
                        "INSERT INTO reserve_projects(approval_number, project_name, company, credit_code, address, capacity_kw, "
                        "voltage_kv, industry, in_provincial_park, expected_date, contact_name, contact_phone, source, imported_at, "
                        "imported_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
  for (const auto& r : records) {
    ins.reset();
    ins.clearBindings();
    ins.bind(1, r.approval_number);
    ins.bind(2, r.project_name);
    ins.bind(3, r.company);
    ins.bind(4, r.credit_code);
    ins.bind(5, r.address);
    ins.bind(6, r.capacity_kw);
    ins.bind(7, r.voltage_kv);
    ins.bind(8, gp::to_string(r.industry));
    ins.bind(9, r.in_provincial_park ? 1 : 0);
    if (r.expected_date) ins.bind(10, r.expected_date->iso()); else ins.bind(10);
    ins.bind(11, r.contact_name);
    ins.bind(12, r.contact_phone);
    ins.bind(13, source);
    ins.bind(14, static_cast<std::int64_t>(at));
    ins.bind(15, imported_by);
    ins.exec();
  }
}

std::optional<ReserveProjectRow> find_reserve_project(Conn& db, const std::string& approval_number) {
  SQLite::Statement q(db, std::string(kCols) + "WHERE approval_number = ?");
  q.bind(1, approval_number);
  if (!q.executeStep()) return std::nullopt;
  return read(q);
}

std::vector<ReserveProjectRow> list_reserve_projects(Conn& db, const ReserveQuery& f, std::int64_t* total) {
  std::string where = "WHERE 1=1";
  if (!f.status.empty()) where += " AND status = :status";
  if (!f.search.empty())
    where += " AND (approval_number LIKE :like ESCAPE '\\' OR project_name LIKE :like ESCAPE '\\' OR company LIKE :like ESCAPE '\\')";
  auto bind_all = [&](SQLite::Statement& q) {
    if (!f.status.empty()) q.bind(":status", f.status);
    if (!f.search.empty()) {
      std::string esc;
      for (char ch : f.search) {
        if (ch == '%' || ch == '_' || ch == '\\') esc += '\\';
        esc += ch;
      }
      q.bind(":like", "%" + esc + "%");
    }
  };
  SQLite::Statement count(db, "SELECT COUNT(*) FROM reserve_projects " + where);
  bind_all(count);
  count.executeStep();
  if (total) *total = count.getColumn(0).getInt64();
  SQLite::Statement q(db, std::string(kCols) + where + " ORDER BY id DESC LIMIT :limit OFFSET :offset");
  bind_all(q);
  q.bind(":limit", f.limit);
  q.bind(":offset", f.offset);
  std::vector<ReserveProjectRow> out;
  while (q.executeStep()) out.push_back(read(q));
  return out;
}

bool mark_reserve_converted(Conn& db, std::int64_t id, std::int64_t application_id, gp::Instant at, std::int64_t by) {
  SQLite::Statement u(db, "UPDATE reserve_projects SET status = 'converted', application_id = ?, converted_at = ?, converted_by = ? "
                          "WHERE id = ? AND status = 'reserve'");
  u.bind(1, application_id);
  u.bind(2, static_cast<std::int64_t>(at));
  u.bind(3, by);
  u.bind(4, id);
  return u.exec() == 1;
}

}  // namespace gp::store
