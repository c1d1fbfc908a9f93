// The strict CSV reader under every import (gp::parse_csv).
// Properties: no crash; errors are printable; rows and cells stay within the limits given; line
// numbers are positive and never decrease.
#include "fuzz_util.h"
#include "gp/csv.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto rows = gp::parse_csv(gp::fuzz::as_text(data, size), 50, 8);
  if (!rows) {
    gp::fuzz::check_error(rows.error());
    return 0;
  }
  int last = 0;
  if (rows->size() > 50) gp::fuzz::fail("more rows than max_rows");
  for (const auto& r : rows.value()) {
    if (r.cells.size() > 8) gp::fuzz::fail("more cells than max_cells");
    if (r.line < 1 || r.line < last) gp::fuzz::fail("line numbers out of order");
    last = r.line;
  }
  return 0;
}
