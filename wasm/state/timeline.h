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

}  // namespace state
