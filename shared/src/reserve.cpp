#include "gp/reserve.h"

#include <cmath>
#include <map>

#include "gp/csv.h"
#include "gp/validate.h"

namespace gp {
namespace {

using nlohmann::json;

const std::vector<std::string> kColumns = {"approval_number", "project_name", "company", "credit_code", "address",
                                           "capacity_kw", "voltage_kv", "industry", "in_provincial_park",
                                           "expected_date", "contact_name", "contact_phone"};
const std::vector<std::string> kRequired = {"approval_number", "project_name", "company", "credit_code", "address",
                                            "capacity_kw", "voltage_kv"};

// Validates one record given as column -> text; appends errors with `where` ("line 3: ", "[2].").
std::optional<ReserveRecord> record_from(const std::map<std::string, std::string>& v, const std::string& where,
                                         const Date& today, std::vector<Error>& errors) {
  const std::size_t before = errors.size();
  auto err = [&](const std::string& col, const std::string& zh, const std::string& en) {
    errors.push_back(make_error("invalid", where + col, where + col + "：" + zh, where + col + ": " + en));
  };
  auto get = [&](const std::string& k) {
    auto it = v.find(k);
    return it == v.end() ? std::string() : it->second;
  };
  for (const auto& k : kRequired)
    if (get(k).empty()) err(k, "必填", "is required");
  if (errors.size() > before) return std::nullopt;
  ReserveRecord r;
  r.approval_number = get("approval_number");
  if (validate::text(r.approval_number, "approval_number", 1, 64)) err("approval_number", "应为 1–64 个字符", "must be 1–64 characters");
  r.project_name = get("project_name");
  if (validate::text(r.project_name, "project_name", 1, 100)) err("project_name", "应为 1–100 个字符", "must be 1–100 characters");
  r.company = get("company");
  if (validate::text(r.company, "company", 1, 100)) err("company", "应为 1–100 个字符", "must be 1–100 characters");
  r.credit_code = get("credit_code");
  if (auto e = validate::social_credit_code(r.credit_code, "credit_code")) err("credit_code", e->message_zh, e->message_en);
  r.address = get("address");
  if (validate::text(r.address, "address", 2, 200)) err("address", "应为 2–200 个字符", "must be 2–200 characters");
  auto number = [&](const std::string& col, double lo, double hi, double& out) {
    const std::string s = get(col);
    char* end = nullptr;
    const double d = std::strtod(s.c_str(), &end);
    if (s.empty() || end != s.c_str() + s.size() || !std::isfinite(d) || d <= lo || d > hi) {
      err(col, "应为大于 " + std::to_string(static_cast<long long>(lo)) + " 的数值", "must be a number above " + std::to_string(static_cast<long long>(lo)));
      return false;
    }
    out = d;
    return true;
  };
  number("capacity_kw", 0, 1'000'000, r.capacity_kw);
  if (number("voltage_kv", 0, 1000, r.voltage_kv)) {
    bool ok = false;
    for (double kv : {0.22, 0.38, 10.0, 35.0, 110.0}) ok = ok || std::fabs(kv - r.voltage_kv) < 1e-9;
    if (!ok) err("voltage_kv", "应为 0.22、0.38、10、35 或 110", "must be 0.22, 0.38, 10, 35 or 110");
  }
  if (!get("industry").empty()) {
    auto ind = parse_industry(get("industry"));
    if (!ind || *ind == Industry::residential) err("industry", "不支持的行业", "unknown or residential industry");
    else r.industry = *ind;
  }
  const std::string park = get("in_provincial_park");
  if (park == "true" || park == "1" || park == "是") r.in_provincial_park = true;
  else if (!park.empty() && park != "false" && park != "0" && park != "否") err("in_provincial_park", "应为 true 或 false", "must be true or false");
  if (!get("expected_date").empty()) {
    auto d = parse_date(get("expected_date"));
    if (!d) err("expected_date", "应为 YYYY-MM-DD 格式的有效日期", "must be a real date YYYY-MM-DD");
    else if (*d < today.plus_days(-366 * 5)) err("expected_date", "日期过早", "is too far in the past");
    else r.expected_date = d;
  }
  r.contact_name = get("contact_name");
  if (!r.contact_name.empty())
    if (auto e = validate::person_name(r.contact_name, "contact_name")) err("contact_name", e->message_zh, e->message_en);
  r.contact_phone = get("contact_phone");
  if (!r.contact_phone.empty()) {
    if (auto e = validate::mobile_phone(r.contact_phone, "contact_phone")) err("contact_phone", e->message_zh, e->message_en);
    else r.contact_phone = validate::normalize_mobile(r.contact_phone);
  }
  if (errors.size() > before) return std::nullopt;
  return r;
}

void check_duplicates(ReserveImport& out, const std::vector<std::string>& wheres) {
  std::map<std::string, std::size_t> seen;
  for (std::size_t i = 0; i < out.records.size(); ++i) {
    auto [it, fresh] = seen.emplace(out.records[i].approval_number, i);
    if (!fresh)
      out.errors.push_back(make_error("duplicate", wheres[i] + "approval_number", wheres[i] + "approval_number：与前面的记录重复",
                                      wheres[i] + "approval_number: duplicates an earlier row"));
  }
}

}  // namespace

ReserveImport parse_reserve_csv(std::string_view text, const Date& today) {
  ReserveImport out;
  auto rows = parse_csv(text, 20000, 32);
  if (!rows) {
    out.errors.push_back(rows.error());
    return out;
  }
  const auto& rs = rows.value();
  if (rs.empty()) {
    out.errors.push_back(make_error("required", "file", "文件为空", "the file is empty"));
    return out;
  }
  std::vector<std::string> header = rs[0].cells;
  for (const auto& h : header) {
    bool known = false;
    for (const auto& k : kColumns) known = known || k == h;
    if (!known) out.errors.push_back(make_error("unknown_column", "line 1: " + h, "第 1 行：未知列 " + h, "line 1: unknown column " + h));
  }
  for (const auto& k : kRequired) {
    bool have = false;
    for (const auto& h : header) have = have || h == k;
    if (!have) out.errors.push_back(make_error("required", "line 1: " + k, "第 1 行：缺少列 " + k, "line 1: missing column " + k));
  }
  if (!out.errors.empty()) return out;
  std::vector<std::string> wheres;
  for (std::size_t i = 1; i < rs.size() && out.errors.size() < 100; ++i) {
    const std::string where = "line " + std::to_string(rs[i].line) + ": ";
    if (rs[i].cells.size() != header.size()) {
      out.errors.push_back(make_error("invalid", where + "row", where + "列数应为 " + std::to_string(header.size()),
                                      where + "expected " + std::to_string(header.size()) + " columns"));
      continue;
    }
    std::map<std::string, std::string> v;
    for (std::size_t c = 0; c < header.size(); ++c) v[header[c]] = rs[i].cells[c];
    if (auto r = record_from(v, where, today, out.errors)) {
      out.records.push_back(*r);
      wheres.push_back(where);
    }
  }
  if (out.errors.empty()) check_duplicates(out, wheres);
  if (!out.errors.empty()) out.records.clear();  // all or nothing
  return out;
}

ReserveImport parse_reserve_json(std::string_view text, const Date& today) {
  ReserveImport out;
  json j = json::parse(text.begin(), text.end(), nullptr, false);
  if (j.is_discarded() || !j.is_array()) {
    out.errors.push_back(make_error("invalid_json", "file", "应为 JSON 数组", "must be a JSON array of objects"));
    return out;
  }
  if (j.size() > 20000) {
    out.errors.push_back(make_error("too_large", "file", "记录过多（最多 20000 条）", "too many records (at most 20000)"));
    return out;
  }
  std::vector<std::string> wheres;
  for (std::size_t i = 0; i < j.size() && out.errors.size() < 100; ++i) {
    const std::string where = "[" + std::to_string(i) + "].";
    if (!j[i].is_object()) {
      out.errors.push_back(make_error("invalid_type", "[" + std::to_string(i) + "]", "应为对象", "must be an object"));
      continue;
    }
    std::map<std::string, std::string> v;
    bool bad_type = false;
    for (auto it = j[i].begin(); it != j[i].end(); ++it) {
      bool known = false;
      for (const auto& k : kColumns) known = known || k == it.key();
      if (!known) {
        out.errors.push_back(make_error("unknown_field", where + it.key(), "未知字段 " + where + it.key(), "unknown field " + where + it.key()));
        bad_type = true;
        continue;
      }
      const json& val = it.value();
      if (val.is_string()) v[it.key()] = val.get<std::string>();
      else if (val.is_number()) {
        char b[40];
        std::snprintf(b, sizeof b, "%.10g", val.get<double>());
        v[it.key()] = b;
      } else if (val.is_boolean()) v[it.key()] = val.get<bool>() ? "true" : "false";
      else if (!val.is_null()) {
        out.errors.push_back(make_error("invalid_type", where + it.key(), where + it.key() + " 类型不正确", where + it.key() + " has the wrong type"));
        bad_type = true;
      }
    }
    if (bad_type) continue;
    if (auto r = record_from(v, where, today, out.errors)) {
      out.records.push_back(*r);
      wheres.push_back(where);
    }
  }
  if (out.errors.empty()) check_duplicates(out, wheres);
  if (!out.errors.empty()) out.records.clear();
  return out;
}

std::vector<WorksItem> preliminary_works(const ReserveRecord& r, const ServiceConfig& cfg) {
  // rule R1; the choice of kinds is the company's heuristic (see ServiceConfig::reserve_works).
  auto item = [](double kv, WorksKind k) {
    WorksItem w;
    w.voltage_kv = kv;
    w.kind = k;
    return w;
  };
  if (r.voltage_kv < 10) return {item(0.4, WorksKind::lv)};
  if (r.voltage_kv < 35) {
    if (r.capacity_kw <= cfg.reserve_works.t_connection_max_kw) return {item(10, WorksKind::t_connection)};
    if (r.capacity_kw <= cfg.reserve_works.overhead_line_max_kw) return {item(10, WorksKind::overhead_line)};
    return {item(10, WorksKind::switching_station_or_cable)};
  }
  const double kv = r.voltage_kv < 110 ? 35 : 110;
  return {item(kv, WorksKind::substation_bay), item(kv, WorksKind::overhead_line)};
}

Facts reserve_facts(const ReserveRecord& r, const ServiceConfig& cfg) {
  Facts f;
  f.business = Business::new_connection;
  f.customer_type = r.voltage_kv >= 10 ? CustomerType::hv : CustomerType::lv_non_residential;
  f.voltage_kv = r.voltage_kv;
  f.capacity_kw = r.capacity_kw;
  f.industry = r.industry;
  f.in_provincial_park = r.in_provincial_park;
  f.supporting_works = preliminary_works(r, cfg);  // rule R1
  return f;
}

void to_json(json& j, const ReserveRecord& r) {
  j = {{"approval_number", r.approval_number}, {"project_name", r.project_name}, {"company", r.company},
       {"credit_code", r.credit_code}, {"address", r.address}, {"capacity_kw", r.capacity_kw}, {"voltage_kv", r.voltage_kv},
       {"industry", to_string(r.industry)}, {"in_provincial_park", r.in_provincial_park},
       {"expected_date", r.expected_date ? json(r.expected_date->iso()) : json(nullptr)},
       {"contact_name", r.contact_name}, {"contact_phone", r.contact_phone}};
}

}  // namespace gp
