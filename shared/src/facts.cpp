#include "gp/facts.h"

#include <cmath>

#include "gp/supporting_works.h"
#include "gp/validate.h"

namespace gp {
namespace {

using nlohmann::json;

const std::vector<std::string> kKeys = {
    "business", "customer_type", "voltage_kv", "capacity_kw", "industry",
    "state_owned_or_chain_branch", "temporary", "batch", "in_provincial_park",
    "substitution_capacity_kw", "important", "asset_transfer", "special_load", "dual_power",
    "customer_external_works", "supporting_works", "proactive", "affects_other_customers",
    "live_work_possible", "agent", "rural", "meter_location",
};

std::string fmt(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

Error type_error(const std::string& field, const char* zh_type, const char* en_type) {
  return make_error("invalid_type", field, field + " 应为" + zh_type, field + " must be " + en_type);
}

bool near(double a, double b) { return std::fabs(a - b) < 1e-9; }

struct Parser {
  const json& j;
  std::optional<Error> err;

  bool has(const char* k) const { return j.contains(k) && !j.at(k).is_null(); }

  void boolean(const char* k, bool& out) {
    if (err || !has(k)) return;
    if (!j.at(k).is_boolean()) err = type_error(k, "布尔值（true 或 false）", "a boolean (true or false)");
    else out = j.at(k).get<bool>();
  }
  void opt_boolean(const char* k, std::optional<bool>& out) {
    if (err || !has(k)) return;
    bool v = false;
    boolean(k, v);
    if (!err) out = v;
  }
  // A finite number in [lo, hi]; `lo_open` excludes lo itself.
  void number(const std::string& k, const json& v, double& out, double lo, double hi, bool lo_open) {
    if (err) return;
    if (!v.is_number()) { err = type_error(k, "数值", "a number"); return; }
    double d = v.get<double>();
    if (!std::isfinite(d) || d < lo || (lo_open && d <= lo) || d > hi) {
      err = make_error("out_of_range", k,
                       k + " 超出范围：应" + (lo_open ? "大于 " : "不小于 ") + fmt(lo) + " 且不大于 " + fmt(hi),
                       k + " is out of range: must be " + (lo_open ? "greater than " : "at least ") + fmt(lo) +
                           " and at most " + fmt(hi));
      return;
    }
    out = d;
  }
};

// Defaults and allowed values per customer type (rule D5 types; voltages of Chinese distribution).
struct TypeProfile {
  std::vector<double> voltages;
  double default_voltage;
  double default_capacity_kw;
  std::vector<Industry> industries;  // empty = any but residential
  Industry default_industry;
};

TypeProfile profile(CustomerType t) {
  using I = Industry;
  switch (t) {
    case CustomerType::lv_residential: return {{0.22, 0.38}, 0.22, 8, {I::residential}, I::residential};
    case CustomerType::lv_non_residential: return {{0.22, 0.38}, 0.38, 50, {}, I::commercial};
    case CustomerType::hv: return {{10, 35, 110}, 10, 630, {I::residential, I::industrial, I::commercial, I::agricultural, I::non_residential_lighting, I::telecom_base_station, I::petrol_station, I::other}, I::industrial};
    case CustomerType::well_individual: return {{0.22, 0.38}, 0.38, 15, {I::agricultural}, I::agricultural};
    case CustomerType::well_collective: return {{0.22, 0.38}, 0.38, 15, {I::agricultural}, I::agricultural};
    case CustomerType::ev_residential: return {{0.22, 0.38}, 0.22, 7, {I::residential}, I::residential};
    case CustomerType::ev_non_residential: return {{0.22, 0.38, 10, 35}, 0.38, 120, {}, I::commercial};
    case CustomerType::base_station_5g: return {{0.22, 0.38}, 0.38, 10, {I::telecom_base_station}, I::telecom_base_station};
  }
  return {{0.38}, 0.38, 10, {}, I::other};
}

std::string voltages_text(const std::vector<double>& vs) {
  std::string s;
  for (double v : vs) s += (s.empty() ? "" : ", ") + fmt(v);
  return s;
}

// Rule W1: which kinds exist at which voltage — read from the W1 table itself (one rule, one place).
bool works_kind_valid(double kv, WorksKind k) {
  for (const auto& row : works_limit_table())
    if (row.kind == k && (kv < 1 ? row.voltage_kv < 1 : near(row.voltage_kv, kv))) return true;
  return false;
}

}  // namespace

const std::vector<std::string>& fact_keys() { return kKeys; }

Result<Facts> parse_facts(const json& j, const std::set<std::string>& extra_keys) {
  if (!j.is_object())
    return make_error("invalid_type", "", "请求体应为 JSON 对象", "the body must be a JSON object");
  for (auto it = j.begin(); it != j.end(); ++it) {
    const std::string& k = it.key();
    bool known = extra_keys.count(k) != 0;
    for (const auto& kk : kKeys) known = known || kk == k;
    if (!known) return make_error("unknown_field", k, "未知字段：" + k, "unknown field: " + k);
  }

  Facts f;
  Parser p{j, std::nullopt};

  // Required codes.
  for (const char* k : {"business", "customer_type"})
    if (!p.has(k)) return make_error("required", k, std::string("缺少必填字段 ") + k, std::string("missing required field ") + k);
  if (!j.at("business").is_string()) return type_error("business", "字符串", "a string");
  auto b = parse_business(j.at("business").get<std::string>());
  if (!b) return make_error("invalid", "business", "不支持的业务类型：" + j.at("business").get<std::string>(),
                            "unknown business: " + j.at("business").get<std::string>());
  f.business = *b;
  if (!j.at("customer_type").is_string()) return type_error("customer_type", "字符串", "a string");
  auto ct = parse_customer_type(j.at("customer_type").get<std::string>());
  if (!ct) {
    std::vector<const Named*> names;
    for (auto t : all_customer_types()) names.push_back(&named(t));
    return make_error("invalid", "customer_type", "不支持的客户类型，可选：" + list_codes(names),
                      "unknown customer_type; one of: " + list_codes(names));
  }
  f.customer_type = *ct;
  const TypeProfile prof = profile(f.customer_type);
  const std::string type_code = to_string(f.customer_type);

  // Voltage (kV), one of the levels this customer type connects at.
  f.voltage_kv = prof.default_voltage;
  if (p.has("voltage_kv")) {
    p.number("voltage_kv", j.at("voltage_kv"), f.voltage_kv, 0, 1000, true);
    if (p.err) return *p.err;
    bool ok = false;
    for (double v : prof.voltages) ok = ok || near(v, f.voltage_kv);
    if (!ok)
      return make_error("contradictory", "voltage_kv",
                        type_code + " 客户的供电电压应为以下之一（千伏）：" + voltages_text(prof.voltages),
                        "a " + type_code + " customer is supplied at one of (kV): " + voltages_text(prof.voltages));
  }

  f.capacity_kw = prof.default_capacity_kw;
  if (p.has("capacity_kw")) p.number("capacity_kw", j.at("capacity_kw"), f.capacity_kw, 0, 1'000'000, true);
  if (p.err) return *p.err;

  // Industry, consistent with the customer type.
  f.industry = prof.default_industry;
  if (p.has("industry")) {
    if (!j.at("industry").is_string()) return type_error("industry", "字符串", "a string");
    auto ind = parse_industry(j.at("industry").get<std::string>());
    if (!ind) {
      std::vector<const Named*> names;
      for (auto i : all_industries()) names.push_back(&named(i));
      return make_error("invalid", "industry", "不支持的行业，可选：" + list_codes(names),
                        "unknown industry; one of: " + list_codes(names));
    }
    bool ok = prof.industries.empty() ? *ind != Industry::residential : false;
    for (auto i : prof.industries) ok = ok || i == *ind;
    if (!ok)
      return make_error("contradictory", "industry",
                        std::string("行业“") + named(*ind).zh + "”与客户类型“" + named(f.customer_type).zh + "”矛盾",
                        std::string("industry ") + named(*ind).code + " contradicts customer_type " + type_code);
    f.industry = *ind;
  }

  p.boolean("state_owned_or_chain_branch", f.state_owned_or_chain_branch);
  p.boolean("temporary", f.temporary);
  p.boolean("batch", f.batch);
  p.boolean("in_provincial_park", f.in_provincial_park);
  p.boolean("important", f.important);
  p.boolean("asset_transfer", f.asset_transfer);
  p.boolean("special_load", f.special_load);
  p.boolean("dual_power", f.dual_power);
  p.opt_boolean("customer_external_works", f.customer_external_works);
  p.boolean("proactive", f.proactive);
  p.opt_boolean("affects_other_customers", f.affects_other_customers);
  p.boolean("live_work_possible", f.live_work_possible);
  p.boolean("agent", f.agent);
  p.boolean("rural", f.rural);
  if (p.has("substitution_capacity_kw"))
    p.number("substitution_capacity_kw", j.at("substitution_capacity_kw"), f.substitution_capacity_kw, 0, 1'000'000, false);
  if (p.err) return *p.err;

  if (f.substitution_capacity_kw > f.capacity_kw)
    return make_error("contradictory", "substitution_capacity_kw", "电能替代设备容量不能大于报装容量",
                      "substitution_capacity_kw cannot exceed capacity_kw");
  // Rules S5/T5: important and asset-transfer customers are high-voltage customers.
  if (f.important && !is_high_voltage(f))
    return make_error("contradictory", "important", "重要客户（GB/T 29328）应为10千伏及以上供电",
                      "important customers (GB/T 29328) are supplied at 10 kV or above");
  if (f.asset_transfer && !is_high_voltage(f))
    return make_error("contradictory", "asset_transfer", "资产移交客户应为10千伏及以上供电",
                      "asset-transfer customers are supplied at 10 kV or above");
  // Rules S2/S4: proactive service starts from business-registration data pushed for an enterprise.
  if (f.proactive && is_individual(f.customer_type))
    return make_error("contradictory", "proactive", "主动办电依据工商登记信息发起，仅适用于企业客户",
                      "proactive service starts from business-registration data and applies to enterprises only");
  if (f.proactive && !is_connection_business(f.business))
    return make_error("contradictory", "proactive", "主动办电仅适用于新装、增容",
                      "proactive service applies to new connections and capacity increases only");

  // Supporting works (rule W1).
  if (p.has("supporting_works")) {
    const json& arr = j.at("supporting_works");
    if (!arr.is_array()) return type_error("supporting_works", "数组", "an array");
    if (!arr.empty() && !is_connection_business(f.business))
      return make_error("contradictory", "supporting_works", "配套工程仅适用于新装、增容",
                        "supporting works apply to new connections and capacity increases only");
    if (arr.size() > 20)
      return make_error("out_of_range", "supporting_works", "配套工程最多 20 项", "at most 20 supporting works items");
    for (std::size_t i = 0; i < arr.size(); ++i) {
      const std::string base = "supporting_works[" + std::to_string(i) + "]";
      const json& it = arr[i];
      if (!it.is_object()) return type_error(base, "对象", "an object");
      for (auto kv = it.begin(); kv != it.end(); ++kv)
        if (kv.key() != "voltage_kv" && kv.key() != "kind" && kv.key() != "urgent")
          return make_error("unknown_field", base + "." + kv.key(), "未知字段：" + base + "." + kv.key(),
                            "unknown field: " + base + "." + kv.key());
      WorksItem w;
      if (!it.contains("kind")) return make_error("required", base + ".kind", "缺少 " + base + ".kind", "missing " + base + ".kind");
      if (!it.at("kind").is_string()) return type_error(base + ".kind", "字符串", "a string");
      auto kind = parse_works_kind(it.at("kind").get<std::string>());
      if (!kind) {
        std::vector<const Named*> names;
        for (auto k : all_works_kinds()) names.push_back(&named(k));
        return make_error("invalid", base + ".kind", "不支持的配套工程类型，可选：" + list_codes(names),
                          "unknown works kind; one of: " + list_codes(names));
      }
      w.kind = *kind;
      w.voltage_kv = w.kind == WorksKind::lv ? 0.4 : 10;
      if (it.contains("voltage_kv")) {
        Parser ip{it, std::nullopt};
        ip.number(base + ".voltage_kv", it.at("voltage_kv"), w.voltage_kv, 0, 1000, true);
        if (ip.err) return *ip.err;
      }
      if (it.contains("urgent")) {
        if (!it.at("urgent").is_boolean()) return type_error(base + ".urgent", "布尔值", "a boolean");
        w.urgent = it.at("urgent").get<bool>();
      }
      if (!works_kind_valid(w.voltage_kv, w.kind))
        return make_error("contradictory", base + ".kind",
                          std::string("配套工程时限表中没有 ") + fmt(w.voltage_kv) + " 千伏的“" + named(w.kind).zh + "”",
                          std::string("the works table (rule W1) has no ") + named(w.kind).code + " at " + fmt(w.voltage_kv) + " kV");
      // Rule T2: a low-voltage customer's supporting works are low-voltage works.
      if (!is_high_voltage(f) && w.kind != WorksKind::lv)
        return make_error("contradictory", base + ".kind", "低压客户的配套工程应为低压工程（kind = lv）",
                          "a low-voltage customer's supporting works are low-voltage works (kind = lv)");
      if (is_high_voltage(f) && w.kind == WorksKind::lv)
        return make_error("contradictory", base + ".kind", "高压客户的配套工程应为10千伏及以上工程",
                          "a high-voltage customer's supporting works are at 10 kV or above");
      f.supporting_works.push_back(w);
    }
  }

  // Intended meter location (rule S3).
  if (p.has("meter_location")) {
    const json& m = j.at("meter_location");
    if (!m.is_object()) return type_error("meter_location", "对象 {latitude, longitude}", "an object {latitude, longitude}");
    for (auto kv = m.begin(); kv != m.end(); ++kv)
      if (kv.key() != "latitude" && kv.key() != "longitude")
        return make_error("unknown_field", "meter_location." + kv.key(), "未知字段：meter_location." + kv.key(),
                          "unknown field: meter_location." + kv.key());
    Coordinates c;
    for (const char* k : {"latitude", "longitude"})
      if (!m.contains(k)) return make_error("required", std::string("meter_location.") + k,
                                            std::string("缺少 meter_location.") + k, std::string("missing meter_location.") + k);
    Parser mp{m, std::nullopt};
    mp.number("meter_location.latitude", m.at("latitude"), c.latitude, -90, 90, false);
    mp.number("meter_location.longitude", m.at("longitude"), c.longitude, -180, 180, false);
    if (mp.err) return *mp.err;
    if (auto e = validate::coordinates(c.latitude, c.longitude, "meter_location")) return *e;
    f.meter_location = c;
  }
  return f;
}

void to_json(json& j, const WorksItem& w) {
  j = json{{"voltage_kv", w.voltage_kv}, {"kind", to_string(w.kind)}, {"urgent", w.urgent}};
}

void to_json(json& j, const Facts& f) {
  j = json{{"business", to_string(f.business)},
           {"customer_type", to_string(f.customer_type)},
           {"voltage_kv", f.voltage_kv},
           {"capacity_kw", f.capacity_kw},
           {"industry", to_string(f.industry)},
           {"state_owned_or_chain_branch", f.state_owned_or_chain_branch},
           {"temporary", f.temporary},
           {"batch", f.batch},
           {"in_provincial_park", f.in_provincial_park},
           {"substitution_capacity_kw", f.substitution_capacity_kw},
           {"important", f.important},
           {"asset_transfer", f.asset_transfer},
           {"special_load", f.special_load},
           {"dual_power", f.dual_power},
           {"supporting_works", f.supporting_works},
           {"proactive", f.proactive},
           {"live_work_possible", f.live_work_possible},
           {"agent", f.agent},
           {"rural", f.rural}};
  j["customer_external_works"] = f.customer_external_works ? json(*f.customer_external_works) : json(nullptr);
  j["affects_other_customers"] = f.affects_other_customers ? json(*f.affects_other_customers) : json(nullptr);
  if (f.meter_location)
    j["meter_location"] = {{"latitude", f.meter_location->latitude}, {"longitude", f.meter_location->longitude}};
}

}  // namespace gp
