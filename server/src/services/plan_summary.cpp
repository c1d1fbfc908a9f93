#include "services/plan_summary.h"

#include <algorithm>
#include <cmath>

#include "gp/supporting_works.h"

namespace gp::server {

using nlohmann::json;

json plan_summary(const gp::Plan& p) {
  json stages = json::array();
  for (const auto& s : p.stages)
    stages.push_back({{"code", gp::to_string(s.code)}, {"name_zh", s.name_zh}, {"name_en", s.name_en},
                      {"limit_working_days", s.limit_working_days ? json(*s.limit_working_days) : json(nullptr)},
                      {"customer_side", s.customer_side}});

  // rule W1: the rows of the works table at this voltage (LV rows by the small/micro condition).
  const double works_kv = p.high_voltage ? p.facts.voltage_kv : 0.4;
  json items = json::array();
  int lo = 0, hi = 0;
  for (const auto& row : gp::works_limit_table()) {
    if (std::fabs(row.voltage_kv - works_kv) > 1e-9) continue;
    const std::string cond = row.condition;
    if (!p.high_voltage && !cond.empty() && (cond == "small_micro") != p.small_micro.yes) continue;
    items.push_back({{"kind", gp::to_string(row.kind)}, {"name_zh", row.name_zh}, {"name_en", row.name_en},
                     {"limit_working_days", row.limit_working_days}});
    lo = lo ? std::min(lo, row.limit_working_days) : row.limit_working_days;
    hi = std::max(hi, row.limit_working_days);
  }
  json hint = {{"voltage_kv", works_kv}, {"items", items}, {"rule", "W1"}};
  if (!items.empty()) {
    const std::string range = lo == hi ? std::to_string(lo) : std::to_string(lo) + "–" + std::to_string(hi);
    hint["min_working_days"] = lo;
    hint["max_working_days"] = hi;
    hint["zh"] = "如需建设配套工程，按工程类型施工时限为 " + range + " 个工作日（W1），配套工程与客户签订合同约定完成日期（W2）。";
    hint["en"] = "If grid-side supporting works are needed, their construction limit is " + range +
                 " working days by kind of works (W1), with the completion date agreed in a contract (W2).";
  }

  // rule R1: the preliminary supporting-works plan of a reserve record (its kinds are the company's
  // heuristic, its limits W1's); absent when the facts name no works (a consultation, R2).
  json preliminary = nullptr;
  if (!p.supporting_works.empty()) {
    json works = json::array();
    for (const auto& w : p.supporting_works)
      works.push_back({{"kind", gp::to_string(w.item.kind)}, {"voltage_kv", w.item.voltage_kv},
                       {"name_zh", gp::named(w.item.kind).zh}, {"name_en", gp::named(w.item.kind).en},
                       {"limit_working_days", w.limit_working_days}, {"funding_route", gp::named(w.funding).code},
                       {"rules", {"W1", "W3"}}});
    preliminary = {{"items", works}, {"limit_working_days", p.supporting_works_limit_working_days}, {"rule", "R1"},
                   {"source", "company_setting"},
                   {"zh", "初步配套工程方案（R1）：工程类型按电压和容量由公司设定的规则推定（公司设定，非政策承诺），施工时限按 W1。"},
                   {"en", "Preliminary supporting-works plan (R1): the kinds are inferred from voltage and capacity by a company "
                          "setting (not policy); the construction limits are W1's."}};
  }

  return {{"customer_type", gp::to_string(p.facts.customer_type)},
          {"preliminary_works", preliminary},
          {"high_voltage", p.high_voltage},
          {"stages", stages},
          {"stage_count", static_cast<int>(p.stages.size())},
          {"time_limit_working_days", p.time_limit_working_days},
          {"time_limit_rule", p.time_limit_rule},
          {"red_line", {{"invest_to_red_line", p.red_line.yes}, {"basis", p.red_line.basis},
                        {"property_boundary", {{"zh", p.property_boundary.zh}, {"en", p.property_boundary.en}, {"rule", p.property_boundary.rule}}}}},
          {"design_review", p.design_review},
          {"mid_inspection", p.mid_inspection},
          {"supporting_works_hint", hint},
          {"rule_ids", p.rule_ids}};
}

}  // namespace gp::server
