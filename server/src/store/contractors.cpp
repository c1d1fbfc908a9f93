#include "store/contractors.h"

#include "store/sql.h"

namespace gp::store {
namespace {

constexpr const char* kCols =
    "SELECT id, kind, categories, name, credit_code, licence_number, licence_class, scope, valid_from, valid_until, county, "
    "phone, withdrawn_at, created_at, updated_at FROM contractors ";

std::string join_categories(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : "|") + s;
  return out;
}

ContractorRow read(SQLite::Statement& q) {
  ContractorRow row;
  row.id = q.getColumn(0).getInt64();
  gp::ContractorRecord& r = row.record;
  r.kind = q.getColumn(1).getString();
  const std::string cats = q.getColumn(2).getString();
  for (std::size_t p = 0; p < cats.size();) {
    const std::size_t bar = cats.find('|', p);
    r.categories.push_back(cats.substr(p, bar == std::string::npos ? std::string::npos : bar - p));
    p = bar == std::string::npos ? cats.size() : bar + 1;
  }
  r.name = q.getColumn(3).getString();
  r.credit_code = q.getColumn(4).getString();
  r.licence_number = q.getColumn(5).getString();
  r.licence_class = q.getColumn(6).getString();
  r.scope = q.getColumn(7).getString();
  r.valid_from = gp::parse_date(q.getColumn(8).getString()).value_or(gp::Date{});
  r.valid_until = gp::parse_date(q.getColumn(9).getString()).value_or(gp::Date{});
  r.county = q.getColumn(10).getString();
  r.phone = q.getColumn(11).getString();
  if (!q.getColumn(12).isNull()) row.withdrawn_at = q.getColumn(12).getInt64();
  row.created_at = q.getColumn(13).getInt64();
  row.updated_at = q.getColumn(14).getInt64();
  return row;
}

void bind_record(SQLite::Statement& q, const gp::ContractorRecord& r) {
  q.bind(1, r.kind);
  q.bind(2, join_categories(r.categories));
  q.bind(3, r.name);
  q.bind(4, r.credit_code);
  q.bind(5, r.licence_number);
  q.bind(6, r.licence_class);
  q.bind(7, r.scope);
  q.bind(8, r.valid_from.iso());
  q.bind(9, r.valid_until.iso());
  q.bind(10, r.county);
  q.bind(11, r.phone);
}

std::string like(const std::string& s) {
  std::string out = "%";
  for (char c : s) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out + "%";
}

}  // namespace

std::int64_t find_contractor_by_licence(Conn& db, const std::string& kind, const std::string& licence_number) {
  SQLite::Statement q(db, "SELECT id FROM contractors WHERE kind = ? AND licence_number = ?");
  q.bind(1, kind);
  q.bind(2, licence_number);
  return q.executeStep() ? q.getColumn(0).getInt64() : 0;
}

std::int64_t insert_contractor(Conn& db, const gp::ContractorRecord& r, gp::Instant at, std::int64_t by) {
  SQLite::Statement q(db,
                      "INSERT INTO contractors(kind, categories, name, credit_code, licence_number, licence_class, scope, "
                      "valid_from, valid_until, county, phone, created_at, created_by, updated_at, updated_by) "
                      "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
  bind_record(q, r);
  q.bind(12, static_cast<std::int64_t>(at));
  if (by) q.bind(13, by);
  q.bind(14, static_cast<std::int64_t>(at));
  if (by) q.bind(15, by);
  q.exec();
  return db.getLastInsertRowid();
}

void update_contractor(Conn& db, std::int64_t id, const gp::ContractorRecord& r, gp::Instant at, std::int64_t by) {
  SQLite::Statement q(db,
                      "UPDATE contractors SET kind = ?, categories = ?, name = ?, credit_code = ?, licence_number = ?, "
                      "licence_class = ?, scope = ?, valid_from = ?, valid_until = ?, county = ?, phone = ?, updated_at = ?, "
                      "updated_by = ? WHERE id = ?");
  bind_record(q, r);
  q.bind(12, static_cast<std::int64_t>(at));
  if (by) q.bind(13, by);
  q.bind(14, id);
  q.exec();
}

bool withdraw_contractor(Conn& db, std::int64_t id, gp::Instant at, std::int64_t by) {
  SQLite::Statement q(db, "UPDATE contractors SET withdrawn_at = ?, updated_at = ?, updated_by = ? WHERE id = ? AND withdrawn_at IS NULL");
  q.bind(1, static_cast<std::int64_t>(at));
  q.bind(2, static_cast<std::int64_t>(at));
  if (by) q.bind(3, by);
  q.bind(4, id);
  return q.exec() == 1;
}

std::optional<ContractorRow> find_contractor(Conn& db, std::int64_t id) {
  SQLite::Statement q(db, std::string(kCols) + "WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep()) return std::nullopt;
  return read(q);
}

std::vector<ContractorRow> list_contractors(Conn& db, const ContractorQuery& f, std::int64_t* total) {
  std::string where = "WHERE (?1 = '' OR kind = ?1) AND (?2 = '' OR name LIKE ?3 ESCAPE '\\' OR licence_number LIKE ?3 ESCAPE '\\' "
                      "OR credit_code LIKE ?3 ESCAPE '\\') AND (?4 = '' OR county LIKE ?5 ESCAPE '\\') ";
  auto bind = [&](SQLite::Statement& q) {
    q.bind(1, f.kind);
    q.bind(2, f.search);
    q.bind(3, like(f.search));
    q.bind(4, f.county);
    q.bind(5, like(f.county));
  };
  if (total) {
    SQLite::Statement c(db, "SELECT COUNT(*) FROM contractors " + where);
    bind(c);
    c.executeStep();
    *total = c.getColumn(0).getInt64();
  }
  SQLite::Statement q(db, std::string(kCols) + where +
                              "ORDER BY CASE kind WHEN 'design' THEN 0 WHEN 'construction' THEN 1 ELSE 2 END, name, id LIMIT ?6 OFFSET ?7");
  bind(q);
  q.bind(6, f.limit);
  q.bind(7, f.offset);
  std::vector<ContractorRow> out;
  while (q.executeStep()) out.push_back(read(q));
  return out;
}

}  // namespace gp::store
