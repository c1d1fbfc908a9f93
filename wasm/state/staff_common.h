// Pure helpers the staff's screens share (issue 5): urgency of a time limit (rule M1), the window
// of a virtualized list, live countdowns of clock-time limits (rule D4), chart axes, import errors
// by line (rule R1), and small formatting. No ImGui, no I/O: tested natively.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace state {

// --- urgency (rules M1, M2) -------------------------------------------------------------------
// How pressing an open item is, most pressing first: overdue, warning (80 % of the limit used),
// due soon (at most one working day left), normal, paused (waiting on the customer: not the
// company's time, T6), finished.
enum class Urgency { Overdue, Warning, DueSoon, Normal, Paused, Finished };
constexpr double kDueSoonWorkingDays = 1.0;

// `level`: the server's "normal" | "warning" | "overdue"; `remaining`: working days (or nullopt).
Urgency urgency_of(std::string_view level, std::optional<double> remaining, bool paused, bool finished);
int urgency_rank(Urgency u);             // 0 = most pressing
const char* urgency_key(Urgency u);      // "staff.urgency.overdue", ... (string table keys)

// Orders items by urgency, then escalation (higher first), then remaining time (less first),
// then age (older first), then the number (stable across reloads).
struct UrgencyKey {
  Urgency urgency = Urgency::Normal;
  int escalation = 0;
  double remaining = 0;  // working days (or seconds scaled to them), less is more pressing
  double age = 0;        // working days
  std::string number;
};
bool more_urgent(const UrgencyKey& a, const UrgencyKey& b);

// "剩 1.5 个工作日" / "超时 0.5 个工作日" / "已暂停计时" in the current language.
std::string remaining_text(std::optional<double> remaining_working_days, bool paused);

// --- virtualized lists --------------------------------------------------------------------
// Rows [first, last) of a list of `count` rows, each `row_h` tall, whose top is `list_top` in
// the same coordinates as the visible span [view_top, view_bottom]; `overscan` extra rows each
// side. Only these rows are drawn; the rest of the list is one empty span above and below.
struct RowWindow {
  long long first = 0, last = 0;  // half-open
  float pad_top = 0, pad_bottom = 0;
};
RowWindow row_window(long long count, float row_h, float list_top, float view_top, float view_bottom, int overscan = 2);

// 1-based page numbers (of `page_size` rows) holding rows [first, last).
std::vector<int> pages_of(long long first, long long last, int page_size);

// --- countdowns (rule D4: 20 minutes to dispatch a phone reservation, 18 hours to contact) -----
// The time left of a clock-time limit `remaining_at_load` seconds when loaded at `loaded_at`,
// as shown at `now` (seconds, any common clock).
double seconds_left(double remaining_at_load, double loaded_at, double now);
// "19:58", "17:59:02", "-03:12" (overdue), "1 天 02:03:04" / "1 d 02:03:04".
std::string countdown_text(double seconds);
// Seconds until the text of countdown_text() changes (always > 0, at most 1).
double next_countdown_tick(double seconds);

// --- charts -------------------------------------------------------------------------------
// A "nice" axis from 0 to at least `max_value`: top = step * ticks, step 1/2/2.5/5 x 10^n.
struct Axis {
  double top = 1, step = 1;
  int ticks = 1;
};
Axis nice_axis(double max_value, int max_ticks = 5);
// One group of bars (a step, a manager) with one value per series.
struct BarGroup {
  std::string label;
  std::vector<double> values;
};
// The largest value of all groups (0 when none).
double max_value(const std::vector<BarGroup>& groups);
// Pixel length of `value` on an axis `length_px` long (clamped to [0, length_px]).
float scale_to(const Axis& a, double value, float length_px);

// --- import errors by line (rule R1; outages G5) ------------------------------------------
// The server reports an all-or-nothing import's problems as {"field": "line 3: capacity_kw"
// (CSV) or "[2].capacity_kw" (JSON), "message_zh", "message_en"}. Grouped by line (1-based line
// of the CSV, or the JSON record's index + 1); line 0 = about the whole file.
struct ImportProblem {
  int line = 0;
  std::string column;
  std::string message;  // current language
};
std::vector<ImportProblem> import_problems(const nlohmann::json& error_reply);
// The problems of one line, joined ("capacity_kw: 必须大于 0；voltage_kv: ...").
std::map<int, std::string> problems_by_line(const std::vector<ImportProblem>& problems);

// --- small formatting -----------------------------------------------------------------------
// 0.9827 -> "98.3%"; NaN/absent -> "—".
std::string percent_text(double fraction, int decimals = 1);
std::string percent_text(const nlohmann::json& v, int decimals = 1);
// A number with at most `decimals` decimals, trailing zeros dropped ("—" for null).
std::string number_text(const nlohmann::json& v, int decimals = 2);
std::string number_text(double v, int decimals = 2);
// Staff roles in the current language ("customer_manager" -> "客户经理").
std::string role_text(std::string_view role);
// The staff roles, in the order the admin screen lists them.
const std::vector<std::string>& staff_roles();

// Adds `days` to an ISO date "YYYY-MM-DD" ("" when it is no date).
std::string add_days(std::string_view iso_date, int days);
// First day of the month of an ISO date, and the last.
std::string month_start(std::string_view iso_date);
std::string month_end(std::string_view iso_date);
// Whether `s` is a valid "YYYY-MM-DD".
bool valid_date(std::string_view s);

}  // namespace state
