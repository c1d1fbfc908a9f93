// Applications: the submitted facts and contact data, plus columns derived from the events
// (status, stage, managers, SLA level) that the queue and the SLA job filter on.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "store/conn.h"
#include <nlohmann/json.hpp>

#include "gp/date.h"

namespace gp::store {

struct ApplicationRow {
  std::int64_t id = 0;
  std::string number;
  std::int64_t customer_id = 0;
  std::int64_t created_by = 0;
  std::string channel;
  nlohmann::json facts;        // resolved facts (the plan's "facts")
  nlohmann::json stage_limits; // the plan's stage limits at submission (configuration may change later)
  std::string contact_name, contact_phone, address;
  std::optional<double> meter_lat, meter_lng;
  gp::Instant submitted_at = 0;
  // derived
  std::string status, stage;
  std::optional<std::int64_t> customer_manager_id, project_manager_id;
  std::string level = "normal";
  int escalation = 0;
  std::optional<gp::Instant> deadline, completed_at, sla_next_at;
  gp::Instant updated_at = 0;
};

struct Derived {
  std::string status, stage;
  std::optional<std::int64_t> customer_manager_id, project_manager_id;
  std::string level;
  int escalation = 0;
  std::optional<gp::Instant> deadline, completed_at, sla_next_at;
  gp::Instant updated_at = 0;
};

std::int64_t insert_application(SQLite::Database& db, const ApplicationRow& a);
void update_derived(SQLite::Database& db, std::int64_t id, const Derived& d);
std::optional<ApplicationRow> find_application(SQLite::Database& db, std::int64_t id);
std::optional<ApplicationRow> find_application_by_number(SQLite::Database& db, const std::string& number);
// What decides whether a kept progress answer still holds, in one indexed lookup: the phones that
// may ask and the hash of the application's last event (a new event always changes it).
struct TrackKey {
  std::int64_t id = 0;
  std::string contact_phone, customer_phone, last_event_hash;
};
std::optional<TrackKey> find_track_key(SQLite::Database& db, const std::string& number);

struct ApplicationQuery {
  std::optional<std::int64_t> customer_id;
  std::optional<std::int64_t> manager_id;   // assigned as customer manager or project manager
  std::optional<std::int64_t> customer_manager_id;
  std::string status;        // one status, or "open" (in_progress + waiting_customer)
  std::string stage;
  std::string level;
  std::string search;        // number, contact name or phone (prefix / substring)
  std::string sort = "urgency";  // urgency | newest
  int offset = 0;
  int limit = 20;
};
std::vector<ApplicationRow> list_applications(SQLite::Database& db, const ApplicationQuery& q, std::int64_t* total);

// Open applications whose SLA level may have changed by `now` (for the SLA job).
std::vector<std::int64_t> applications_due_for_sla(SQLite::Database& db, gp::Instant now);

// The next human-readable number of a day: "ZX-YYYYMMDD-NNNN" (ZX: 邾县).
std::string next_application_number(SQLite::Database& db, const gp::Date& day, const std::string& prefix = "ZX");

// Ids for use cases that walk applications (issue 16: their statements moved here from services/).
// A customer manager's completed applications (rule M3), and how many they hold open.
std::vector<std::int64_t> completed_application_ids_of_manager(SQLite::Database& db, std::int64_t customer_manager_id);
int count_open_applications_of_manager(SQLite::Database& db, std::int64_t customer_manager_id);
// Makes the next SLA sweep look at every open application with a pending mark (rules M1, M2).
void make_open_applications_due_for_sla(SQLite::Database& db, gp::Instant now);
// Applications submitted before `before`, by id; with `manager_id`, only those it holds as
// customer or project manager (rule M4).
std::vector<std::int64_t> application_ids_submitted_before(SQLite::Database& db, gp::Instant before,
                                                           std::optional<std::int64_t> manager_id);
// The last change of an application (the queue's "updated" order), when no derived column changed.
void set_updated_at(SQLite::Database& db, std::int64_t id, gp::Instant at);
// Open applications (in progress or waiting for the customer), oldest first (the board).
std::vector<std::int64_t> open_application_ids(SQLite::Database& db);
// Every application's id, oldest first (verify).
std::vector<std::int64_t> all_application_ids(SQLite::Database& db);

}  // namespace gp::store
