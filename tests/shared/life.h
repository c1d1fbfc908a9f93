// One application's life driven through shared/ alone, for the workflow tests (rules D2, D3, G6,
// S1–S6, T6, W1–W3, P1): a state, a clock the test moves, and each role acting as the server would
// let it — next_actions to see what is offered, validate_action then apply_event to act.
#pragma once
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "gp/workflow.h"

namespace gp::testlife {

using nlohmann::json;

const Instant kMon = 1796004000;  // 2026-11-30T10:00:00+08:00 (a Monday)
const Instant kDay = 86400;

// The people and documents the server would offer as enum options.
inline OptionLists lists() {
  return {{"customer_managers", {{"cm1", "王经理", "Manager Wang"}}},
          {"project_managers", {{"pm1", "李经理", "Manager Li"}}},
          {"documents", {{"7", "设计文件", "Design"}}}};
}

struct Life {
  AppState s;
  Instant now;
  std::vector<Event> events;

  explicit Life(const json& facts, Instant t = kMon) : now(t) {
    auto p = evaluate_json(facts);
    EXPECT_TRUE(p.ok());
    s = start_application(p.value(), now, "online");
  }
  // The role as the application's own customer / assigned managers.
  static Actor as(Role r) {
    Actor a;
    a.role = r;
    a.owner = r == Role::customer;
    a.assigned_customer_manager = r == Role::customer_manager;
    a.assigned_project_manager = r == Role::project_manager;
    return a;
  }
  // The action as offered to `r` now, or nullptr (valid until the next call).
  const ActionSpec* offered(Role r, const std::string& action) {
    offered_ = next_actions(s, as(r), lists());
    for (const auto& a : offered_)
      if (a.action == action) return &a;
    return nullptr;
  }
  bool can(Role r, const std::string& action) { return offered(r, action) != nullptr; }
  Result<json> try_do(Role r, const std::string& action, const json& fields) {
    auto v = validate_action(s, as(r), action, fields, now, lists());
    if (v.ok()) {
      Event e;
      e.seq = static_cast<std::int64_t>(events.size() + 1);
      e.at = now;
      e.type = action;
      e.role = r;
      e.data = v.value();
      apply_event(s, e);
      events.push_back(e);
    }
    return v;
  }
  void act(Role r, const std::string& action, const json& fields = json::object()) {
    ASSERT_TRUE(can(r, action)) << action << " not offered";
    auto v = try_do(r, action, fields);
    ASSERT_TRUE(v.ok()) << action << ": " << v.error().field << " " << v.error().message_en;
  }
  // A system event (contract_signed, ...), as the server appends it.
  void system(const std::string& type, const json& data = json::object()) {
    Event e;
    e.at = now;
    e.type = type;
    e.data = data;
    apply_event(s, e);
  }
  void later(double hours) { now += static_cast<Instant>(hours * 3600); }
  std::string stage() const { return s.current_stage() ? to_string(s.current_stage()->code) : "done"; }
  double company_days_used() const { return view_of(s, Calendar::builtin(), now, {}).overall.used; }

 private:
  std::vector<ActionSpec> offered_;
};

}  // namespace gp::testlife
