// A strict CSV reader (RFC 4180: quoted fields, doubled quotes, CRLF or LF) for imports from
// outside systems. Errors give the line number.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "gp/error.h"

namespace gp {

struct CsvRow {
  int line = 0;  // 1-based line where the row starts
  std::vector<std::string> cells;
};

// At most `max_rows` rows and `max_cells` cells per row; a UTF-8 BOM is skipped; blank lines are
// ignored. Invalid UTF-8, an unterminated quote or a stray quote is an error naming the line.
Result<std::vector<CsvRow>> parse_csv(std::string_view text, std::size_t max_rows = 100000, std::size_t max_cells = 64);

}  // namespace gp
