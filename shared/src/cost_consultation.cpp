#include "gp/cost_consultation.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

#include "gp/validate.h"

namespace gp {
namespace {

using nlohmann::json;

Error bad(const std::string& code, const std::string& field, const std::string& zh, const std::string& en) {
  return make_error(code, field, field + "：" + zh, field + ": " + en);
}

Status only_keys(const json& body, const std::vector<std::string>& keys, const std::string& prefix = "") {
  for (auto it = body.begin(); it != body.end(); ++it)
    if (std::find(keys.begin(), keys.end(), it.key()) == keys.end())
      return bad("unknown_field", prefix + it.key(), "未知字段", "unknown field");
  return std::nullopt;
}

// A string field of min..max characters; "" when absent (or null) and not required.
Status text_of(const json& body, const char* key, bool required, std::size_t lo, std::size_t hi, std::string& out,
               const std::string& prefix = "") {
  const std::string field = prefix + key;
  auto it = body.find(key);
  if (it == body.end() || it->is_null()) {
    if (required) return bad("required", field, "必填", "is required");
    out.clear();
    return std::nullopt;
  }
  if (!it->is_string()) return bad("invalid_type", field, "应为文字", "must be a string");
  out = it->get<std::string>();
  if (!required && out.empty()) return std::nullopt;
  return validate::text(out, field, required ? lo : std::max<std::size_t>(lo, 1), hi);
}

// A finite number in (lo, hi] (lo_inclusive: [lo, hi]).
Status number_of(const json& body, const char* key, double lo, double hi, bool lo_inclusive, double& out,
                 const std::string& prefix = "") {
  const std::string field = prefix + key;
  auto it = body.find(key);
  if (it == body.end() || it->is_null()) return bad("required", field, "必填", "is required");
  if (!it->is_number()) return bad("invalid_type", field, "应为数值", "must be a number");
  const double v = it->get<double>();
  char range[96];
  std::snprintf(range, sizeof range, "%s%g, %g]", lo_inclusive ? "[" : "(", lo, hi);
  if (!std::isfinite(v) || v > hi || v < lo || (!lo_inclusive && v == lo))
    return bad("out_of_range", field, std::string("应在 ") + range + " 之内", std::string("must be within ") + range);
  out = v;
  return std::nullopt;
}

Status integer_of(const json& body, const char* key, long long lo, long long hi, long long& out, const std::string& prefix = "") {
  const std::string field = prefix + key;
  auto it = body.find(key);
  if (it == body.end() || it->is_null()) return bad("required", field, "必填", "is required");
  if (!it->is_number_integer()) return bad("invalid_type", field, "应为整数", "must be a whole number");
  const long long v = it->get<long long>();
  if (v < lo || v > hi)
    return bad("out_of_range", field, "应为 " + std::to_string(lo) + "–" + std::to_string(hi) + " 的整数",
               "must be a whole number " + std::to_string(lo) + ".." + std::to_string(hi));
  out = v;
  return std::nullopt;
}

// Yuan with at most two decimals -> fen.
Status money_of(const json& body, const char* key, bool zero_ok, std::int64_t& fen) {
  double yuan = 0;
  if (auto e = number_of(body, key, 0, 10'000'000, zero_ok, yuan)) return e;
  const double f = yuan * 100;
  if (std::fabs(f - std::round(f)) > 1e-6) return bad("invalid", key, "最多两位小数（元）", "at most two decimals (yuan)");
  fen = static_cast<std::int64_t>(std::llround(f));
  return std::nullopt;
}

std::string num(double v) {
  char b[32];
  std::snprintf(b, sizeof b, "%g", v);
  return b;
}

}  // namespace

// --- settings --------------------------------------------------------------------------------

double CostConsultationSettings::demand_factor(const std::string& use) const {
  for (const auto& [u, f] : demand_factors)
    if (u == use) return f;
  return 1.0;
}

Status read_cost_settings(const json& j, CostConsultationSettings& s) {
  const std::string p = "cost_consultation.";
  if (!j.is_object()) return bad("invalid", "cost_consultation", "应为对象", "must be an object");
  if (auto e = only_keys(j, {"answer_limit_working_days", "power_factor", "demand_factors", "lv_max_kw", "transformer_sizes_kva",
                             "typical_designs", "lv_equipment"}, p))
    return e;
  if (j.contains("answer_limit_working_days")) {
    long long d = 0;
    if (auto e = integer_of(j, "answer_limit_working_days", 1, 30, d, p)) return e;
    s.answer_limit_working_days = static_cast<int>(d);
  }
  if (j.contains("power_factor"))
    if (auto e = number_of(j, "power_factor", 0.5, 1.0, true, s.power_factor, p)) return e;
  if (j.contains("lv_max_kw"))
    if (auto e = number_of(j, "lv_max_kw", 0, 1000, false, s.lv_max_kw, p)) return e;
  if (j.contains("demand_factors")) {
    const json& m = j.at("demand_factors");
    if (!m.is_object()) return bad("invalid", p + "demand_factors", "应为对象", "must be an object");
    s.demand_factors.clear();
    for (const auto& use : cost_uses()) {
      double f = 0;
      if (!m.contains(use)) return bad("required", p + "demand_factors." + use, "必填", "is required");
      if (auto e = number_of(m, use.c_str(), 0, 1, false, f, p + "demand_factors.")) return e;
      s.demand_factors.emplace_back(use, f);
    }
    if (auto e = only_keys(m, cost_uses(), p + "demand_factors.")) return e;
  }
  if (j.contains("transformer_sizes_kva")) {
    const json& a = j.at("transformer_sizes_kva");
    if (!a.is_array() || a.empty() || a.size() > 60) return bad("invalid", p + "transformer_sizes_kva", "应为 1–60 个容量的数组", "must be an array of 1–60 sizes");
    s.transformer_sizes_kva.clear();
    for (std::size_t i = 0; i < a.size(); ++i) {
      const std::string f = p + "transformer_sizes_kva[" + std::to_string(i) + "]";
      if (!a[i].is_number() || a[i].get<double>() <= 0 || a[i].get<double>() > 100000 ||
          (i && a[i].get<double>() <= s.transformer_sizes_kva.back()))
        return bad("invalid", f, "应为递增的正数（kVA）", "must be positive and ascending (kVA)");
      s.transformer_sizes_kva.push_back(a[i].get<double>());
    }
  }
  if (j.contains("typical_designs")) {
    const json& a = j.at("typical_designs");
    if (!a.is_array() || a.size() > 20) return bad("invalid", p + "typical_designs", "应为至多 20 项的数组", "must be an array of at most 20 bands");
    s.typical_designs.clear();
    for (std::size_t i = 0; i < a.size(); ++i) {
      const std::string f = p + "typical_designs[" + std::to_string(i) + "].";
      if (!a[i].is_object()) return bad("invalid", f.substr(0, f.size() - 1), "应为对象", "must be an object");
      if (auto e = only_keys(a[i], {"max_kva", "zh", "en"}, f)) return e;
      TypicalDesign d;
      if (auto e = number_of(a[i], "max_kva", 0, 100000, false, d.max_kva, f)) return e;
      if (auto e = text_of(a[i], "zh", true, 1, 200, d.equipment_zh, f)) return e;
      if (auto e = text_of(a[i], "en", true, 1, 300, d.equipment_en, f)) return e;
      if (!s.typical_designs.empty() && d.max_kva <= s.typical_designs.back().max_kva)
        return bad("invalid", f + "max_kva", "应递增", "must be ascending");
      s.typical_designs.push_back(std::move(d));
    }
  }
  if (j.contains("lv_equipment")) {
    const json& m = j.at("lv_equipment");
    if (!m.is_object()) return bad("invalid", p + "lv_equipment", "应为 {\"zh\",\"en\"}", "must be {\"zh\",\"en\"}");
    if (auto e = text_of(m, "zh", true, 1, 200, s.lv_equipment_zh, p + "lv_equipment.")) return e;
    if (auto e = text_of(m, "en", true, 1, 300, s.lv_equipment_en, p + "lv_equipment.")) return e;
  }
  return std::nullopt;
}

json cost_settings_json(const CostConsultationSettings& s) {
  json factors = json::object();
  for (const auto& [u, f] : s.demand_factors) factors[u] = f;
  json designs = json::array();
  for (const auto& d : s.typical_designs) designs.push_back({{"max_kva", d.max_kva}, {"zh", d.equipment_zh}, {"en", d.equipment_en}});
  return {{"answer_limit_working_days", s.answer_limit_working_days}, {"power_factor", s.power_factor},
          {"demand_factors", factors}, {"lv_max_kw", s.lv_max_kw}, {"transformer_sizes_kva", s.transformer_sizes_kva},
          {"typical_designs", designs}, {"lv_equipment", {{"zh", s.lv_equipment_zh}, {"en", s.lv_equipment_en}}}};
}

// --- the customer's request ----------------------------------------------------------------------

const std::vector<std::string>& cost_uses() {
  static const std::vector<std::string> u = {"residential", "commercial", "industrial", "agricultural", "public_service"};
  return u;
}

const std::vector<double>& cost_voltages() {
  static const std::vector<double> v = {0.22, 0.38, 10, 35, 110};
  return v;
}

Named cost_use_named(const std::string& use) {
  if (use == "residential") return {"residential", "居民生活", "Residential"};
  if (use == "commercial") return {"commercial", "商业", "Commercial"};
  if (use == "industrial") return {"industrial", "工业", "Industrial"};
  if (use == "agricultural") return {"agricultural", "农业生产", "Agricultural"};
  if (use == "public_service") return {"public_service", "公共服务", "Public service"};
  return {"", "", ""};
}

const std::vector<std::string>& cost_request_keys() {
  static const std::vector<std::string> k = {"equipment", "use", "voltage_kv", "area", "address", "note", "company", "credit_code"};
  return k;
}

Result<CostRequest> parse_cost_request(const json& body) {
  if (!body.is_object()) return make_error("invalid_type", "", "请求体应为 JSON 对象", "the body must be a JSON object");
  if (auto e = only_keys(body, cost_request_keys())) return *e;
  CostRequest r;
  auto eq = body.find("equipment");
  if (eq == body.end() || eq->is_null()) return bad("required", "equipment", "请列出用电设备", "list the equipment");
  if (!eq->is_array()) return bad("invalid_type", "equipment", "应为数组", "must be an array");
  if (eq->empty()) return bad("required", "equipment", "至少一项用电设备", "at least one item of equipment");
  if (eq->size() > kMaxLoadItems)
    return bad("too_many", "equipment", "至多 " + std::to_string(kMaxLoadItems) + " 项", "at most " + std::to_string(kMaxLoadItems) + " items");
  for (std::size_t i = 0; i < eq->size(); ++i) {
    const json& it = (*eq)[i];
    const std::string p = "equipment[" + std::to_string(i) + "].";
    if (!it.is_object()) return bad("invalid_type", p.substr(0, p.size() - 1), "应为对象 {kind,count,kw_each}", "must be an object {kind,count,kw_each}");
    if (auto e = only_keys(it, {"kind", "count", "kw_each"}, p)) return *e;
    LoadItem li;
    if (auto e = text_of(it, "kind", true, 1, 40, li.kind, p)) return *e;
    long long n = 0;
    if (auto e = integer_of(it, "count", 1, 10000, n, p)) return *e;
    li.count = static_cast<int>(n);
    if (auto e = number_of(it, "kw_each", 0, 100000, false, li.kw_each, p)) return *e;
    r.equipment.push_back(std::move(li));
  }
  if (auto e = text_of(body, "use", true, 1, 40, r.use)) return *e;
  if (std::find(cost_uses().begin(), cost_uses().end(), r.use) == cost_uses().end())
    return bad("invalid", "use", "应为 residential、commercial、industrial、agricultural 或 public_service",
               "must be residential, commercial, industrial, agricultural or public_service");
  if (auto e = number_of(body, "voltage_kv", 0, 1000, false, r.voltage_kv)) return *e;
  bool known = false;
  for (double v : cost_voltages()) known = known || std::fabs(v - r.voltage_kv) < 1e-9;
  if (!known) return bad("invalid", "voltage_kv", "应为 0.22、0.38、10、35 或 110 千伏", "must be 0.22, 0.38, 10, 35 or 110 kV");
  if (auto e = text_of(body, "area", true, 1, 40, r.area)) return *e;
  if (auto e = text_of(body, "address", true, 2, 200, r.address)) return *e;
  if (auto e = text_of(body, "note", false, 0, 1000, r.note)) return *e;
  if (auto e = text_of(body, "company", false, 0, 100, r.company)) return *e;
  if (auto e = text_of(body, "credit_code", false, 0, 18, r.credit_code)) return *e;
  // rule R2: a prospect with only a business licence names the firm by name and credit code.
  if (!r.company.empty() && r.credit_code.empty())
    return bad("required", "credit_code", "填写企业名称时须填写统一社会信用代码（R2）", "a firm needs its unified social credit code (R2)");
  if (r.company.empty() && !r.credit_code.empty())
    return bad("required", "company", "填写统一社会信用代码时须填写企业名称（R2）", "a credit code needs the firm's name (R2)");
  if (!r.credit_code.empty())
    if (auto e = validate::social_credit_code(r.credit_code, "credit_code")) return *e;
  return r;
}

json to_json(const CostRequest& r) {
  json eq = json::array();
  for (const auto& li : r.equipment) eq.push_back({{"kind", li.kind}, {"count", li.count}, {"kw_each", li.kw_each}});
  json j = {{"equipment", eq}, {"use", r.use}, {"voltage_kv", r.voltage_kv}, {"area", r.area}, {"address", r.address}};
  if (!r.note.empty()) j["note"] = r.note;
  if (!r.company.empty()) j["company"] = r.company;
  if (!r.credit_code.empty()) j["credit_code"] = r.credit_code;
  return j;
}

// --- the first estimate (company settings, rule P4) -----------------------------------------------

CostEstimate estimate_cost(const CostRequest& r, const CostConsultationSettings& s) {
  CostEstimate e;
  for (const auto& li : r.equipment) e.installed_kw += li.count * li.kw_each;
  e.demand_factor = s.demand_factor(r.use);
  e.power_factor = s.power_factor > 0 ? s.power_factor : 1.0;
  e.demand_kw = e.installed_kw * e.demand_factor;
  e.demand_kva = e.demand_kw / e.power_factor;
  e.note_zh = "估算 = 装机容量 × 需要系数 ÷ 功率因数，取标准变压器容量；系数与容量表为公司设定，仅供参考，以客户经理答复为准。";
  e.note_en = "Estimate = installed kW × demand factor ÷ power factor, rounded up to a standard transformer size; the factors and "
              "the size table are company settings, for reference only — the customer manager's answer prevails.";
  if (r.voltage_kv < 10 && e.demand_kw <= s.lv_max_kw) {
    e.low_voltage = true;
    e.suggested_capacity = std::ceil(e.demand_kw - 1e-9);
    if (e.suggested_capacity < 1) e.suggested_capacity = 1;
    e.unit = "kW";
    e.equipment_zh = s.lv_equipment_zh;
    e.equipment_en = s.lv_equipment_en;
    return e;
  }
  e.unit = "kVA";
  if (r.voltage_kv < 10) {
    e.note_zh += "需用负荷超过低压接入上限 " + num(s.lv_max_kw) + " 千瓦（公司设定），建议 10 千伏供电。";
    e.note_en += " The demand exceeds the low-voltage limit of " + num(s.lv_max_kw) + " kW (company setting): 10 kV supply is suggested.";
  }
  auto size = std::find_if(s.transformer_sizes_kva.begin(), s.transformer_sizes_kva.end(),
                           [&](double kva) { return kva + 1e-9 >= e.demand_kva; });
  if (size == s.transformer_sizes_kva.end()) {
    e.beyond_table = true;
    e.suggested_capacity = std::ceil(e.demand_kva - 1e-9);
    e.equipment_zh = "超出典型设计容量范围，由客户经理现场勘查后确定供电方式和设备";
    e.equipment_en = "Beyond the typical design's sizes: the customer manager decides the supply and equipment after a site survey";
    return e;
  }
  e.suggested_capacity = *size;
  for (const auto& d : s.typical_designs)
    if (e.suggested_capacity <= d.max_kva + 1e-9) {
      e.equipment_zh = d.equipment_zh;
      e.equipment_en = d.equipment_en;
      break;
    }
  if (e.equipment_zh.empty()) {
    e.equipment_zh = "由客户经理按典型设计确定";
    e.equipment_en = "the customer manager chooses from the typical design";
  }
  return e;
}

// --- staff's answer, the customer's rating --------------------------------------------------------

Result<CostAnswer> parse_cost_answer(const json& body) {
  if (!body.is_object()) return make_error("invalid_type", "", "请求体应为 JSON 对象", "the body must be a JSON object");
  if (auto e = only_keys(body, {"recommended_capacity_kva", "standard_equipment", "cost_reference"})) return *e;
  CostAnswer a;
  if (auto e = number_of(body, "recommended_capacity_kva", 0, 100000, false, a.recommended_capacity_kva)) return *e;
  if (auto e = text_of(body, "standard_equipment", true, 2, 1000, a.standard_equipment)) return *e;
  if (auto e = text_of(body, "cost_reference", true, 2, 4000, a.cost_reference)) return *e;
  return a;
}

Result<CostRating> parse_cost_rating(const json& body) {
  if (!body.is_object()) return make_error("invalid_type", "", "请求体应为 JSON 对象", "the body must be a JSON object");
  if (auto e = only_keys(body, {"score", "comment"})) return *e;
  CostRating r;
  long long s = 0;
  if (auto e = integer_of(body, "score", 1, 5, s)) return *e;
  r.score = static_cast<int>(s);
  if (auto e = text_of(body, "comment", false, 0, 500, r.comment)) return *e;
  return r;
}

// --- rental packages ---------------------------------------------------------------------------------

Result<RentalPackageInput> parse_rental_package(const json& body) {
  if (!body.is_object()) return make_error("invalid_type", "", "请求体应为 JSON 对象", "the body must be a JSON object");
  if (auto e = only_keys(body, {"name", "capacity_kva", "monthly_price_yuan", "deposit_yuan", "min_term_months", "active"})) return *e;
  RentalPackageInput p;
  if (auto e = text_of(body, "name", true, 1, 60, p.name)) return *e;
  if (auto e = number_of(body, "capacity_kva", 0, 5000, false, p.capacity_kva)) return *e;
  if (auto e = money_of(body, "monthly_price_yuan", false, p.monthly_price_fen)) return *e;
  if (auto e = money_of(body, "deposit_yuan", true, p.deposit_fen)) return *e;
  long long m = 0;
  if (auto e = integer_of(body, "min_term_months", 1, 60, m)) return *e;
  p.min_term_months = static_cast<int>(m);
  if (body.contains("active") && !body.at("active").is_null()) {
    if (!body.at("active").is_boolean()) return bad("invalid_type", "active", "应为 true 或 false", "must be true or false");
    p.active = body.at("active").get<bool>();
  }
  return p;
}

Status check_rental_choice(const RentalPackageFacts& p, Business business, double applied_capacity, const std::string& field) {
  if (!is_temporary_supply_business(business))
    return bad("not_allowed", field, "临时变压器租赁套餐仅用于临时用电（P4）", "rental packages are for temporary supply only (P4)");
  if (!p.exists) return bad("invalid", field, "没有这个租赁套餐", "no such rental package");
  if (!p.active) return bad("invalid", field, "该租赁套餐已停用：" + p.name, "this rental package is no longer offered: " + p.name);
  if (p.capacity_kva + 1e-9 < applied_capacity)
    return bad("too_small", field,
               "套餐变压器容量 " + num(p.capacity_kva) + " kVA 小于申请容量 " + num(applied_capacity) + "，请选择更大的套餐",
               "the package's transformer (" + num(p.capacity_kva) + " kVA) is smaller than the applied capacity (" +
                   num(applied_capacity) + "): choose a larger package");
  return std::nullopt;
}

}  // namespace gp
