// The command center's 7x24 board (rules M1, M2, G6, D4): every open application and reservation
// with its level (normal / warning / overdue), escalation level (1 customer manager, 2 command
// center, 3 leadership) and age in working days; counts per manager and per step; acknowledging
// (handling) a warning; reassigning the managers (the workflow's assign_managers action) and
// dispatching reservations. GET /api/v1/board answers everything at once; filtering and ordering
// happen here.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "state/action_form.h"
#include "state/request.h"
#include "state/staff_common.h"

namespace state {

struct BoardItem {
  std::string kind;  // application | reservation
  std::string number, status, level, channel, stage_code, stage, contact_name, address, customer_type;
  std::string manager, project_manager, deadline, submitted_at, escalation_to, waiting_for;
  long long manager_id = 0;  // 0: none yet
  int escalation = 0;
  bool acknowledged = false;
  double age = 0;                    // working days
  std::optional<double> remaining;   // working days (applications)
  std::optional<double> remaining_seconds;  // clock time (reservations, rule D4)
  double time_limit = 0;
  Urgency urgency = Urgency::Normal;
};
BoardItem parse_board_item(const nlohmann::json& j);

struct BoardCount {
  std::string key;   // manager id or step code ("" none)
  std::string name;  // current language
  int total = 0, warning = 0, overdue = 0;
};

struct BoardFilters {
  int kind = 0;      // 0 all, 1 applications, 2 reservations
  int level = 0;     // 0 all, 1 overdue, 2 warning, 3 normal
  int escalation = 0;  // 0 all, 1..3 at least that level
  std::string manager;  // "" all, else the manager's id ("~" none)
  std::string stage;    // "" all, else the step code
  bool unhandled = false;  // only warnings nobody handled yet
};

struct BoardSelection {
  std::string number;
  std::string kind;
  std::string note;            // acknowledgement note
  std::string note_error;
  bool ack_busy = false;
  nlohmann::json app;          // the application's detail (for its assign_managers form)
  Pending app_load;            // GET /applications/{n} in flight
  std::vector<ActionForm> forms;  // assign_managers from next_actions (reassign)
  int dispatch_manager = -1;   // reservations: index into the customer managers
  std::string dispatch_error;
  bool dispatch_busy = false;
  std::string notice;
};

struct BoardState {
  std::vector<BoardItem> items;
  std::vector<BoardCount> by_manager, by_stage;
  int count_total = 0, count_warning = 0, count_overdue = 0, count_reservations = 0;
  int by_escalation[4] = {0, 0, 0, 0};
  std::string now;            // the server's now at loading
  double loaded_at = 0;       // now_seconds() at loading (reservation countdowns)
  bool loaded = false;
  Pending load;               // GET /board in flight
  std::string error;
  BoardFilters filters;
  std::vector<std::size_t> view;  // indices into items, filtered and ordered
  std::optional<BoardSelection> selected;
  int tab = 0;                // 0 items, 1 per manager, 2 per step
  std::vector<std::pair<long long, std::string>> managers;  // customer managers to dispatch to
  bool managers_requested = false;
  bool scroll_to_top = false;  // an item selected: its panel is at the top (the controller scrolls)
};
constexpr double kBoardRefreshSeconds = 60;  // a 7x24 board keeps itself current (rule M1)

void board_loaded(BoardState& s, const nlohmann::json& reply, double now);
// Recomputes `view` from the items and filters (most urgent first).
void board_apply_filters(BoardState& s);
bool board_matches(const BoardItem& it, const BoardFilters& f);
UrgencyKey board_key(const BoardItem& it);

// The board's customer managers (from the counts) for filters and dispatching.
std::vector<std::pair<long long, std::string>> board_managers(const BoardState& s);

// Whether `role` can handle (acknowledge) the item's warning now: warned or overdue, not yet
// handled, and not escalated past the role (rule M2: customer manager 1, command center 2,
// leadership 3 — administrators answer for the last).
bool board_can_acknowledge(const BoardItem& it, const std::string& role);
int handling_level(const std::string& role);

// Selecting an item; a different one starts a fresh panel.
void board_select(BoardState& s, const std::string& kind, const std::string& number);
const BoardItem* board_find(const BoardState& s, const std::string& number);
// The detail of the selected application arrived: its assign_managers form (if offered).
void board_selection_loaded(BoardSelection& sel, const nlohmann::json& app);

// What the user did this frame (ui/screens/board_screen) plus what only the platform knows.
struct BoardIntent {
  bool filters_changed = false;
  bool refresh = false;
  int tab = -1;
  std::optional<std::pair<std::string, std::string>> select;  // kind, number
  bool close = false;
  bool acknowledge = false;
  bool note_edited = false;
  int reassign_edited = -1, reassign_submit = -1;
  bool dispatch = false;
  std::string open;  // application number to open in detail
  bool has_countdown = false;  // a reservation countdown is drawn
  // Filled by the controller:
  bool entered = false;  // first frame of a visit
  double now = 0;        // now_seconds() (the minute's reload, countdowns)
};

// Loads on a visit, every minute and on news; the selected application's detail for its reassign
// form; acknowledging (rule M2), reassigning and dispatching, each followed by a fresh board.
Requests apply(AppState& s, const BoardIntent& in);

}  // namespace state
