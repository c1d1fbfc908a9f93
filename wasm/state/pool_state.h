// Reserve projects (rules R1–R3) and supply-plan consultations (rule R2) for staff: the reserve
// pool with each record's preliminary supply plan, an all-or-nothing import of project approvals
// (CSV or JSON pasted or read from a file; problems shown by line), one click turning a record
// into an application with everything carried over; consultations listed and replied to.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "state/request.h"
#include "state/staff_common.h"

namespace state {

struct ReserveRecord {
  std::string approval_number, project_name, company, credit_code, address, industry, expected_date;
  std::string contact_name, contact_phone, status, imported_at, application_number, converted_at;
  double capacity_kw = 0, voltage_kv = 0;
  bool in_park = false;
  nlohmann::json plan;  // preliminary_plan (plan summary) or null
};
ReserveRecord parse_reserve_record(const nlohmann::json& j);
// One line summing up a preliminary plan: steps, time limit, investment, outage plan.
std::string plan_summary_text(const nlohmann::json& plan);

struct Consultation {
  long long id = 0;
  std::string company, credit_code, address, status, created_at, reply, replied_at, customer;
  double capacity_kw = 0, voltage_kv = 0;
  bool asset_transfer = false;
  nlohmann::json plan, raw;
};
Consultation parse_consultation(const nlohmann::json& j);

enum class ImportFormat { Csv, Json };
// JSON when the text starts (after spaces/BOM) with '[' or '{', else CSV.
ImportFormat guess_format(const std::string& text);
// "text/csv; charset=utf-8" or "application/json", from the text itself (an import is sent as typed).
std::string import_content_type(const std::string& text);

struct PoolState {
  int tab = 0;              // 0 reserve pool, 1 import, 2 consultations
  // Pool list
  int status = 0;           // 0 reserve, 1 converted, 2 all
  std::string search;       // applied on Enter / the search button
  std::string search_typed;
  int page = 1, page_size = 20;
  long long total = 0;
  std::vector<ReserveRecord> items;
  bool loaded = false;
  Pending load;             // GET /reserve in flight
  std::string error, notice;
  std::string expanded;     // approval number whose plan is open
  // Convert (R3): one click; a phone is asked only when the record has none.
  std::string converting;   // approval number in flight
  std::string convert_for;  // approval number whose extra fields are shown
  std::string convert_phone, convert_name;
  std::map<std::string, std::string> convert_errors;
  // Import (R1)
  std::string import_text;
  std::string import_file;  // name of the file read into import_text
  std::vector<ImportProblem> problems;
  std::map<int, std::string> problem_lines;
  std::string import_error, import_notice;
  bool importing = false;
  // Consultations (R2)
  int consult_status = 0;   // 0 open, 1 replied, 2 all
  std::vector<Consultation> consultations;
  bool consult_loaded = false;
  Pending consult_load;     // GET /consultations in flight
  std::string consult_error;
  long long replying = 0;   // consultation id with the reply box open
  std::string reply_text, reply_error;
  bool reply_busy = false;
};

std::string pool_path(const PoolState& s);
void pool_loaded(PoolState& s, const nlohmann::json& reply);
std::string consultations_path(const PoolState& s);
void consultations_loaded(PoolState& s, const nlohmann::json& reply);
// The body of POST /reserve/{n}/convert (empty: everything comes from the record).
nlohmann::json convert_body(const PoolState& s, const std::string& approval_number);
// After a failed import: problems by line (line 0: about the whole file).
void import_failed(PoolState& s, const nlohmann::json& reply, const std::string& message);
void import_succeeded(PoolState& s, const nlohmann::json& reply);
// The lines of the pasted text with their problems, for showing the file with marks.
struct ImportLine {
  int line = 0;
  std::string text, problem;
};
std::vector<ImportLine> import_lines(const PoolState& s, std::size_t max_lines = 200);

// What the user did this frame (ui/screens/pool_screen) plus what only the platform knows.
struct PoolIntent {
  int tab = -1;
  bool reload = false;          // the list's filters or page changed
  bool search = false;
  std::string convert;          // approval number to turn into an application (R3)
  std::string open;             // application number to open
  bool import = false, pick_file = false, import_edited = false;  // pick_file: the controller
  bool consult_reload = false;
  long long reply_open = -1;    // consultation id whose reply box opens (0: close)
  bool reply_send = false;
  // Filled by the controller:
  bool entered = false;         // first frame of a visit
};

// Customer managers, command center, admins convert and import (R1, R3); project managers and the
// command center answer consultations (R2).
bool pool_can_convert(const AppState& s);
bool pool_can_consult(const AppState& s);
// Loads the pool (and consultations) on a visit; searches, converts (then the new application's
// detail), imports the text as typed (problems by line), replies to consultations.
Requests apply(AppState& s, const PoolIntent& in);

}  // namespace state
