#include "gp/service_config.h"

#include <nlohmann/json.hpp>

#include "gp/time_limits.h"

namespace gp {
namespace embedded { extern const std::string_view service_config; }

namespace {
using nlohmann::json;

Error bad(const std::string& field, const std::string& zh, const std::string& en) {
  return make_error("invalid", field, field + "：" + zh, field + ": " + en);
}

// Reads {"zh","en"} pairs.
Status read_pair(const json& j, const char* key, std::string& zh, std::string& en) {
  if (!j.contains(key)) return std::nullopt;
  const json& v = j.at(key);
  if (!v.is_object() || !v.value("zh", json()).is_string() || !v.value("en", json()).is_string())
    return bad(key, "应为 {\"zh\",\"en\"} 字符串对", "must be {\"zh\",\"en\"} strings");
  zh = v.at("zh").get<std::string>();
  en = v.at("en").get<std::string>();
  return std::nullopt;
}

Status read_number(const json& j, const std::string& path, const char* key, double lo, double hi, double& out) {
  if (!j.contains(key)) return std::nullopt;
  const json& v = j.at(key);
  if (!v.is_number() || v.get<double>() < lo || v.get<double>() > hi)
    return bad(path + "." + key, "应为 " + std::to_string(lo) + "–" + std::to_string(hi) + " 的数值",
               "must be a number in " + std::to_string(lo) + ".." + std::to_string(hi));
  out = v.get<double>();
  return std::nullopt;
}

}  // namespace

const ServiceConfig& ServiceConfig::builtin() {
  static const ServiceConfig c = [] {
    auto r = from_json(embedded::service_config);
    return r.ok() ? r.value() : ServiceConfig{};
  }();
  return c;
}

Result<ServiceConfig> ServiceConfig::from_json(std::string_view text) {
  json j = json::parse(text.begin(), text.end(), nullptr, false);
  if (j.is_discarded() || !j.is_object()) return make_error("invalid_json", "", "配置不是有效的 JSON 对象", "configuration is not a JSON object");
  ServiceConfig c;
  if (auto e = read_pair(j, "company", c.company_zh, c.company_en)) return *e;
  if (auto e = read_pair(j, "product", c.product_zh, c.product_en)) return *e;
  if (auto e = read_pair(j, "service_hall", c.service_hall_zh, c.service_hall_en)) return *e;
  if (j.contains("supervision_phone")) {
    const json& p = j.at("supervision_phone");
    if (!p.is_string() || p.get<std::string>().empty() || p.get<std::string>().size() > 20 ||
        p.get<std::string>().find_first_not_of("0123456789-") != std::string::npos)
      return bad("supervision_phone", "应为 1–20 位数字或连字符", "must be 1–20 digits or hyphens");
    c.supervision_phone = p.get<std::string>();
  }
  // Every change-of-use business gets a limit; missing ones keep the defaults below.
  for (Business b : all_businesses())
    if (!is_connection_business(b)) c.change_of_use_limits[b] = StageLimits{};
  if (j.contains("change_of_use_limits")) {
    const json& m = j.at("change_of_use_limits");
    if (!m.is_object()) return bad("change_of_use_limits", "应为对象", "must be an object");
    for (auto it = m.begin(); it != m.end(); ++it) {
      const std::string path = "change_of_use_limits." + it.key();
      auto b = parse_business(it.key());
      if (!b || is_connection_business(*b)) return bad(path, "不是变更用电业务", "is not a change-of-use business");
      if (!it.value().is_object()) return bad(path, "应为对象", "must be an object");
      StageLimits sl;
      for (const char* k : {"application", "completion"}) {
        if (!it.value().contains(k)) continue;
        const json& v = it.value().at(k);
        if (!v.is_number_integer() || v.get<long long>() < 0 || v.get<long long>() > 365)
          return bad(path + "." + k, "应为 0–365 的整数（工作日）", "must be an integer 0–365 (working days)");
        (std::string(k) == "application" ? sl.application : sl.completion) = static_cast<int>(v.get<long long>());
      }
      c.change_of_use_limits[*b] = sl;
    }
  }
  if (j.contains("lv_outage_plan_affecting_others")) {
    // rule O1: a company setting (the seed is silent for LV work that cuts others' supply)
    const json& v = j.at("lv_outage_plan_affecting_others");
    std::optional<OutagePlan> op;
    if (v.is_string()) op = parse_outage_plan(v.get<std::string>());
    if (!op) return bad("lv_outage_plan_affecting_others", "应为 monthly、weekly、daily 或 on_request",
                        "must be monthly, weekly, daily or on_request");
    c.lv_outage_plan_affecting_others = *op;
  }
  // Integers in working days, within [lo, hi].
  auto read_days = [&](const json& obj, const std::string& path, const char* key, int lo, int hi, int& out) -> Status {
    if (!obj.contains(key)) return std::nullopt;
    const json& v = obj.at(key);
    if (!v.is_number_integer() || v.get<long long>() < lo || v.get<long long>() > hi)
      return bad(path + "." + key, "应为 " + std::to_string(lo) + "–" + std::to_string(hi) + " 的整数（工作日）",
                 "must be an integer " + std::to_string(lo) + ".." + std::to_string(hi) + " (working days)");
    out = static_cast<int>(v.get<long long>());
    return std::nullopt;
  };
  if (j.contains("stage_split")) {
    // rule T6: the company's split of the plan's totals between steps.
    const json& m = j.at("stage_split");
    if (!m.is_object()) return bad("stage_split", "应为对象", "must be an object");
    StageSplit& sp = c.stage_split;
    if (auto e = read_days(m, "stage_split", "hv_application", 1, policy::kT4, sp.hv_application)) return *e;
    if (auto e = read_days(m, "stage_split", "hv_supply_plan", 1, policy::kT4, sp.hv_supply_plan)) return *e;
    if (auto e = read_days(m, "stage_split", "hv_connect", 1, policy::kT4, sp.hv_connect)) return *e;
    // The LV application step leaves at least one day of the shortest total (T1) to energizing.
    if (auto e = read_days(m, "stage_split", "lv_application", 1, policy::kT1 - 1, sp.lv_application)) return *e;
    if (sp.hv_application + sp.hv_supply_plan + sp.hv_connect != policy::kT4)
      return bad("stage_split", "高压各环节时限之和应为 " + std::to_string(policy::kT4) + " 个工作日（规则 T4）",
                 "the high-voltage steps must sum to " + std::to_string(policy::kT4) + " working days (rule T4)");
  }
  if (j.contains("asset_transfer_review")) {
    const json& m = j.at("asset_transfer_review");
    if (!m.is_object()) return bad("asset_transfer_review", "应为对象", "must be an object");
    if (auto e = read_days(m, "asset_transfer_review", "design_review", 1, 60, c.asset_transfer_review.design_review)) return *e;
    if (auto e = read_days(m, "asset_transfer_review", "mid_inspection", 1, 60, c.asset_transfer_review.mid_inspection)) return *e;
  }
  if (j.contains("reserve_works")) {
    // rule R1: the company's heuristic for a reserve record's preliminary works
    const json& m = j.at("reserve_works");
    if (!m.is_object()) return bad("reserve_works", "应为对象", "must be an object");
    if (auto e = read_number(m, "reserve_works", "t_connection_max_kw", 0, 1e6, c.reserve_works.t_connection_max_kw)) return *e;
    if (auto e = read_number(m, "reserve_works", "overhead_line_max_kw", 0, 1e6, c.reserve_works.overhead_line_max_kw)) return *e;
    if (c.reserve_works.overhead_line_max_kw < c.reserve_works.t_connection_max_kw)
      return bad("reserve_works.overhead_line_max_kw", "不应小于 t_connection_max_kw", "must not be below t_connection_max_kw");
  }
  if (j.contains("backfill_after_hours")) {  // rule M5: a company setting
    const json& h = j.at("backfill_after_hours");
    if (!h.is_number_integer() || h.get<long long>() < 1 || h.get<long long>() > 720)
      return bad("backfill_after_hours", "应为 1–720 的整数（小时）", "must be a whole number of hours, 1–720");
    c.backfill_after_hours = h.get<int>();
  }
  if (j.contains("grab")) {  // rule M7: company settings
    const json& g = j.at("grab");
    if (!g.is_object()) return bad("grab", "应为对象", "must be an object");
    if (g.contains("enabled")) {
      if (!g.at("enabled").is_boolean()) return bad("grab.enabled", "应为 true 或 false", "must be true or false");
      c.grab.enabled = g.at("enabled").get<bool>();
    }
    const auto whole = [&](const char* key, int lo, int hi, int& out) -> Status {
      if (!g.contains(key)) return std::nullopt;
      const json& v = g.at(key);
      if (!v.is_number_integer() || v.get<long long>() < lo || v.get<long long>() > hi)
        return bad(std::string("grab.") + key, "应为 " + std::to_string(lo) + "–" + std::to_string(hi) + " 的整数",
                   "must be a whole number, " + std::to_string(lo) + "–" + std::to_string(hi));
      out = v.get<int>();
      return std::nullopt;
    };
    if (auto e = whole("window_minutes", 1, 7 * 24 * 60, c.grab.window_minutes)) return *e;
    if (auto e = whole("load_cap", 1, 10000, c.grab.load_cap)) return *e;
  }
  if (j.contains("cost_consultation"))  // rule P4: company settings (cost consultation)
    if (auto e = read_cost_settings(j.at("cost_consultation"), c.cost_consultation)) return *e;
  if (j.contains("case_handling_hours")) {  // rule M6: a company setting
    const json& h = j.at("case_handling_hours");
    if (!h.is_number_integer() || h.get<long long>() < 1 || h.get<long long>() > 2160)
      return bad("case_handling_hours", "应为 1–2160 的整数（小时）", "must be a whole number of hours, 1–2160");
    c.case_handling_hours = h.get<int>();
  }
  if (j.contains("sla")) {
    const json& s = j.at("sla");
    if (!s.is_object()) return bad("sla", "应为对象", "must be an object");
    if (auto e = read_number(s, "sla", "warning_fraction", 0.01, 0.99, c.sla.warning_fraction)) return *e;
    if (auto e = read_number(s, "sla", "command_center_overdue_fraction", 0, 10, c.sla.command_center_overdue_fraction)) return *e;
    if (auto e = read_number(s, "sla", "leadership_overdue_fraction", 0, 10, c.sla.leadership_overdue_fraction)) return *e;
    if (auto e = read_number(s, "sla", "leadership_min_overdue_working_days", 0, 365, c.sla.leadership_min_overdue_working_days)) return *e;
    if (auto e = read_number(s, "sla", "leadership_min_overdue_seconds", 0, 1e7, c.sla.leadership_min_overdue_seconds)) return *e;
  }
  return c;
}

std::string ServiceConfig::to_json() const {
  json limits = json::object();
  for (const auto& [b, l] : change_of_use_limits)
    limits[to_string(b)] = {{"application", l.application}, {"completion", l.completion}};
  json j = {{"company", {{"zh", company_zh}, {"en", company_en}}},
            {"product", {{"zh", product_zh}, {"en", product_en}}},
            {"service_hall", {{"zh", service_hall_zh}, {"en", service_hall_en}}},
            {"change_of_use_limits", limits},
            {"lv_outage_plan_affecting_others", gp::to_string(lv_outage_plan_affecting_others)},
            {"stage_split", {{"hv_application", stage_split.hv_application}, {"hv_supply_plan", stage_split.hv_supply_plan},
                             {"hv_connect", stage_split.hv_connect}, {"lv_application", stage_split.lv_application}}},
            {"reserve_works", {{"t_connection_max_kw", reserve_works.t_connection_max_kw},
                               {"overhead_line_max_kw", reserve_works.overhead_line_max_kw}}},
            {"asset_transfer_review", {{"design_review", asset_transfer_review.design_review},
                                       {"mid_inspection", asset_transfer_review.mid_inspection}}},
            {"sla", {{"warning_fraction", sla.warning_fraction},
                     {"command_center_overdue_fraction", sla.command_center_overdue_fraction},
                     {"leadership_overdue_fraction", sla.leadership_overdue_fraction},
                     {"leadership_min_overdue_working_days", sla.leadership_min_overdue_working_days},
                     {"leadership_min_overdue_seconds", sla.leadership_min_overdue_seconds}}},
            {"backfill_after_hours", backfill_after_hours},
            {"grab", {{"enabled", grab.enabled}, {"window_minutes", grab.window_minutes}, {"load_cap", grab.load_cap}}},  // rule M7
            {"cost_consultation", cost_settings_json(cost_consultation)},  // rule P4
            {"case_handling_hours", case_handling_hours}};  // rule M6
  // Absent rather than "": from_json refuses an empty number, and what to_json writes must read
  // back (found by tests/fuzz/fuzz_service_config.cpp: "{}" was accepted, its to_json refused).
  if (!supervision_phone.empty()) j["supervision_phone"] = supervision_phone;
  return j.dump();
}

}  // namespace gp
