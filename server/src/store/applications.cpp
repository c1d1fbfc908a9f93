#include "store/applications.h"

#include "store/sql.h"

#include <cstdio>
#include <functional>
#include <map>
#include <sqlite3.h>

#include "store/counters.h"
#include "store/database.h"
#include "store/prepared.h"

namespace gp::store {
namespace {

constexpr const char* kCols =
    "SELECT a.id, a.number, a.customer_id, a.created_by, a.channel, a.facts, a.stage_limits, a.contact_name, a.contact_phone, "
    "a.address, a.meter_lat, a.meter_lng, a.submitted_at, a.status, a.stage, a.customer_manager_id, a.project_manager_id, "
    "a.level, a.escalation, a.deadline, a.completed_at, a.updated_at, a.sla_next_at FROM applications a ";

std::optional<std::int64_t> opt_int(SQLite::Statement& q, int i) {
  if (q.getColumn(i).isNull()) return std::nullopt;
  return q.getColumn(i).getInt64();
}
std::optional<double> opt_real(SQLite::Statement& q, int i) {
  if (q.getColumn(i).isNull()) return std::nullopt;
  return q.getColumn(i).getDouble();
}

ApplicationRow read(SQLite::Statement& q) {
  ApplicationRow a;
  a.id = q.getColumn(0).getInt64();
  a.number = q.getColumn(1).getString();
  a.customer_id = q.getColumn(2).getInt64();
  a.created_by = q.getColumn(3).getInt64();
  a.channel = q.getColumn(4).getString();
  a.facts = nlohmann::json::parse(q.getColumn(5).getString(), nullptr, false);
  a.stage_limits = nlohmann::json::parse(q.getColumn(6).getString(), nullptr, false);
  a.contact_name = q.getColumn(7).getString();
  a.contact_phone = q.getColumn(8).getString();
  a.address = q.getColumn(9).getString();
  a.meter_lat = opt_real(q, 10);
  a.meter_lng = opt_real(q, 11);
  a.submitted_at = q.getColumn(12).getInt64();
  a.status = q.getColumn(13).getString();
  a.stage = q.getColumn(14).getString();
  a.customer_manager_id = opt_int(q, 15);
  a.project_manager_id = opt_int(q, 16);
  a.level = q.getColumn(17).getString();
  a.escalation = q.getColumn(18).getInt();
  a.deadline = opt_int(q, 19);
  a.completed_at = opt_int(q, 20);
  a.updated_at = q.getColumn(21).getInt64();
  a.sla_next_at = opt_int(q, 22);
  return a;
}

template <class T>
void bind_opt(SQLite::Statement& q, int i, const std::optional<T>& v) {
  if (v) q.bind(i, *v);
  else q.bind(i);
}

}  // namespace

std::int64_t insert_application(SQLite::Database& db, const ApplicationRow& a) {
  SQLite::Statement q(db,
                      "INSERT INTO applications(number, customer_id, created_by, channel, facts, stage_limits, contact_name, contact_phone, "
                      "address, meter_lat, meter_lng, submitted_at, status, stage, customer_manager_id, project_manager_id, level, "
                      "escalation, deadline, completed_at, updated_at, sla_next_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
  q.bind(1, a.number);
  q.bind(2, a.customer_id);
  q.bind(3, a.created_by);
  q.bind(4, a.channel);
  q.bind(5, a.facts.dump());
  q.bind(6, a.stage_limits.dump());
  q.bind(7, a.contact_name);
  q.bind(8, a.contact_phone);
  q.bind(9, a.address);
  bind_opt(q, 10, a.meter_lat);
  bind_opt(q, 11, a.meter_lng);
  q.bind(12, static_cast<std::int64_t>(a.submitted_at));
  q.bind(13, a.status);
  q.bind(14, a.stage);
  bind_opt(q, 15, a.customer_manager_id);
  bind_opt(q, 16, a.project_manager_id);
  q.bind(17, a.level);
  q.bind(18, a.escalation);
  bind_opt(q, 19, a.deadline);
  bind_opt(q, 20, a.completed_at);
  q.bind(21, static_cast<std::int64_t>(a.updated_at));
  bind_opt(q, 22, a.sla_next_at);
  q.exec();
  return db.getLastInsertRowid();
}

void update_derived(SQLite::Database& db, std::int64_t id, const Derived& d) {
  Query q(db,
          "UPDATE applications SET status=?, stage=?, customer_manager_id=?, project_manager_id=?, level=?, "
          "escalation=?, deadline=?, completed_at=?, updated_at=?, sla_next_at=? WHERE id=?");
  q->bind(1, d.status);
  q->bind(2, d.stage);
  bind_opt(*q, 3, d.customer_manager_id);
  bind_opt(*q, 4, d.project_manager_id);
  q->bind(5, d.level);
  q->bind(6, d.escalation);
  bind_opt(*q, 7, d.deadline);
  bind_opt(*q, 8, d.completed_at);
  q->bind(9, static_cast<std::int64_t>(d.updated_at));
  bind_opt(*q, 10, d.sla_next_at);
  q->bind(11, id);
  q->exec();
}

std::optional<ApplicationRow> find_application(SQLite::Database& db, std::int64_t id) {
  Query q(db, std::string(kCols) + "WHERE a.id = ?");
  q->bind(1, id);
  if (q->executeStep()) return read(*q);
  return std::nullopt;
}

std::optional<ApplicationRow> find_application_by_number(SQLite::Database& db, const std::string& number) {
  Query q(db, std::string(kCols) + "WHERE a.number = ?");
  q->bind(1, number);
  if (q->executeStep()) return read(*q);
  return std::nullopt;
}

std::optional<TrackKey> find_track_key(SQLite::Database& db, const std::string& number) {
  Query q(db,
          "SELECT a.id, a.contact_phone, COALESCE(u.phone, ''), "
          "COALESCE((SELECT hash FROM events WHERE application_id = a.id ORDER BY id DESC LIMIT 1), '') "
          "FROM applications a LEFT JOIN users u ON u.id = a.customer_id WHERE a.number = ?");
  q->bind(1, number);
  if (!q->executeStep()) return std::nullopt;
  return TrackKey{q->getColumn(0).getInt64(), col_text(*q, 1), col_text(*q, 2), col_text(*q, 3)};
}

namespace {

// The queue's total counts up to every open application (~8 ms at 100,000, on every page): it
// is remembered per connection until anything is committed (data_version: by other connections;
// total_changes: by this one), so paging through an unchanged queue counts once.
std::int64_t cached_count(SQLite::Database& db, const std::string& key, const std::function<std::int64_t()>& count) {
  struct Entry {
    std::int64_t version, changes, total;
  };
  thread_local std::map<std::pair<sqlite3*, std::string>, Entry> cache;
  SQLite::Statement v(db, "PRAGMA data_version");
  v.executeStep();
  const std::int64_t version = v.getColumn(0).getInt64();
  const std::int64_t changes = sqlite3_total_changes(db.getHandle());
  const auto k = std::make_pair(db.getHandle(), key);
  auto it = cache.find(k);
  if (it != cache.end() && it->second.version == version && it->second.changes == changes) return it->second.total;
  if (cache.size() > 512) cache.clear();
  const std::int64_t total = count();
  cache[k] = {version, changes, total};
  return total;
}

}  // namespace

std::vector<ApplicationRow> list_applications(SQLite::Database& db, const ApplicationQuery& in, std::int64_t* total) {
  std::string status_sql;
  if (in.status == "open") status_sql = " AND a.status IN ('in_progress','waiting_customer')";
  else if (!in.status.empty()) status_sql = " AND a.status = :status";
  std::string where = "WHERE 1=1";
  if (in.customer_id) where += " AND a.customer_id = :customer";
  // A manager's applications: the status inside each arm, so that SQLite reads the two manager
  // indexes (applications_cm, applications_pm: manager, status) and joins them, instead of every
  // open application off the status index (~100 ms at 100,000; docs/performance.md).
  if (in.manager_id)
    where += " AND ((a.customer_manager_id = :manager" + status_sql + ") OR (a.project_manager_id = :manager" + status_sql + "))";
  else
    where += status_sql;
  if (in.customer_manager_id) where += " AND a.customer_manager_id = :cm";
  if (!in.stage.empty()) where += " AND a.stage = :stage";
  if (!in.level.empty()) where += " AND a.level = :level";
  if (!in.search.empty())
    where += " AND (a.number LIKE :like ESCAPE '\\' OR a.contact_name LIKE :like ESCAPE '\\' OR a.contact_phone LIKE :like ESCAPE '\\')";
  auto bind_all = [&](SQLite::Statement& q) {
    if (in.customer_id) q.bind(":customer", *in.customer_id);
    if (in.manager_id) q.bind(":manager", *in.manager_id);
    if (in.customer_manager_id) q.bind(":cm", *in.customer_manager_id);
    if (!in.status.empty() && in.status != "open") q.bind(":status", in.status);
    if (!in.stage.empty()) q.bind(":stage", in.stage);
    if (!in.level.empty()) q.bind(":level", in.level);
    if (!in.search.empty()) {
      std::string esc;
      for (char c : in.search) {
        if (c == '%' || c == '_' || c == '\\') esc += '\\';
        esc += c;
      }
      q.bind(":like", "%" + esc + "%");
    }
  };
  if (total) {
    std::string key = where;  // the statement and its values
    for (auto v : {in.customer_id, in.manager_id, in.customer_manager_id}) key += "\x1f" + (v ? std::to_string(*v) : "");
    for (const auto* v : {&in.status, &in.stage, &in.level, &in.search}) key += "\x1f" + *v;
    *total = cached_count(db, key, [&] {
      SQLite::Statement c(db, "SELECT COUNT(*) FROM applications a " + where);
      bind_all(c);
      c.executeStep();
      return c.getColumn(0).getInt64();
    });
  }
  // Urgency: overdue first, then warning, then by deadline; finished ones last. For open
  // applications (the queues) finished ones cannot occur, and the rest of the order is exactly the
  // partial index applications_open_urgency (migration 3): the page is read off the index instead
  // of sorting every open application (docs/performance.md).
  const bool open_only = in.status == "open" || in.status == "in_progress" || in.status == "waiting_customer";
  // The index is partial: the query must state the index's condition for SQLite to use it (a
  // single open status implies it, but SQLite does not infer that). Left to itself the planner
  // chose the status index and sorted every open row; a text search scans anyway.
  // A customer's or a manager's own applications are few: their indexes lead, and they are sorted.
  const bool urgency_off_index = open_only && in.sort != "newest" && in.search.empty() && !in.customer_id && !in.customer_manager_id;
  const bool by_urgency_index = urgency_off_index && !in.manager_id;
  // A manager's queue: the same order from the two per-manager indexes (migration 5), merged by
  // SQLite (a compound SELECT whose arms each come in index order), so a page reads its rows
  // instead of sorting all of the manager's open applications.
  const bool by_manager_indexes = urgency_off_index && in.manager_id.has_value();
  if (by_urgency_index && in.status != "open") where += " AND a.status IN ('in_progress','waiting_customer')";
  const std::string level_rank = "CASE a.level WHEN 'overdue' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END";
  const std::string deadline_or_last = "COALESCE(a.deadline, 9223372036854775807)";
  const std::string urgency = std::string(open_only ? "" : "CASE a.status WHEN 'completed' THEN 1 WHEN 'withdrawn' THEN 1 ELSE 0 END, ") +
                              level_rank + ", a.escalation DESC, " + deadline_or_last + ", a.id";
  const std::string order = in.sort == "newest" ? " ORDER BY a.submitted_at DESC, a.id DESC" : " ORDER BY " + urgency;
  std::string ids_sql;
  if (by_manager_indexes) {
    std::string filters = " AND a.status IN ('in_progress','waiting_customer')";  // the indexes' condition
    if (in.status != "open") filters += " AND a.status = :status";
    if (!in.stage.empty()) filters += " AND a.stage = :stage";
    if (!in.level.empty()) filters += " AND a.level = :level";
    const std::string cols = "SELECT a.id, " + level_rank + ", a.escalation, " + deadline_or_last + " FROM applications a ";
    ids_sql = cols + "INDEXED BY applications_cm_open_urgency WHERE a.customer_manager_id = :manager" + filters +
              " UNION " + cols + "INDEXED BY applications_pm_open_urgency WHERE a.project_manager_id = :manager" + filters +
              " ORDER BY 2, 3 DESC, 4, 1";
  } else {
    ids_sql = std::string("SELECT a.id FROM applications a ") + (by_urgency_index ? "INDEXED BY applications_open_urgency " : "") +
              where + order;
  }
  // Two steps: the ids of the page (a narrow sort, when one is needed), then their rows.
  SQLite::Statement ids(db, ids_sql + " LIMIT :limit OFFSET :offset");
  bind_all(ids);
  ids.bind(":limit", in.limit);
  ids.bind(":offset", in.offset);
  std::vector<std::int64_t> page;
  while (ids.executeStep()) page.push_back(ids.getColumn(0).getInt64());
  std::vector<ApplicationRow> out;
  SQLite::Statement q(db, std::string(kCols) + "WHERE a.id = ?");
  for (auto id : page) {
    q.reset();
    q.bind(1, id);
    if (q.executeStep()) out.push_back(read(q));
  }
  return out;
}

std::vector<std::int64_t> applications_due_for_sla(SQLite::Database& db, gp::Instant now) {
  // "+status": without it SQLite's planner led from the status index, i.e. read every open
  // application on every sweep; the partial index on sla_next_at finds only the due ones.
  SQLite::Statement q(db, "SELECT id FROM applications WHERE sla_next_at IS NOT NULL AND sla_next_at <= ? "
                          "AND +status IN ('in_progress','waiting_customer') ORDER BY sla_next_at, id");
  q.bind(1, static_cast<std::int64_t>(now));
  std::vector<std::int64_t> out;
  while (q.executeStep()) out.push_back(q.getColumn(0).getInt64());
  return out;
}

std::string next_application_number(SQLite::Database& db, const gp::Date& day, const std::string& prefix) {
  return next_daily_number(db, "application", prefix, day);
}

std::vector<std::int64_t> all_application_ids(SQLite::Database& db) {
  SQLite::Statement q(db, "SELECT id FROM applications ORDER BY id");
  std::vector<std::int64_t> ids;
  while (q.executeStep()) ids.push_back(q.getColumn(0).getInt64());
  return ids;
}

void set_updated_at(SQLite::Database& db, std::int64_t id, gp::Instant at) {
  Query q(db, "UPDATE applications SET updated_at = ? WHERE id = ?");
  q->bind(1, static_cast<std::int64_t>(at));
  q->bind(2, id);
  q->exec();
}

std::vector<std::int64_t> open_application_ids(SQLite::Database& db) {
  SQLite::Statement q(db, "SELECT id FROM applications WHERE status IN ('in_progress','waiting_customer') ORDER BY id");
  std::vector<std::int64_t> ids;
  while (q.executeStep()) ids.push_back(q.getColumn(0).getInt64());
  return ids;
}

std::vector<std::int64_t> completed_application_ids_of_manager(SQLite::Database& db, std::int64_t customer_manager_id) {
  std::vector<std::int64_t> ids;
  SQLite::Statement done(db, "SELECT id FROM applications WHERE customer_manager_id = ? AND status = 'completed'");
  done.bind(1, customer_manager_id);
  while (done.executeStep()) ids.push_back(done.getColumn(0).getInt64());
  return ids;
}

int count_open_applications_of_manager(SQLite::Database& db, std::int64_t customer_manager_id) {
  SQLite::Statement open(db, "SELECT COUNT(*) FROM applications WHERE customer_manager_id = ? AND status IN ('in_progress','waiting_customer')");
  open.bind(1, customer_manager_id);
  open.executeStep();
  return open.getColumn(0).getInt();
}

void make_open_applications_due_for_sla(SQLite::Database& db, gp::Instant now) {
  SQLite::Statement q(db, "UPDATE applications SET sla_next_at = ? WHERE status IN ('in_progress','waiting_customer') "
                          "AND sla_next_at IS NOT NULL");
  q.bind(1, static_cast<std::int64_t>(now));
  q.exec();
}

std::vector<std::int64_t> application_ids_submitted_before(SQLite::Database& db, gp::Instant before,
                                                           std::optional<std::int64_t> manager_id) {
  std::vector<std::int64_t> ids;
  SQLite::Statement q(db, std::string("SELECT id FROM applications WHERE submitted_at < ?") +
                              (manager_id ? " AND (customer_manager_id = ? OR project_manager_id = ?)" : "") + " ORDER BY id");
  q.bind(1, static_cast<std::int64_t>(before));
  if (manager_id) {
    q.bind(2, *manager_id);
    q.bind(3, *manager_id);
  }
  while (q.executeStep()) ids.push_back(q.getColumn(0).getInt64());
  return ids;
}

}  // namespace gp::store
