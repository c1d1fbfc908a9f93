// Open grid capacity kept by staff (rule R4): areas and feeders with their capacity and what is
// still available; customers query an area in the app and every query is logged (who, when, which
// area, from where). Project managers, the command center and admins edit; all staff read the log.
#pragma once
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "state/request.h"

namespace state {

struct CapacityEntry {
  std::string area, feeder, note, updated_at;
  double voltage_kv = 10, capacity_kva = 0, available_kva = 0, utilization = 0;
};
CapacityEntry parse_capacity_entry(const nlohmann::json& j);

struct CapacityQuery {
  std::string at, area, who, role, client;
  int results = 0;
};

struct CapacityForm {
  std::string area, feeder, voltage_kv = "10", capacity_kva, available_kva, note;
  std::map<std::string, std::string> errors;
  bool busy = false;
  bool editing_existing = false;  // filled from a row: saving updates it (same area + feeder)
};

struct CapacityState {
  std::string area_filter;      // applied
  std::string area_typed;
  std::vector<CapacityEntry> entries;
  double total_available = 0;
  bool loaded = false;
  Pending load;                 // POST /capacity/query in flight
  std::string error, notice;
  CapacityForm form;
  bool show_form = false;
  // The query log
  std::vector<CapacityQuery> log;
  long long log_total = 0;
  int log_page = 1;
  bool log_loaded = false;
  Pending log_load;             // GET /capacity/queries in flight
  std::string log_error;
  int tab = 0;  // 0 capacity, 1 query log
};

// POST /capacity/query: every query is logged (rule R4), so it is a POST (GET never writes).
nlohmann::json capacity_query_body(const CapacityState& s);
void capacity_loaded(CapacityState& s, const nlohmann::json& reply);
std::string capacity_log_path(const CapacityState& s);
void capacity_log_loaded(CapacityState& s, const nlohmann::json& reply);

// Fills the form from an entry (to change its figures).
void edit_entry(CapacityState& s, const CapacityEntry& e);
// Checks as the user types (final: on save); the body of POST /capacity.
bool check_capacity_form(CapacityForm& f, bool final);
nlohmann::json capacity_body(const CapacityForm& f);
void place_capacity_error(CapacityForm& f, const std::string& field, const std::string& message);

// "62.5%" of the capacity in use.
std::string utilization_text(const CapacityEntry& e);

// What the user did this frame (ui/screens/capacity_screen) plus what only the platform knows.
struct CapacityIntent {
  int tab = -1;
  bool search = false;
  bool new_entry = false;
  int edit = -1;            // entry index to edit
  bool form_edited = false, save = false, close_form = false;
  int log_page = 0;         // +1 / -1
  // Filled by the controller:
  bool entered = false;     // first frame of a visit
};

// Loads the shown tab on a visit, on a tab change and on a search; saves an entry (project
// managers, command center, admins) and loads again; pages the query log.
Requests apply(AppState& s, const CapacityIntent& in);

}  // namespace state
