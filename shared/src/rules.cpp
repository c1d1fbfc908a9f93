#include "gp/rules.h"

#include <algorithm>

namespace gp {
namespace {

using nlohmann::json;

void add_rule(std::vector<std::string>& ids, const std::string& id) {
  if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
}

// The totals are the plan's (rules T1–T5, gp/time_limits.h); their split between steps is the
// company's (rule T6, ServiceConfig::stage_split). LV: the application step, then metering and
// energizing with the rest of the total, which includes any supporting works (W1: 3 days, or 13 for
// small/micro enterprises).
constexpr const char* kPolicy = "policy";
constexpr const char* kCompanySetting = "company_setting";

PlanStage stage(StageCode c, std::optional<int> limit, std::vector<std::string> rules) {
  PlanStage s;
  s.code = c;
  s.name_zh = named(c).zh;
  s.name_en = named(c).en;
  s.limit_working_days = limit;
  s.customer_side = !limit.has_value();
  s.rules = std::move(rules);
  s.source = limit ? kCompanySetting : "";
  return s;
}

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

OutageDecision outage_plan_for(const Facts& f, const ServiceConfig& cfg) {
  // rule O1. The seed: "35 千伏及以上报装接电纳入月停（送）电计划管理，10 千伏报装接电纳入周停（送）电计划管理，
  // 不涉及其他客户停电的纳入日停（送）电计划'随到随批'……具备不停电作业条件的，实行'随报随接'".
  // Voltage decides first: a 110 kV job that cuts no one else still goes to the monthly plan.
  // Live-line work comes before voltage: 不停电作业 needs no outage at all, so there is nothing for
  // a monthly or weekly outage plan to schedule; the seed's own answer for it is "随报随接".
  static const char* kLiveZh = "具备不停电作业条件的，实行“随报随接”";
  static const char* k35Zh = "35 千伏及以上报装接电纳入月停（送）电计划管理";
  static const char* k10Zh = "10 千伏报装接电纳入周停（送）电计划管理";
  static const char* kDailyZh = "不涉及其他客户停电的纳入日停（送）电计划“随到随批”";
  if (f.live_work_possible)
    return {OutagePlan::on_request, {"O1", kLiveZh, "Where live-line work is possible: connected on request", "policy"}};
  if (f.voltage_kv >= 35)
    return {OutagePlan::monthly, {"O1", k35Zh, "35 kV and above: monthly outage/energizing plan", "policy"}};
  if (is_high_voltage(f))
    return {OutagePlan::weekly, {"O1", k10Zh, "10 kV: weekly outage/energizing plan", "policy"}};
  const bool affects = f.affects_other_customers.value_or(false);
  if (!affects)
    return {OutagePlan::daily, {"O1", kDailyZh, "Not cutting other customers' supply: daily plan, approved on arrival", "policy"}};
  // Below 10 kV and cutting others' supply: the seed is silent, so the plan is the company's setting.
  return {cfg.lv_outage_plan_affecting_others,
          {"O1", "低压作业涉及其他客户停电：政策未规定，按公司设定纳入" + std::string(named(cfg.lv_outage_plan_affecting_others).zh) + "（公司设定，非政策承诺）",
           std::string("Low-voltage work cutting other customers' supply: the policy is silent; company setting: ") +
               named(cfg.lv_outage_plan_affecting_others).en + " (company setting, not policy)",
           "company_setting"}};
}

void apply_channel(Plan& p, std::string_view channel) {
  p.archive_channel = std::string(channel);
  p.electronic_archive_only = electronic_archive_only(p.facts, done_in_app(channel));  // rule D8
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
  // rule G1: a new temporary supply is a new connection whose facts say temporary (I1a, I4 exclude
  // it). Hook: temporary-transformer rental packages (sibling issue) will be offered here.
  if (f.business == Business::temporary_supply) f.temporary = true;
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
  if (connection && p.red_line.yes) {
    // rule I6: "公司投资建设产权分界点及以上电网侧供电设施，应包括产权分界点的支持物、第一断路器、计费计量装置等"
    p.company_boundary_items = {
        {"boundary_support", "产权分界点的支持物", "The support at the property boundary"},
        {"first_breaker", "第一断路器", "The first breaker"},
        {"billing_meter", "计费计量装置", "The billing meter"},
    };
    // rule I6: "公司投资建设的开关站或环网柜具备接地保护时，可不另装设智能型断路器分界开关（即带接地保护跳闸功能的开关）"
    // — a high-voltage matter (switching stations, ring-main units, 10 kV boundary switches).
    if (p.high_voltage) p.boundary_switch_exemption = {"no_separate_boundary_switch",
                                   "公司投资建设的开关站或环网柜具备接地保护时，可不另装设智能型断路器分界开关（即带接地保护跳闸功能的开关）",
                                   "Where the company's switching station or ring-main unit has earth-fault protection, no separate smart "
                                   "boundary breaker (a switch tripping on earth faults) is installed",
                                   "I6"};
    add_rule(ids, "I6");
  }
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
    p.time_limit_rule = kCompanySetting;
    p.limit_source = kCompanySetting;
    f.customer_external_works = false;
    add_rule(ids, "T6");
    add_rule(ids, "G1");
  } else if (!p.high_voltage) {
    // Low voltage: rules S1, S2, T1–T3.
    const bool sm = p.small_micro.yes;
    int total;
    if (sm && works) { total = policy::kT3; p.time_limit_rule = "T3"; }
    else if (works) { total = policy::kT2; p.time_limit_rule = "T2"; }
    else { total = policy::kT1; p.time_limit_rule = "T1"; }
    const int lv_application = std::min(cfg.stage_split.lv_application, total - 1);  // rule T6: company split
    add_rule(ids, p.time_limit_rule);
    const bool cew_default = !p.red_line.yes;
    bool cew = f.customer_external_works.value_or(cew_default);
    if (sm && cew) {
      cew = false;  // rule S2: the company builds to the red line (I1e); no customer external works
      p.notes.push_back({"s2_two_stages", "小微企业办电环节为“用电申请、装表送电”2个，无客户外部工程",
                         "Small/micro enterprises have two stages (application, metering and energizing); no customer external works", "S2"});
    }
    f.customer_external_works = cew;
    PlanStage connect = stage(StageCode::connect, total - lv_application, {sm ? "S2" : "S1", p.time_limit_rule});
    connect.name_zh = "装表送电";
    connect.name_en = "Meter installation and energizing";
    if (sm && f.proactive) {
      connect.limit_working_days = total;  // rule S2: proactive small/micro — one stage
      connect.rules = {"S2", p.time_limit_rule};
      connect.source = kPolicy;            // the step is the whole total: nothing is split
      p.stages = {connect};
    } else {
      p.stages.push_back(stage(StageCode::application, lv_application, {sm ? "S2" : "S1", p.time_limit_rule}));
      if (cew) p.stages.push_back(stage(StageCode::customer_works, std::nullopt, {"S1", "T6"}));
      p.stages.push_back(connect);
    }
    add_rule(ids, sm ? "S2" : "S1");
    p.limit_source = "policy";
  } else {
    // High voltage: rules S4, S5, T4, T5.
    const bool extra = f.important || f.asset_transfer;  // rule S5
    // rule T5 gives +3/+2 to important customers only; an asset-transfer-only application gets the
    // company's setting for its reviews (ServiceConfig::asset_transfer_review), never labelled T5.
    const bool t5 = f.important;
    const StageSplit& split = cfg.stage_split;  // rule T6: company split of T4's 16 days
    const bool red_line_new = (f.business == Business::new_connection || f.business == Business::temporary_supply) && p.red_line.yes;
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
      p.stages.push_back(stage(StageCode::application_with_plan, split.hv_application + split.hv_supply_plan, {"S4", "T4"}));
    } else {
      p.stages.push_back(stage(StageCode::application, split.hv_application, {"S4", "T4"}));
      p.stages.push_back(stage(StageCode::supply_plan, split.hv_supply_plan, {"S4", "T4"}));
    }
    PlanStage review = t5 ? stage(StageCode::design_review, policy::kT5DesignReview, {"S5", "T5"})
                          : stage(StageCode::design_review, cfg.asset_transfer_review.design_review, {"S5"});
    PlanStage mid = t5 ? stage(StageCode::mid_inspection, policy::kT5MidInspection, {"S5", "T5"})
                       : stage(StageCode::mid_inspection, cfg.asset_transfer_review.mid_inspection, {"S5"});
    if (t5) review.source = mid.source = kPolicy;  // the seed's own +3 and +2
    if (extra) p.stages.push_back(review);
    if (cew) p.stages.push_back(stage(StageCode::customer_works, std::nullopt, {"S4", "T6"}));
    if (extra) p.stages.push_back(mid);
    p.stages.push_back(stage(StageCode::connect, split.hv_connect, {"S4", "S6", "T4"}));
    p.design_review = p.mid_inspection = extra;
    if (extra) p.review = review_scope(f);  // rule S5
    add_rule(ids, "S4");
    add_rule(ids, "S5");
    add_rule(ids, "T4");
    if (t5) {
      p.time_limit_rule = "T5";
      p.limit_source = kPolicy;
      add_rule(ids, "T5");
    } else if (extra) {
      p.time_limit_rule = kCompanySetting;
      p.limit_source = kCompanySetting;
      p.notes.push_back({"asset_transfer_review_days",
                         "资产移交客户的设计审查、中间检查时限为公司设定（政策仅对重要客户规定分别增加3个、2个工作日），非政策承诺",
                         "The design-review and mid-inspection days of an asset-transfer customer are a company setting (the policy "
                         "adds 3 and 2 working days for important customers only), not policy", "S5"});
    } else {
      p.time_limit_rule = "T4";
      p.limit_source = kPolicy;
    }
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

  auto outage = outage_plan_for(f, cfg);
  p.outage_plan = outage.plan;
  p.outage_plan_clause = outage.clause;
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
                      {"customer_side", s.customer_side}, {"rules", s.rules},
                      {"source", s.source.empty() ? json(nullptr) : json(s.source)}});
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
  json boundary_items = json::array();
  for (const auto& b : p.company_boundary_items)
    boundary_items.push_back({{"code", b.code}, {"zh", b.zh}, {"en", b.en}, {"rule", "I6"}, {"funded_by", "company"}});

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
      {"company_boundary_items", boundary_items},
      {"boundary_switch_exemption", p.boundary_switch_exemption.code.empty() ? json(nullptr) : text_json(p.boundary_switch_exemption)},
      {"stages", stages},
      {"stage_count", p.stages.size()},
      {"time_limit_working_days", p.time_limit_working_days},
      {"time_limit_rule", p.time_limit_rule},
      {"limit_source", p.limit_source},
      {"time_limit", {{"working_days", p.time_limit_working_days}, {"rule", p.time_limit_rule}, {"source", p.limit_source}}},
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
      {"outage_plan_clause", {{"rule", p.outage_plan_clause.rule}, {"zh", p.outage_plan_clause.zh},
                              {"en", p.outage_plan_clause.en}, {"source", p.outage_plan_clause.source}}},
      {"design_review", p.design_review},
      {"mid_inspection", p.mid_inspection},
      {"completion_inspection_scope", scope},
      {"review_scope", review},
      {"survey_without_meeting", p.survey_without_meeting},
      {"electronic_archive_only", p.electronic_archive_only},
      {"paper_archive", !p.electronic_archive_only},
      {"archive_channel", p.archive_channel.empty() ? json(nullptr) : json(p.archive_channel)},
      {"archive_basis", {{"rule", "D8"}, {"zh", "低压手机APP办理的业务，取消纸质档案管理（营业厅、自助终端受理的保留纸质档案）"},
                         {"en", "Low-voltage business done in the app keeps no paper archive (hall and kiosk applications keep it)"}}},
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
