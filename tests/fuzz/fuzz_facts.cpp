// JSON DTOs: the facts of an application (gp::parse_facts) and the whole evaluation
// (gp::evaluate_json) — what POST /api/v1/rules/evaluate and POST /api/v1/applications read.
// Properties: no crash or throw; errors are printable; accepted facts round-trip through to_json
// to the same plan (the plan echoes the complete facts it was computed from).
#include "fuzz_util.h"
#include "gp/facts.h"
#include "gp/rules.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const nlohmann::json j = gp::fuzz::parse_json(gp::fuzz::as_text(data, size));
  if (j.is_discarded()) return 0;
  auto facts = gp::parse_facts(j, {"address", "contact_name"});
  if (!facts) {
    gp::fuzz::check_error(facts.error());
  } else {
    nlohmann::json echo;
    gp::to_json(echo, facts.value());
    auto again = gp::parse_facts(echo);
    if (!again) gp::fuzz::fail("to_json of accepted facts does not parse", again.error().message_en + " " + echo.dump());
    nlohmann::json echo2;
    gp::to_json(echo2, again.value());
    if (echo != echo2) gp::fuzz::fail("facts do not round-trip", echo.dump() + " vs " + echo2.dump());
  }
  auto plan = gp::evaluate_json(j);
  if (!plan) {
    gp::fuzz::check_error(plan.error());
  } else {
    if (plan->stages.empty()) gp::fuzz::fail("a plan without stages");
    nlohmann::json out;
    gp::to_json(out, plan.value());
    (void)out.dump();  // must be serializable (valid UTF-8 everywhere)
  }
  return 0;
}
