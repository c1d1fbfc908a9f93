// "My applications": each with its status, current step and the next deadline (rule P2).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "gp/dto/lists.h"
#include "state/claim_state.h"
#include "state/request.h"

namespace state {

struct AppRow {
  std::string number, status, business, customer_type, stage, address, submitted, deadline, level, waiting_for, manager;
  std::optional<double> remaining;  // working days
  bool paused = false;
};

struct MyAppsState {
  std::vector<AppRow> rows;
  long long total = 0;
  bool loaded = false;
  Pending pending;   // GET /applications in flight
  std::string error;
  ClaimState claim;  // hall applications to accept or claim (issue 15)
};

struct MyAppsIntent {
  bool entered = false;  // first frame of a visit: load afresh
  std::string open;      // application number to show in detail
  bool apply = false;
  bool refresh = false;
};

// The screen's intent: the list loads on each visit, on "refresh" and when news mentions one of
// the listed applications (or one not listed yet); "apply" opens the wizard, a row its detail.
Requests apply(AppState& s, const MyAppsIntent& in);

// The rows of GET /applications (the shared DTO, gp/dto/lists.h).
std::vector<AppRow> app_rows(const gp::dto::ApplicationPageDto& page);
// "下一时限 2026-12-02 00:00（剩 1.5 个工作日）", "等待您办理 · 已暂停计时", "已办结".
std::string next_deadline_text(const AppRow& r);

}  // namespace state
