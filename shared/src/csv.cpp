#include "gp/csv.h"

#include "gp/validate.h"

namespace gp {

Result<std::vector<CsvRow>> parse_csv(std::string_view text, std::size_t max_rows, std::size_t max_cells) {
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (!validate::is_valid_utf8(text))
    return make_error("invalid_utf8", "file", "文件不是有效的 UTF-8 文本", "the file is not valid UTF-8 text");
  std::vector<CsvRow> rows;
  CsvRow row;
  std::string cell;
  int line = 1;
  row.line = 1;
  bool in_quotes = false, quoted_cell = false, any = false;
  auto bad = [&](const char* zh, const char* en) {
    return make_error("invalid_csv", "line " + std::to_string(line), "第 " + std::to_string(line) + " 行：" + zh,
                      "line " + std::to_string(line) + ": " + en);
  };
  auto end_cell = [&]() {
    row.cells.push_back(cell);
    cell.clear();
    quoted_cell = false;
  };
  for (std::size_t i = 0; i <= text.size(); ++i) {
    const bool eof = i == text.size();
    const char c = eof ? '\n' : text[i];
    if (in_quotes) {
      if (eof) return bad("引号未闭合", "unterminated quote");
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          cell += '"';
          ++i;
        } else {
          in_quotes = false;
        }
      } else {
        if (c == '\n') ++line;
        cell += c;
      }
      continue;
    }
    if (c == '"') {
      if (!cell.empty() || quoted_cell) return bad("字段中间出现引号", "stray quote inside a field");
      in_quotes = quoted_cell = any = true;
      continue;
    }
    if (quoted_cell && c != ',' && c != '\n' && c != '\r') return bad("引号后有多余字符", "characters after a closing quote");
    if (c == ',') {
      end_cell();
      any = true;
      if (row.cells.size() > max_cells) return bad("列数过多", "too many columns");
      continue;
    }
    if (c == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') continue;
      return bad("孤立的回车符", "lone carriage return");
    }
    if (c == '\n') {
      if (any || !cell.empty()) {
        end_cell();
        if (row.cells.size() > max_cells) return bad("列数过多", "too many columns");
        rows.push_back(std::move(row));
        if (rows.size() > max_rows) return bad("行数过多", "too many rows");
      }
      row = CsvRow{};
      cell.clear();
      any = quoted_cell = false;
      ++line;
      row.line = line;
      continue;
    }
    cell += c;
    any = true;
  }
  return rows;
}

}  // namespace gp
