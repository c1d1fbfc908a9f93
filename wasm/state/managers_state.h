// The public list of customer managers (rule M3): each one's applications handled, average working
// days to completion, satisfaction and open load; a logged-in customer chooses one for a new
// application (the wizard) or for an application in progress.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

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
  long long pending = 0;
  std::string error;
  ManagerSort sort = ManagerSort::Listed;
  long long choose_pending = 0;  // POST /applications/{n}/manager in flight
  long long choosing = 0;        // the manager being chosen
  std::string choose_error;
};

std::vector<ManagerRow> parse_managers(const nlohmann::json& reply);
// Sorted copy: by satisfaction (best first; unrated last), open load (least first) or average
// working days (fastest first; none last); ties keep the listed order.
std::vector<ManagerRow> sorted_managers(const std::vector<ManagerRow>& rows, ManagerSort sort);

// "4.6 / 5 (12)" or "暂无评价".
std::string satisfaction_text(const ManagerRow& r);
// "1.5 个工作日" or "暂无".
std::string average_days_text(const ManagerRow& r);

}  // namespace state
