// Rule P3: the contractor directory's record, validation, CSV import and licence status.
#include "gp/contractors.h"

#include <algorithm>
#include <map>

#include "gp/csv.h"
#include "gp/validate.h"

namespace gp {
namespace {

const std::vector<std::string> kColumns = {"kind", "categories", "name", "credit_code", "licence_number", "licence_class",
                                           "scope", "valid_from", "valid_until", "county", "phone"};

bool one_of(const std::string& v, const std::vector<std::string>& set) {
  return std::find(set.begin(), set.end(), v) != set.end();
}

std::string join(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : sep) + s;
  return out;
}

// A contact phone: a mobile number, a landline with area code (0xxx-xxxxxxx, optional
// extension), or a service number (95598, 400/800 lines): digits with single hyphens, 5–20 chars.
bool phone_ok(const std::string& p) {
  if (p.size() < 5 || p.size() > 20) return false;
  if (!validate::mobile_phone(p, "phone")) return true;
  int digits = 0;
  char prev = '-';
  for (char c : p) {
    if (c >= '0' && c <= '9') ++digits;
    else if (c != '-' || prev == '-') return false;
    prev = c;
  }
  return prev != '-' && digits >= 5 && (p[0] == '0' || p[0] == '9' || p[0] == '4' || p[0] == '8');
}

std::string trimmed(std::string s) {
  const auto b = s.find_first_not_of(" \t");
  const auto e = s.find_last_not_of(" \t");
  return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

// "install|repair", "承装、承修" → {"install", "repair"}; nullopt on an unknown name.
std::optional<std::vector<std::string>> parse_categories(const std::string& text) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&]() -> bool {
    const std::string t = trimmed(cur);
    cur.clear();
    if (t.empty()) return true;
    std::string c = t == "承装" ? "install" : t == "承修" ? "repair" : t == "承试" ? "test" : t;
    if (!one_of(c, contractor_categories())) return false;
    if (!one_of(c, out)) out.push_back(c);
    return true;
  };
  const std::string dun = "、";
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '|' || text[i] == ',' ) {
      if (!flush()) return std::nullopt;
      ++i;
    } else if (text.compare(i, dun.size(), dun) == 0) {
      if (!flush()) return std::nullopt;
      i += dun.size();
    } else {
      cur += text[i++];
    }
  }
  if (!flush()) return std::nullopt;
  return out;
}

}  // namespace

const std::vector<std::string>& contractor_kinds() {
  static const std::vector<std::string> k = {"design", "construction", "test"};
  return k;
}
const std::vector<std::string>& contractor_categories() {
  static const std::vector<std::string> k = {"install", "repair", "test"};
  return k;
}
const std::vector<std::string>& licence_classes() {
  static const std::vector<std::string> k = {"一级", "二级", "三级", "四级", "五级", "甲级", "乙级", "丙级"};
  return k;
}

std::vector<Error> validate_contractor(const ContractorRecord& r, const std::string& prefix) {
  std::vector<Error> out;
  auto err = [&](const std::string& field, const std::string& zh, const std::string& en, const char* code = "invalid") {
    out.push_back(make_error(code, prefix + field, prefix + field + "：" + zh, prefix + field + ": " + en));
  };
  if (!one_of(r.kind, contractor_kinds())) err("kind", "应为 design、construction 或 test", "must be design, construction or test");
  if (r.kind == "construction" && r.categories.empty())
    err("categories", "施工单位须至少持有承装、承修、承试之一", "a construction unit holds at least one of install, repair, test", "required");
  if (r.kind != "construction" && !r.categories.empty())
    err("categories", "仅施工单位有承装/承修/承试类别", "only construction units have install/repair/test categories");
  for (const auto& c : r.categories)
    if (!one_of(c, contractor_categories())) err("categories", "未知类别 " + c + "（可选 install、repair、test）", "unknown category " + c + " (install, repair, test)");
  if (auto e = validate::text(r.name, "name", 2, 100)) err("name", "应为 2–100 个字符", "must be 2–100 characters");
  if (auto e = validate::social_credit_code(r.credit_code, "credit_code")) err("credit_code", e->message_zh, e->message_en);
  if (auto e = validate::text(r.licence_number, "licence_number", 4, 40)) err("licence_number", "应为 4–40 个字符", "must be 4–40 characters");
  if (!one_of(r.licence_class, licence_classes()))
    err("licence_class", "应为许可证所载等级：" + join(licence_classes(), "、"), "must be the class the licence states: " + join(licence_classes(), ", "));
  else if (r.kind != "design" && (r.licence_class == "甲级" || r.licence_class == "乙级" || r.licence_class == "丙级"))
    err("licence_class", "施工、试验单位等级为一级至五级", "construction and test licences are classed 一级 to 五级");
  if (auto e = validate::text(r.scope, "scope", 2, 500)) err("scope", "应为 2–500 个字符", "must be 2–500 characters");
  if (r.valid_until < r.valid_from) err("valid_until", "不应早于 valid_from", "must not be before valid_from");
  else if (r.valid_until.serial() - r.valid_from.serial() > 366 * 10)
    err("valid_until", "有效期不应超过 10 年", "the validity must not exceed 10 years");
  if (auto e = validate::text(r.county, "county", 2, 40)) err("county", "应为 2–40 个字符", "must be 2–40 characters");
  if (!phone_ok(r.phone))
    err("phone", "应为手机号、带区号的座机（如 0371-12345678）或服务热线", "must be a mobile number, a landline with area code (0371-12345678) or a service line");
  return out;
}

int licence_days_left(const ContractorRecord& r, const Date& today) {
  return static_cast<int>(r.valid_until.serial() - today.serial());
}

std::string licence_status(const ContractorRecord& r, bool withdrawn, const Date& today, int expiring_days) {
  // rule P3: a licence past its date (or withdrawn) is never shown as valid
  if (withdrawn) return "withdrawn";
  if (today < r.valid_from) return "not_yet_valid";
  if (today > r.valid_until) return "expired";
  if (licence_days_left(r, today) <= expiring_days) return "expiring";
  return "valid";
}

ContractorImport parse_contractor_csv(std::string_view text) {
  ContractorImport out;
  auto rows = parse_csv(text, 5000, 32);
  if (!rows) {
    out.errors.push_back(rows.error());
    return out;
  }
  const auto& rs = rows.value();
  if (rs.empty()) {
    out.errors.push_back(make_error("required", "file", "文件为空", "the file is empty"));
    return out;
  }
  const std::vector<std::string>& header = rs[0].cells;
  std::map<std::string, int> seen_col;
  for (const auto& h : header) {
    if (!one_of(h, kColumns)) out.errors.push_back(make_error("unknown_column", "line 1: " + h, "第 1 行：未知列 " + h, "line 1: unknown column " + h));
    else if (seen_col[h]++) out.errors.push_back(make_error("duplicate", "line 1: " + h, "第 1 行：列 " + h + " 重复", "line 1: column " + h + " appears twice"));
  }
  for (const auto& k : kColumns)
    if (k != "categories" && !seen_col.count(k))
      out.errors.push_back(make_error("required", "line 1: " + k, "第 1 行：缺少列 " + k, "line 1: missing column " + k));
  if (!out.errors.empty()) return out;
  if (rs.size() == 1) {
    out.errors.push_back(make_error("required", "file", "文件中没有记录", "the file holds no records"));
    return out;
  }
  std::map<std::string, int> numbers;  // kind|licence_number -> first line
  for (std::size_t i = 1; i < rs.size() && out.errors.size() < 100; ++i) {
    const int line = rs[i].line;
    const std::string where = "line " + std::to_string(line) + ": ";
    if (rs[i].cells.size() != header.size()) {
      out.errors.push_back(make_error("invalid", where + "row", where + "列数应为 " + std::to_string(header.size()),
                                      where + "expected " + std::to_string(header.size()) + " columns"));
      continue;
    }
    std::map<std::string, std::string> v;
    for (std::size_t c = 0; c < header.size(); ++c) v[header[c]] = trimmed(rs[i].cells[c]);
    const std::size_t before = out.errors.size();
    ContractorRecord r;
    r.kind = v["kind"];
    r.name = v["name"];
    r.credit_code = v["credit_code"];
    r.licence_number = v["licence_number"];
    r.licence_class = v["licence_class"];
    r.scope = v["scope"];
    r.county = v["county"];
    r.phone = v["phone"];
    if (auto cats = parse_categories(v["categories"])) r.categories = *cats;
    else out.errors.push_back(make_error("invalid", where + "categories", where + "categories：应为 承装/承修/承试（install|repair|test）",
                                         where + "categories: must be install|repair|test (承装/承修/承试)"));
    auto date = [&](const char* col, Date& d) {
      auto p = parse_date(v[col]);
      if (!p) out.errors.push_back(make_error("invalid", where + col, where + col + "：应为 YYYY-MM-DD 格式的有效日期",
                                              where + col + ": must be a real date YYYY-MM-DD"));
      else d = *p;
      return p.has_value();
    };
    const bool dates = date("valid_from", r.valid_from) & date("valid_until", r.valid_until);
    for (auto& e : validate_contractor(r, where)) {
      const bool date_field = e.field == where + "valid_until" || e.field == where + "valid_from";
      const bool cat_field = e.field == where + "categories";
      if ((date_field && !dates) || (cat_field && out.errors.size() > before && out.errors[before].field == where + "categories")) continue;
      out.errors.push_back(std::move(e));
    }
    if (out.errors.size() > before) continue;
    auto [it, fresh] = numbers.emplace(r.kind + "|" + r.licence_number, line);
    if (!fresh) {
      out.errors.push_back(make_error("duplicate", where + "licence_number",
                                      where + "licence_number：与第 " + std::to_string(it->second) + " 行重复",
                                      where + "licence_number: duplicates line " + std::to_string(it->second)));
      continue;
    }
    out.records.push_back(std::move(r));
    out.lines.push_back(line);
  }
  if (!out.errors.empty()) {  // all or nothing
    out.records.clear();
    out.lines.clear();
  }
  return out;
}

std::string categories_zh(const std::vector<std::string>& categories) {
  std::string out;
  for (const auto& c : categories) out += (out.empty() ? "" : "、") + std::string(c == "install" ? "承装" : c == "repair" ? "承修" : "承试");
  return out;
}

std::string contractor_kind_zh(const std::string& kind) {
  return kind == "design" ? "设计单位" : kind == "construction" ? "施工单位" : kind == "test" ? "试验单位" : kind;
}

}  // namespace gp
