// The steps of an application as the customer follows them (rule P2: every step, its deadline,
// who holds it), read from GET /api/v1/applications/{n} or the public POST /api/v1/track.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace state {

struct StageRow {
  std::string code, name;
  std::string state;                 // done | active | pending
  std::string started, done_at, deadline;  // "2026-12-02 00:00" or ""
  std::optional<double> remaining;   // working days left while active
  std::optional<int> limit;          // the step's own limit (rule T6); none: customer's time
  bool customer_side = false, paused = false;
  bool company_setting = false;      // the step's limit is the company's split, not policy (rule T6)
  std::string level = "normal";      // normal | warning | overdue
  std::string holder_name, holder_phone, holder_role;
};

std::vector<StageRow> stage_rows(const nlohmann::json& app);

// "已完成" / "办理中" / "未开始" (+ "已暂停计时" when paused, "已预警"/"已超期" by level).
std::string stage_state_text(const StageRow& r);
// One line under the step: when it was done, or its deadline and what remains, or its limit.
std::string stage_detail_text(const StageRow& r);
// Who holds the active step: "办理人：客户经理 王建国 13803750106", "办理人：您（客户）"; "" for others.
std::string stage_holder_text(const StageRow& r);

// The second clock (rules T4, W1, W2): each grid-side supporting-works item with its own limit,
// agreed completion date and deadline, from the application's or the track answer's
// "supporting_works" array.
struct WorksClockRow {
  std::string name;
  int limit = 0;                 // rule W1, working days
  std::string agreed;            // rule W2: "2026-12-20" or ""
  std::string started, done_at, deadline;
  std::string level = "normal";  // normal | warning | overdue (application answers only)
};
std::vector<WorksClockRow> works_clock_rows(const nlohmann::json& app);
// "配套工程：10千伏架空线路 · 时限 20 个工作日 · 约定 2026-12-20 完成 · 须在 … 前完成" (one line per item).
std::string works_clock_text(const WorksClockRow& r);
// Under the application's own limit: for 10 kV and above "不含配套工程建设时间（单独计时）" (rule T4),
// for LV with works "含配套工程" (rules T2, T3); "" without works.
std::string limit_scope_text(const nlohmann::json& app);

}  // namespace state
