// The staff's work queue (issue 5): customer and project managers see their own applications,
// the command center and admins everyone's (with a manager filter). Sorted by urgency on the
// server (overdue, warning, due soon), filtered by status, stage and level, searched by number,
// name or phone. The server pages; the screen keeps only the pages it has seen and draws only the
// rows in view, so ten thousand rows scroll as smoothly as ten.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "gp/dto/lists.h"
#include "state/request.h"
#include "state/staff_common.h"

namespace state {

struct QueueRow {
  std::string number, status, level, stage, business, customer_type, contact_name, contact_phone, address;
  std::string manager, project_manager, deadline, waiting_for, channel;
  std::optional<double> remaining, elapsed;  // working days
  double limit = 0;
  int escalation = 0;
  bool paused = false;
  Urgency urgency = Urgency::Normal;
};
QueueRow queue_row_of(const gp::dto::ApplicationRowDto& item);  // a row of GET /applications (gp/dto/lists.h)

struct ManagerRef {
  long long id = 0;
  std::string name, role;
};

// The filter choices; index 0 of each is "all" (status: "open" — the default working view).
const std::vector<std::string>& queue_status_values();  // "open", "in_progress", "waiting_customer", "completed", "withdrawn", ""
const std::vector<std::string>& queue_stage_values();   // "", "application", ..., "done"
const std::vector<std::string>& queue_level_values();   // "", "overdue", "warning", "normal"

struct QueueFilters {
  int status = 0, stage = 0, level = 0;
  long long manager = 0;  // 0: everyone (command center, admin) / own
  std::string q;          // applied search text
  bool newest = false;    // sort by newest instead of urgency
  bool operator==(const QueueFilters& o) const {
    return status == o.status && stage == o.stage && level == o.level && manager == o.manager && q == o.q && newest == o.newest;
  }
  bool operator!=(const QueueFilters& o) const { return !(*this == o); }
};

struct QueuePage {
  std::vector<QueueRow> rows;
  int generation = 0;     // the results generation it belongs to
};

struct QueueState {
  QueueFilters filters;
  std::string search;            // as typed; applied after a pause (kSearchDelay) or Enter
  double search_edited_at = -1;  // now_seconds() of the last keystroke (-1: applied)
  int page_size = 100;
  long long total = -1;          // -1: not known yet
  int generation = 1;            // bumped by every change of filters or refresh
  std::map<int, QueuePage> pages;            // 1-based page -> rows
  std::map<int, long long> pending;          // page -> request id in flight
  std::string error;
  std::vector<ManagerRef> managers;          // for the manager filter (command center, admin)
  bool managers_requested = false;
  bool scroll_to_top = false;     // the list starts over: show its first row
};
constexpr double kSearchDelay = 0.35;  // seconds of quiet typing before the search runs

// The GET path (under /api/v1) of one page.
std::string queue_path(const QueueFilters& f, int page, int page_size);

// Filters changed: results start over (rows of other filters are never shown).
void queue_set_filters(QueueState& s, const QueueFilters& f);
// The same filters fetched again (news arrived, the user came back): rows stay on screen until
// their page is replaced.
void queue_refresh(QueueState& s);

// Typing in the search box; returns true when the typed text should be applied now.
void queue_search_typed(QueueState& s, double now);
bool queue_search_due(const QueueState& s, double now);
void queue_apply_search(QueueState& s);

// Pages of rows [first, last) to request: missing or of an older generation, not in flight.
std::vector<int> queue_pages_needed(const QueueState& s, long long first, long long last);
void queue_page_requested(QueueState& s, int page, long long request_id);
// A page arrived. False when it was not awaited (an older request): nothing changed.
bool queue_page_loaded(QueueState& s, int page, long long request_id, const gp::dto::ApplicationPageDto& reply);
void queue_page_failed(QueueState& s, int page, long long request_id, const std::string& message);

// The row at `index` (0-based) if its page is here (of any generation), else nullptr.
const QueueRow* queue_row(const QueueState& s, long long index);
// Rows known to the list: the server's total, or the rows seen while it is unknown.
long long queue_count(const QueueState& s);

// Managers for the filter from GET /admin/users (customer and project managers only).
std::vector<ManagerRef> parse_staff_managers(const nlohmann::json& users_reply);

// What the user did this frame (ui/screens/queue_screen) plus what only the platform knows.
struct QueueIntent {
  std::optional<QueueFilters> filters;  // changed filters (results start over)
  bool search_typed = false;   // the search text changed (applied after a pause)
  bool search_now = false;     // the search button
  bool refresh = false;
  std::string open;            // application number to open
  long long first = 0, last = 0;  // rows in view this frame
  // Filled by the controller:
  bool entered = false;        // first frame of a visit
  double now = 0;              // now_seconds() (the search pause)
};

// Command center / admin: everyone's queue, with a manager filter.
bool queue_supervisor(const AppState& s);
// Loads the managers (supervisors, once), refreshes on a visit or news of an application, applies
// filters and search, opens an application, and asks for the pages in view.
Requests apply(AppState& s, const QueueIntent& in);

}  // namespace state
