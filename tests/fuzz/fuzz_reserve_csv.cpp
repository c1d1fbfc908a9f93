// The reserve-pool import from the government's project-approval system, CSV (rule R1).
// Properties: no crash; every error printable; at most 100 errors; records or errors, never both;
// every accepted record gives facts that evaluate to a plan (rule R1: a preliminary supply plan).
#include "fuzz_util.h"
#include "gp/reserve.h"
#include "gp/rules.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto imp = gp::parse_reserve_csv(gp::fuzz::as_text(data, size), gp::Date{2025, 6, 18});
  if (imp.errors.size() > 100) gp::fuzz::fail("more than 100 errors");
  if (!imp.errors.empty() && !imp.records.empty()) gp::fuzz::fail("records and errors at once (the import is all-or-nothing)");
  for (const auto& e : imp.errors) gp::fuzz::check_error(e);
  for (const auto& r : imp.records) {
    nlohmann::json j;
    gp::to_json(j, r);
    (void)j.dump();
    auto plan = gp::evaluate(gp::reserve_facts(r));
    if (!plan) gp::fuzz::fail("an accepted reserve record has no plan", plan.error().message_en);
  }
  return 0;
}
