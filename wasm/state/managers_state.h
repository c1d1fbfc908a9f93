// The public list of customer managers (rule M3): each one's applications handled, average working
// days to completion, satisfaction and open load; a logged-in customer chooses one for a new
// application (the wizard) or for an application in progress.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "gp/dto/managers.h"
#include "state/request.h"

namespace state {

struct ManagerRow {
  long long id = 0;
  std::string name, phone, title;
  int handled = 0, ratings = 0, open = 0;
  std::optional<double> average_days, satisfaction;
};

enum class ManagerSort { Listed = 0, Satisfaction, Load, Speed };

struct ManagersState {
  std::vector<ManagerRow> rows;
  bool loaded = false;
  Pending load;                  // GET /managers in flight
  std::string error;
  ManagerSort sort = ManagerSort::Listed;
  Pending choose;                // POST /applications/{n}/manager in flight
  long long choosing = 0;        // the manager being chosen
  std::string choose_error;
};

// What the managers screen returns to the screen that opened it with "apply" (the wizard): the
// wizard takes it when it is drawn again (state::take_chosen_manager), so no screen writes into
// another's state.
struct ChosenManager {
  long long id = 0;
  std::string name;
};

struct ManagersIntent {
  bool entered = false;  // first frame of a visit: load fresh figures
  int sort = -1;         // ManagerSort picked
  long long choose = 0;  // manager id chosen
  bool back = false;
};

// How the screen is drawn: `purpose` is the route's param ("" just the list, "apply" the wizard's
// preferred manager, an application number); `can_choose` for a logged-in customer with a purpose;
// `current` the manager chosen/assigned now (marked).
struct ManagersView {
  std::string purpose;
  bool can_choose = false;
  long long current = 0;
};
ManagersView managers_view(const AppState& s);
Requests apply(AppState& s, const ManagersIntent& in);

// GET /managers read through the shared DTO (gp/dto/managers.h); parse_managers throws
// gp::dto::DecodeError naming the key when the body is not that shape.
std::vector<ManagerRow> rows_of(const gp::dto::ManagersBody& body);
std::vector<ManagerRow> parse_managers(const nlohmann::json& reply);
// Sorted copy: by satisfaction (best first; unrated last), open load (least first) or average
// working days (fastest first; none last); ties keep the listed order.
std::vector<ManagerRow> sorted_managers(const std::vector<ManagerRow>& rows, ManagerSort sort);

// "4.6 / 5 (12)" or "暂无评价".
std::string satisfaction_text(const ManagerRow& r);
// "1.5 个工作日" or "暂无".
std::string average_days_text(const ManagerRow& r);

}  // namespace state
