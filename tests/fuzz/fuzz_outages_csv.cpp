// Outage records imported as CSV for the supply-reliability figures (rule G5).
// Properties: no crash; errors printable; accepted records end after they start and feed
// compute_reliability without producing NaN or an availability outside [0, 1].
#include <cmath>

#include "fuzz_util.h"
#include "gp/reliability.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto rows = gp::parse_outages_csv(gp::fuzz::as_text(data, size));
  if (!rows) {
    gp::fuzz::check_error(rows.error());
    return 0;
  }
  for (const auto& r : rows.value())
    if (r.end < r.start) gp::fuzz::fail("an outage that ends before it starts");
  for (const auto& a : gp::compute_reliability(rows.value(), gp::Date{2025, 1, 1}, gp::Date{2025, 12, 31}, 10000, 20000)) {
    if (std::isnan(a.asai) || a.asai < 0 || a.asai > 1) gp::fuzz::fail("availability outside [0, 1]");
    nlohmann::json j;
    gp::to_json(j, a);
    (void)j.dump();
  }
  return 0;
}
