// Action requests (POST /api/v1/applications/{number}/actions: {"action", "fields"}) driving an
// application's life: a JSON array of moves [{"role", "action", "fields", "after_hours"}...] is
// applied to a fresh application of one of several plans, each move validated by
// gp::validate_action exactly as the server does, and applied when accepted.
// Properties: no crash or throw; refusals are printable; after every move the views the server
// and the browser draw (view_of, next_sla_change, next_actions, missing_documents) still compute,
// and the next SLA change, when there is one, lies in the future.
#include <algorithm>

#include "fuzz_util.h"
#include "gp/rules.h"
#include "gp/workflow.h"

namespace {

const std::vector<nlohmann::json>& plans() {
  static const std::vector<nlohmann::json> p = {
      {{"business", "new_connection"}, {"customer_type", "lv_residential"}, {"capacity_kw", 8}},
      {{"business", "new_connection"}, {"customer_type", "lv_residential"}, {"capacity_kw", 12}, {"supporting_works", {{{"kind", "lv"}}}}},
      {{"business", "new_connection"}, {"customer_type", "lv_non_residential"}, {"capacity_kw", 100}, {"industry", "commercial"}},
      {{"business", "new_connection"}, {"customer_type", "hv"}, {"capacity_kw", 2000}, {"industry", "industrial"}, {"important", true},
       {"supporting_works", {{{"kind", "overhead_line"}, {"voltage_kv", 10}}}}},
      {{"business", "new_connection"}, {"customer_type", "hv"}, {"capacity_kw", 800}, {"industry", "industrial"}, {"proactive", true}},
      {{"business", "rename"}, {"customer_type", "lv_non_residential"}},
  };
  return p;
}

// The harness reads the move leniently (wrong types fall back to defaults): only the code under
// test may reject input.
std::string str(const nlohmann::json& m, const char* k, const char* def) {
  return m.contains(k) && m.at(k).is_string() ? m.at(k).get<std::string>() : def;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  const nlohmann::json moves = gp::fuzz::parse_json(gp::fuzz::as_text(data + 1, size - 1));
  if (!moves.is_array()) return 0;
  const auto& facts = plans()[data[0] % plans().size()];
  auto plan = gp::evaluate_json(facts);
  if (!plan) gp::fuzz::fail("a fixed plan does not evaluate", plan.error().message_en);
  const gp::Calendar& cal = gp::Calendar::builtin();
  const gp::SlaPolicy policy = gp::ServiceConfig::builtin().sla;
  gp::Instant now = 1750212000;  // 2025-06-18 10:00 CST
  gp::AppState s = gp::start_application(plan.value(), now, "online");
  const gp::OptionLists lists = {{"customer_managers", {{"11", "cm", "cm"}}}, {"project_managers", {{"21", "pm", "pm"}}},
                                 {"documents", {{"1", "1. a.pdf", "1. a.pdf"}}}};
  std::int64_t seq = 0;
  int n = 0;
  for (const auto& m : moves) {
    if (++n > 64 || !m.is_object()) break;
    gp::Actor actor;
    const std::string role = str(m, "role", "customer_manager");
    actor.role = gp::parse_role(role).value_or(gp::Role::customer);
    actor.owner = actor.role == gp::Role::customer;
    actor.assigned_customer_manager = actor.role == gp::Role::customer_manager;
    actor.assigned_project_manager = actor.role == gp::Role::project_manager;
    const long long hours = m.contains("after_hours") && m.at("after_hours").is_number_integer() ? m.at("after_hours").get<long long>() : 1;
    now += 3600LL * std::clamp(hours, 0LL, 24LL * 400);
    const std::string action = str(m, "action", "");
    const nlohmann::json fields = m.contains("fields") ? m.at("fields") : nlohmann::json::object();
    auto res = gp::validate_action(s, actor, action, fields, now, lists);
    if (!res) {
      gp::fuzz::check_error(res.error());
    } else {
      (void)res.value().dump();
      gp::Event e;
      e.seq = ++seq;
      e.at = now;
      e.type = action;
      e.role = actor.role;
      e.channel = "online";
      e.data = res.value();
      gp::apply_event(s, e);
    }
    const auto view = gp::view_of(s, cal, now, policy);
    (void)view;
    if (auto next = gp::next_sla_change(s, cal, now, policy); next && *next <= now)
      gp::fuzz::fail("next SLA change is not in the future");
    (void)gp::next_actions(s, actor, lists);
    (void)s.missing_documents();
    (void)gp::works_sla(s, cal, now, policy);
  }
  return 0;
}
