#include "gp/rules.h"

#include <algorithm>

namespace gp {
namespace {

using nlohmann::json;

void add_rule(std::vector<std::string>& ids, const std::string& id) {
  if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
}

PlanStage stage(StageCode c, std::optional<int> limit, std::vector<std::string> rules) {
  PlanStage s;
  s.code = c;
  s.name_zh = named(c).zh;
  s.name_en = named(c).en;
  s.limit_working_days = limit;
  s.customer_side = !limit.has_value();
  s.rules = std::move(rules);
  return s;
}

// Company-time limits of the high-voltage stages (rules T4, T5, T6): application 2 + supply plan 7
// + metering/connection 7 = 16 working days; design review +3 and mid-term inspection +2 = 21.
constexpr int kHvApplication = 2, kHvSupplyPlan = 7, kHvConnect = 7, kHvDesignReview = 3, kHvMidInspection = 2;
// Low voltage (rules T1–T3): application 1 day; the rest of the limit belongs to metering and
// energizing, which includes any supporting works (W1: 3 days, or 13 for small/micro enterprises).
constexpr int kLvApplication = 1;

std::vector<ScopeItem> inspection_scope(const Facts& f) {
  std::vector<ScopeItem> s;
  auto add = [&](const char* code, const char* zh, const char* en) {
    for (const auto& x : s) if (x.code == code) return;
    s.push_back({code, zh, en});
  };
  // rule S6
  if (f.asset_transfer) add("transferred_equipment", "移交设备", "Equipment to be transferred to the grid company");
  add("directly_connected_equipment", "直接接网设备", "Equipment directly connected to the grid");
  if (f.important) {
    add("power_source_configuration", "供电电源配置", "Power-source configuration");
    add("emergency_self_supply", "自备应急电源及非电性质保安措施", "Emergency self-supply and non-electric safeguards");
    add("grid_automation", "涉网自动化装置", "Grid-connected automation devices");
    add("multi_source_interlock", "多电源闭锁装置", "Multi-source interlocks");
    add("metering_devices", "电能计量装置", "Metering devices");
  }
  if (f.special_load) {
    add("power_quality_devices", "电能质量治理装置", "Power-quality devices");
    add("grid_automation", "涉网自动化装置", "Grid-connected automation devices");
  }
  return s;
}

}  // namespace

ReviewScope review_scope(const Facts& f) {
  ReviewScope r;
  r.items = inspection_scope(f);  // rule S5: only what connects to the grid (the S6 scope)
  r.excluded = {{"internal_civil_works", "客户内部土建工程", "The customer's internal civil works"},
                {"non_grid_equipment", "非涉网设备", "Equipment not connected to the grid"}};
  return r;
}

SmallMicro classify_small_micro(const Facts& f) {
  // rule I4
  SmallMicro r;
  if (f.industry != Industry::industrial && f.industry != Industry::commercial) r.exclusions.push_back("industry");
  if (f.capacity_kw > 160) r.exclusions.push_back("capacity_over_160kw");
  if (f.state_owned_or_chain_branch) r.exclusions.push_back("state_owned_or_chain_branch");
  if (f.temporary) r.exclusions.push_back("temporary");
  if (f.batch) r.exclusions.push_back("batch");
  r.yes = r.exclusions.empty();
  return r;
}

RedLine classify_red_line(const Facts& f, bool small_micro) {
  if (!is_connection_business(f.business)) return {};
  const bool hv = is_high_voltage(f);
  if (!hv) {
    // rule I1 (d), (e): LV residents and LV small/micro enterprises.
    if (f.industry == Industry::residential) return {true, "I1d"};
    if (small_micro) return {true, "I1e"};
    return {};
  }
  // rule I1 (a)–(c) are high-voltage classes (the seed: 三类高压客户).
  const bool ind_com = f.industry == Industry::industrial || f.industry == Industry::commercial;
  if (f.in_provincial_park && ind_com && !f.temporary) return {true, "I1a"};
  if (f.substitution_capacity_kw * 2 > f.capacity_kw) return {true, "I1b"};  // strictly above 50 %
  if (f.customer_type == CustomerType::ev_non_residential) return {true, "I1c"};
  return {};
}

OutagePlan outage_plan_for(const Facts& f) {
  // rule O1, in order of precedence: live-line work, no other customer affected, voltage.
  const bool affects = f.affects_other_customers.value_or(is_high_voltage(f));
  if (f.live_work_possible) return OutagePlan::on_request;
  if (!affects) return OutagePlan::daily;
  if (f.voltage_kv >= 35) return OutagePlan::monthly;
  return OutagePlan::weekly;  // 10 kV; LV work that cuts others' supply follows the same weekly plan
}

int Plan::limit_from(std::size_t from) const {
  int sum = 0;
  for (std::size_t i = from; i < stages.size(); ++i) sum += stages[i].limit_working_days.value_or(0);
  return sum;
}

int Plan::stage_index(StageCode c) const {
  for (std::size_t i = 0; i < stages.size(); ++i)
    if (stages[i].code == c) return static_cast<int>(i);
  return -1;
}

Result<Plan> evaluate(const Facts& in, const ServiceConfig& cfg) {
  Plan p;
  p.facts = in;
  Facts& f = p.facts;
  auto& ids = p.rule_ids;
  p.high_voltage = is_high_voltage(f);
  const bool connection = is_connection_business(f.business);

  p.small_micro = classify_small_micro(f);
  add_rule(ids, "I4");
  p.may_choose_lv = p.small_micro.yes && p.high_voltage;
  p.red_line = classify_red_line(f, p.small_micro.yes);
  add_rule(ids, "I1");
  f.affects_other_customers = f.affects_other_customers.value_or(p.high_voltage);

  // Investment boundary, property boundary and metering point (rules I1–I3, I5).
  if (!connection) {
    p.property_boundary = {"unchanged", "产权分界点不变", "The property boundary is unchanged", "I2"};
  } else if (p.red_line.yes) {
    p.property_boundary = {"first_breaker_or_support_outside_red_line", "客户规划红线外第一断路器或第一支持物",
                           "The first breaker or first support outside the customer's red line", "I2"};
  } else {
    p.property_boundary = {"nearest_public_grid_point", "现有公共电网中满足需求、距离客户最近或接入成本最低的连接点",
                           "The nearest or lowest-cost point of the existing public grid that meets the need", "I2"};
  }
  add_rule(ids, "I2");
  p.metering_point = {"at_property_boundary", "计量装置装设在产权分界点", "Metering is installed at the property boundary", "I3"};
  add_rule(ids, "I3");
  if (connection && p.high_voltage) {
    p.notes.push_back({"no_new_dedicated_lines", "用电需求集中的区域不再发展专线客户，由公司投资建设公共电网接入",
                       "Where demand is concentrated no new dedicated lines are built; the company connects via public grid", "I5"});
    add_rule(ids, "I5");
  }
  if (p.may_choose_lv) {
    p.notes.push_back({"may_choose_lv", "小微企业可根据意愿选择低压接入", "A small/micro enterprise may choose a low-voltage connection", "I4"});
  }

  // Supporting works with their W1 limits and W3 funding route.
  for (const auto& w : f.supporting_works) {
    auto lim = works_limit_working_days(w, p.small_micro.yes);
    if (!lim) return make_error("contradictory", "supporting_works", "配套工程不在时限表中", "supporting works not in the W1 table");
    p.supporting_works.push_back({w, *lim, funding_route(w)});
    p.supporting_works_limit_working_days = std::max(p.supporting_works_limit_working_days, *lim);
  }
  if (!p.supporting_works.empty()) { add_rule(ids, "W1"); add_rule(ids, "W2"); add_rule(ids, "W3"); }
  const bool works = !p.supporting_works.empty();

  if (!connection) {
    // Change-of-use businesses: the policy gives no limit (T6 asks for one), so it is configuration.
    auto it = cfg.change_of_use_limits.find(f.business);
    StageLimits sl = it != cfg.change_of_use_limits.end() ? it->second : StageLimits{};
    PlanStage a = stage(StageCode::application, sl.application, {"T6"});
    a.name_zh = "业务受理";
    a.name_en = "Application accepted";
    PlanStage c = stage(StageCode::connect, sl.completion, {"T6"});
    c.name_zh = "现场办理及办结";
    c.name_en = "On-site work and completion";
    p.stages = {a, c};
    p.time_limit_rule = "configuration";
    p.limit_source = "configuration";
    f.customer_external_works = false;
    add_rule(ids, "T6");
    add_rule(ids, "G1");
  } else if (!p.high_voltage) {
    // Low voltage: rules S1, S2, T1–T3.
    const bool sm = p.small_micro.yes;
    int total;
    if (sm && works) { total = 15; p.time_limit_rule = "T3"; }
    else if (works) { total = 5; p.time_limit_rule = "T2"; }
    else { total = 2; p.time_limit_rule = "T1"; }
    add_rule(ids, p.time_limit_rule);
    const bool cew_default = !p.red_line.yes;
    bool cew = f.customer_external_works.value_or(cew_default);
    if (sm && cew) {
      cew = false;  // rule S2: the company builds to the red line (I1e); no customer external works
      p.notes.push_back({"s2_two_stages", "小微企业办电环节为“用电申请、装表送电”2个，无客户外部工程",
                         "Small/micro enterprises have two stages (application, metering and energizing); no customer external works", "S2"});
    }
    f.customer_external_works = cew;
    PlanStage connect = stage(StageCode::connect, total - kLvApplication, {sm ? "S2" : "S1", p.time_limit_rule});
    connect.name_zh = "装表送电";
    connect.name_en = "Meter installation and energizing";
    if (sm && f.proactive) {
      connect.limit_working_days = total;  // rule S2: proactive small/micro — one stage
      connect.rules = {"S2", p.time_limit_rule};
      p.stages = {connect};
    } else {
      p.stages.push_back(stage(StageCode::application, kLvApplication, {sm ? "S2" : "S1", p.time_limit_rule}));
      if (cew) p.stages.push_back(stage(StageCode::customer_works, std::nullopt, {"S1", "T6"}));
      p.stages.push_back(connect);
    }
    add_rule(ids, sm ? "S2" : "S1");
    p.limit_source = "policy";
  } else {
    // High voltage: rules S4, S5, T4, T5.
    const bool extra = f.important || f.asset_transfer;  // rule S5
    const bool red_line_new = f.business == Business::new_connection && p.red_line.yes;
    bool cew = f.customer_external_works.value_or(!red_line_new);
    if (red_line_new && cew && !extra) {
      cew = false;
      p.notes.push_back({"s4_three_stages", "投资延伸至客户红线的新装项目压减为3个环节",
                         "New connections where the company invests to the red line have three stages", "S4"});
    }
    if (f.proactive) cew = false;  // rule S4: proactive — application with plan, then metering and energizing
    if (extra) cew = true;         // rule S5: the customer's works are reviewed and inspected
    f.customer_external_works = cew;
    if (f.proactive) {
      p.stages.push_back(stage(StageCode::application_with_plan, kHvApplication + kHvSupplyPlan, {"S4", "T4"}));
    } else {
      p.stages.push_back(stage(StageCode::application, kHvApplication, {"S4", "T4"}));
      p.stages.push_back(stage(StageCode::supply_plan, kHvSupplyPlan, {"S4", "T4"}));
    }
    if (extra) p.stages.push_back(stage(StageCode::design_review, kHvDesignReview, {"S5", "T5"}));
    if (cew) p.stages.push_back(stage(StageCode::customer_works, std::nullopt, {"S4", "T6"}));
    if (extra) p.stages.push_back(stage(StageCode::mid_inspection, kHvMidInspection, {"S5", "T5"}));
    p.stages.push_back(stage(StageCode::connect, kHvConnect, {"S4", "S6", "T4"}));
    p.design_review = p.mid_inspection = extra;
    if (extra) p.review = review_scope(f);  // rule S5
    p.time_limit_rule = extra ? "T5" : "T4";
    add_rule(ids, "S4");
    add_rule(ids, "S5");
    add_rule(ids, "T4");
    if (extra) add_rule(ids, "T5");
    p.limit_source = "policy";
  }
  p.time_limit_working_days = p.limit_from(0);
  add_rule(ids, "T6");

  if (connection) {
    p.completion_inspection_scope = inspection_scope(f);
    add_rule(ids, "S6");
  }
  // rule S3: an LV customer who gives the intended meter location gets a survey without a meeting.
  p.survey_without_meeting = connection && !p.high_voltage && f.meter_location.has_value();
  if (p.survey_without_meeting) add_rule(ids, "S3");

  p.documents = required_documents(f);
  add_rule(ids, "D1");
  add_rule(ids, "D5");
  if (f.agent && !is_individual(f.customer_type)) add_rule(ids, "D6");
  p.electronic_archive_only = electronic_archive_only(f, true);
  add_rule(ids, "D8");

  // rule F1: no service fee; only the government-set high-reliability fee for dual power sources.
  if (f.dual_power)
    p.fees.push_back({"high_reliability_supply_fee", "高可靠性供电费", "High-reliability supply fee",
                      "按政府规定标准收取（双电源客户）", "at the government-set rate (dual power sources)"});
  add_rule(ids, "F1");

  p.outage_plan = outage_plan_for(f);
  add_rule(ids, "O1");
  return p;
}

Result<Plan> evaluate_json(const json& body, const ServiceConfig& cfg, const std::set<std::string>& extra_keys) {
  auto f = parse_facts(body, extra_keys);
  if (!f) return f.error();
  return evaluate(f.value(), cfg);
}

void to_json(json& j, const DocumentRequirement& d) {
  json acc = json::array();
  for (const auto& a : d.accepted) acc.push_back({{"code", a.code}, {"name_zh", a.zh}, {"name_en", a.en}});
  j = json{{"code", to_string(d.code)}, {"name_zh", named(d.code).zh}, {"name_en", named(d.code).en},
           {"accepted", acc}, {"note_zh", d.note_zh}, {"note_en", d.note_en}, {"rule", d.rule}};
}

namespace {
json text_json(const PlanText& t) { return {{"code", t.code}, {"zh", t.zh}, {"en", t.en}, {"rule", t.rule}}; }
}  // namespace

void to_json(json& j, const Plan& p) {
  json stages = json::array();
  for (const auto& s : p.stages)
    stages.push_back({{"code", to_string(s.code)}, {"name_zh", s.name_zh}, {"name_en", s.name_en},
                      {"limit_working_days", s.limit_working_days ? json(*s.limit_working_days) : json(nullptr)},
                      {"customer_side", s.customer_side}, {"rules", s.rules}});
  json works = json::array();
  for (const auto& w : p.supporting_works)
    works.push_back({{"voltage_kv", w.item.voltage_kv}, {"kind", to_string(w.item.kind)},
                     {"name_zh", named(w.item.kind).zh}, {"name_en", named(w.item.kind).en},
                     {"urgent", w.item.urgent}, {"limit_working_days", w.limit_working_days},
                     {"funding_route", named(w.funding).code}, {"funding_route_zh", named(w.funding).zh},
                     {"funding_route_en", named(w.funding).en}, {"rules", {"W1", "W3"}}});
  json fees = json::array();
  for (const auto& fee : p.fees)
    fees.push_back({{"code", fee.code}, {"name_zh", fee.name_zh}, {"name_en", fee.name_en},
                    {"basis_zh", fee.basis_zh}, {"basis_en", fee.basis_en}, {"rule", "F1"}});
  json scope = json::array();
  for (const auto& s : p.completion_inspection_scope) scope.push_back({{"code", s.code}, {"zh", s.zh}, {"en", s.en}});
  json notes = json::array();
  for (const auto& n : p.notes) notes.push_back(text_json(n));
  json review = nullptr;
  if (p.design_review || p.mid_inspection) {
    json items = json::array(), excluded = json::array();
    for (const auto& s : p.review.items) items.push_back({{"code", s.code}, {"zh", s.zh}, {"en", s.en}});
    for (const auto& s : p.review.excluded) excluded.push_back({{"code", s.code}, {"zh", s.zh}, {"en", s.en}});
    review = {{"items", items}, {"excluded", excluded}, {"rule", "S5"}};
  }

  j = json{
      {"facts", p.facts},
      {"business", {{"code", to_string(p.facts.business)}, {"name_zh", named(p.facts.business).zh}, {"name_en", named(p.facts.business).en}}},
      {"customer_type", {{"code", to_string(p.facts.customer_type)}, {"name_zh", named(p.facts.customer_type).zh}, {"name_en", named(p.facts.customer_type).en}}},
      {"voltage_class", p.high_voltage ? "hv" : "lv"},
      {"small_micro", p.small_micro.yes},
      {"small_micro_exclusions", p.small_micro.exclusions},
      {"may_choose_lv", p.may_choose_lv},
      {"invest_to_red_line", p.red_line.yes},
      {"invest_to_red_line_basis", p.red_line.basis.empty() ? json(nullptr) : json(p.red_line.basis)},
      {"property_boundary", text_json(p.property_boundary)},
      {"metering_point", text_json(p.metering_point)},
      {"stages", stages},
      {"stage_count", p.stages.size()},
      {"time_limit_working_days", p.time_limit_working_days},
      {"time_limit_rule", p.time_limit_rule},
      {"limit_source", p.limit_source},
      {"supporting_works", works},
      {"supporting_works_limit_working_days", p.supporting_works_limit_working_days},
      {"supporting_works_contract", {{"rule", "W2"},
                                     {"zh", "配套工程约定完成时间不得晚于客户工程完成时间"},
                                     {"en", "The agreed completion date of the supporting works is never later than the customer's own works"}}},
      {"documents", p.documents},
      {"document_count", p.documents.size()},
      {"fees", fees},
      {"service_fees_fen", 0},
      {"outage_plan", to_string(p.outage_plan)},
      {"outage_plan_zh", named(p.outage_plan).zh},
      {"outage_plan_en", named(p.outage_plan).en},
      {"design_review", p.design_review},
      {"mid_inspection", p.mid_inspection},
      {"completion_inspection_scope", scope},
      {"review_scope", review},
      {"survey_without_meeting", p.survey_without_meeting},
      {"electronic_archive_only", p.electronic_archive_only},
      {"notes", notes},
      {"rule_ids", p.rule_ids},
      {"rules", {{"small_micro", "I4"}, {"invest_to_red_line", p.red_line.basis.empty() ? "I1" : p.red_line.basis},
                 {"property_boundary", "I2"}, {"metering_point", "I3"},
                 {"stages", p.high_voltage ? json({"S4", "S5"}) : json({p.small_micro.yes ? "S2" : "S1"})},
                 {"time_limit", p.time_limit_rule}, {"supporting_works", "W1"}, {"documents", "D5"},
                 {"fees", "F1"}, {"outage_plan", "O1"}, {"completion_inspection_scope", "S6"},
                 {"survey_without_meeting", "S3"}, {"electronic_archive_only", "D8"}}},
  };
}

}  // namespace gp
