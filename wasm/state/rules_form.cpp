#include "state/rules_form.h"

#include <cmath>
#include <cstdlib>

#include "gp/rules.h"

namespace state {
namespace {

using nlohmann::json;
using CT = gp::CustomerType;

bool enterprise(CT t) { return !gp::is_individual(t); }

// A number as typed: empty = not given; otherwise must be a plain decimal.
std::optional<double> number(const std::string& s, bool* bad) {
  *bad = false;
  if (s.empty()) return std::nullopt;
  char* end = nullptr;
  const double d = std::strtod(s.c_str(), &end);
  if (end != s.c_str() + s.size() || !std::isfinite(d)) {
    *bad = true;
    return std::nullopt;
  }
  return d;
}

}  // namespace

std::vector<double> voltages_for(CT t) {
  switch (t) {
    case CT::hv: return {10, 35, 110};
    case CT::ev_non_residential: return {0.38, 0.22, 10, 35};
    case CT::lv_residential:
    case CT::ev_residential: return {0.22, 0.38};
    default: return {0.38, 0.22};
  }
}

std::vector<gp::Industry> industries_for(CT t) {
  using I = gp::Industry;
  switch (t) {
    case CT::lv_residential:
    case CT::ev_residential: return {I::residential};
    case CT::well_individual:
    case CT::well_collective: return {I::agricultural};
    case CT::base_station_5g: return {I::telecom_base_station};
    case CT::hv: return {I::industrial, I::commercial, I::residential, I::agricultural, I::non_residential_lighting,
                         I::telecom_base_station, I::petrol_station, I::other};
    default: return {I::commercial, I::industrial, I::agricultural, I::non_residential_lighting, I::telecom_base_station,
                     I::petrol_station, I::other};
  }
}

std::vector<gp::WorksKind> works_kinds_for(bool hv) {
  if (!hv) return {gp::WorksKind::lv};
  return {gp::WorksKind::t_connection, gp::WorksKind::overhead_line, gp::WorksKind::ring_main_unit,
          gp::WorksKind::switching_station_or_cable, gp::WorksKind::substation_bay, gp::WorksKind::cable_or_other};
}

std::vector<double> works_voltages_for(bool hv) { return hv ? std::vector<double>{10, 35, 110} : std::vector<double>{0.4}; }

bool high_voltage(const RulesForm& f) {
  const auto v = voltages_for(f.customer_type);
  const int i = f.voltage >= 0 && f.voltage < static_cast<int>(v.size()) ? f.voltage : 0;
  return v[static_cast<std::size_t>(i)] >= 10;
}

Relevance relevance(const RulesForm& f) {
  Relevance r;
  const bool connection = gp::is_connection_business(f.business);
  const bool hv = high_voltage(f);
  const bool ent = enterprise(f.customer_type);
  r.industry = industries_for(f.customer_type).size() > 1;
  r.small_micro_exclusions = r.industry && connection;  // rule I4
  r.park = hv && connection;                             // rule I1a
  r.substitution = hv && connection;                     // rule I1b
  r.important = hv;                                      // rules D1, S5
  r.proactive = ent && connection;                       // rules S2, S4
  r.agent = ent;                                         // rule D6
  r.rural = !hv;                                         // rule D5: village committee's proof
  r.meter_location = !hv && connection;                  // rule S3
  r.works = connection;                                  // rules W1, T2, T3
  r.customer_works = connection;                         // rules S1, S4
  r.outage = connection;                                 // rule O1
  r.dual_power = connection;                             // rule F1
  return r;
}

RulesOutcome evaluate_form(const RulesForm& f, bool en) {
  RulesOutcome out;
  const Relevance rel = relevance(f);
  json j = {{"business", gp::to_string(f.business)}, {"customer_type", gp::to_string(f.customer_type)}};
  const auto volts = voltages_for(f.customer_type);
  j["voltage_kv"] = volts[static_cast<std::size_t>(f.voltage >= 0 && f.voltage < static_cast<int>(volts.size()) ? f.voltage : 0)];
  bool bad = false;
  if (auto c = number(f.capacity_kw, &bad)) j["capacity_kw"] = *c;
  if (bad) out.errors["capacity_kw"] = en ? "Enter the capacity as a number of kW, e.g. 8" : "请填写数字（千瓦），如 8";
  const auto inds = industries_for(f.customer_type);
  j["industry"] = gp::to_string(inds[static_cast<std::size_t>(f.industry >= 0 && f.industry < static_cast<int>(inds.size()) ? f.industry : 0)]);
  if (rel.substitution) {
    if (auto s = number(f.substitution_kw, &bad)) j["substitution_capacity_kw"] = *s;
    if (bad) out.errors["substitution_capacity_kw"] = en ? "Enter a number of kW" : "请填写数字（千瓦）";
  }
  auto flag = [&](bool relevant, const char* key, bool v) {
    if (relevant && v) j[key] = true;
  };
  flag(rel.park, "in_provincial_park", f.in_provincial_park);
  flag(rel.important, "important", f.important);
  flag(rel.important, "asset_transfer", f.asset_transfer);
  flag(rel.important, "special_load", f.special_load);
  flag(rel.dual_power, "dual_power", f.dual_power);
  flag(rel.small_micro_exclusions, "state_owned_or_chain_branch", f.state_owned_or_chain_branch);
  flag(rel.small_micro_exclusions, "temporary", f.temporary);
  flag(rel.small_micro_exclusions, "batch", f.batch);
  flag(rel.proactive, "proactive", f.proactive);
  flag(rel.agent, "agent", f.agent);
  flag(rel.rural, "rural", f.rural);
  flag(rel.outage, "live_work_possible", f.live_work_possible);
  if (rel.customer_works && f.customer_external_works) j["customer_external_works"] = f.customer_external_works == 1;
  if (rel.outage && f.affects_other_customers) j["affects_other_customers"] = f.affects_other_customers == 1;
  if (rel.works && !f.works.empty()) {
    const bool hv = high_voltage(f);
    const auto kinds = works_kinds_for(hv);
    const auto wv = works_voltages_for(hv);
    json arr = json::array();
    for (const auto& w : f.works) {
      const auto k = kinds[static_cast<std::size_t>(w.kind >= 0 && w.kind < static_cast<int>(kinds.size()) ? w.kind : 0)];
      const double v = wv[static_cast<std::size_t>(w.voltage >= 0 && w.voltage < static_cast<int>(wv.size()) ? w.voltage : 0)];
      json item = {{"kind", gp::to_string(k)}, {"voltage_kv", v}};
      if (w.urgent) item["urgent"] = true;
      arr.push_back(item);
    }
    j["supporting_works"] = arr;
  }
  if (rel.meter_location && (!f.latitude.empty() || !f.longitude.empty())) {
    bool bad_lat = false, bad_lng = false;
    auto lat = number(f.latitude, &bad_lat);
    auto lng = number(f.longitude, &bad_lng);
    if (bad_lat || !lat) out.errors["meter_location.latitude"] = en ? "Enter the latitude in degrees, e.g. 33.74" : "请填写纬度（度），如 33.74";
    if (bad_lng || !lng) out.errors["meter_location.longitude"] = en ? "Enter the longitude in degrees, e.g. 113.19" : "请填写经度（度），如 113.19";
    if (lat && lng) j["meter_location"] = {{"latitude", *lat}, {"longitude", *lng}};
  }
  out.facts = j;
  if (!out.errors.empty()) return out;
  auto plan = gp::evaluate_json(j);  // the same rules the server runs (one rule, one place)
  if (!plan) {
    const auto& e = plan.error();
    out.errors[e.field.empty() ? "form" : e.field] = en ? e.message_en : e.message_zh;
    return out;
  }
  json pj = plan.value();
  out.plan = pj;
  return out;
}

}  // namespace state
