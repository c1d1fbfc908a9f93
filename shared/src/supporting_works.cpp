#include "gp/supporting_works.h"

#include <cmath>

namespace gp {

const std::vector<WorksLimitRow>& works_limit_table() {
  using W = WorksKind;
  // rule W1 — the seed's 配套工程建设时限表, row by row.
  static const std::vector<WorksLimitRow> rows = {
      {"LV", 0.4, W::lv, "non_small_micro", 3, "低压（非小微企业）", "LV, not a small/micro enterprise"},
      {"LV", 0.4, W::lv, "small_micro", 13, "低压（小微企业）", "LV, small/micro enterprise"},
      {"10 kV", 10, W::t_connection, "", 7, "10千伏线路T接", "10 kV line T-connection"},
      {"10 kV", 10, W::overhead_line, "", 20, "10千伏新、改建架空线路", "10 kV new/rebuilt overhead line"},
      {"10 kV", 10, W::ring_main_unit, "", 30, "10千伏新、改建环网柜或分支箱", "10 kV new/rebuilt ring main unit or branch box"},
      {"10 kV", 10, W::switching_station_or_cable, "", 50, "10千伏新建开闭所或电缆线路", "10 kV new switching station or cable line"},
      {"10 kV", 10, W::substation_bay, "", 60, "10千伏新建变电站间隔", "10 kV new substation bay"},
      {"35 kV", 35, W::substation_bay, "", 60, "35千伏新、改建变电站间隔", "35 kV new/rebuilt substation bay"},
      {"35 kV", 35, W::overhead_line, "", 90, "35千伏新、改建架空线路", "35 kV new/rebuilt overhead line"},
      {"35 kV", 35, W::cable_or_other, "", 120, "35千伏新建电缆线路及其他", "35 kV new cable line and other"},
      {"110 kV", 110, W::substation_bay, "", 90, "110千伏新、改建变电站间隔", "110 kV new/rebuilt substation bay"},
      {"110 kV", 110, W::overhead_line, "", 120, "110千伏新、改建架空线路", "110 kV new/rebuilt overhead line"},
      {"110 kV", 110, W::cable_or_other, "", 180, "110千伏新建电缆线路及其他", "110 kV new cable line and other"},
  };
  return rows;
}

std::optional<int> works_limit_working_days(const WorksItem& w, bool small_micro) {
  for (const auto& r : works_limit_table()) {
    if (r.kind != w.kind) continue;
    if (w.kind == WorksKind::lv) {
      if (w.voltage_kv >= 1) continue;
      if (std::string(r.condition) == (small_micro ? "small_micro" : "non_small_micro")) return r.limit_working_days;
      continue;
    }
    if (std::fabs(r.voltage_kv - w.voltage_kv) < 1e-9) return r.limit_working_days;
  }
  return std::nullopt;
}

const Named& named(FundingRoute r) {
  static const Named names[] = {
      {"project_package", "业扩“项目包”", "Connection project package"},
      {"lv_repair_materials", "“低压抢修领料”模式，纳入年度成本计划", "LV repair materials, annual cost plan"},
      {"annual_plan", "纳入公司年度综合计划", "Company's annual comprehensive plan"},
  };
  return names[static_cast<int>(r)];
}

// rule W3: 10 kV urgent works -> project package; 400 V works -> LV repair materials; others -> annual plan.
FundingRoute funding_route(const WorksItem& w) {
  if (w.kind == WorksKind::lv) return FundingRoute::lv_repair_materials;
  if (w.urgent && std::fabs(w.voltage_kv - 10) < 1e-9) return FundingRoute::project_package;
  return FundingRoute::annual_plan;
}

Status check_contract_date(const Date& agreed, const Date& customer_completion, const std::string& field) {
  if (agreed > customer_completion)  // rule W2
    return make_error("contract_date_too_late", field,
                      "配套工程约定完成日期（" + agreed.iso() + "）不得晚于客户工程完成日期（" + customer_completion.iso() + "）",
                      "the agreed completion date of the supporting works (" + agreed.iso() +
                          ") may not be later than the customer's own works completion date (" +
                          customer_completion.iso() + ")");
  return std::nullopt;
}

}  // namespace gp
