#include "gp/catalog.h"

#include <map>

#include "gp/time_limits.h"

namespace gp {
namespace {
using nlohmann::json;

json names(const Named& n) { return {{"code", n.code}, {"name_zh", n.zh}, {"name_en", n.en}}; }

json stages_json(const Plan& p) {
  json j;
  to_json(j, p);
  return j.at("stages");
}

}  // namespace

const std::vector<Scenario>& publication_scenarios() {
  static const std::vector<Scenario> s = {
      {"lv_no_works", "低压，无配套工程", "Low voltage, no supporting works",
       {{"business", "new_connection"}, {"customer_type", "lv_residential"}}},
      {"lv_customer_works", "低压非居民，有客户外部工程", "LV non-residential with customer external works",
       {{"business", "new_connection"}, {"customer_type", "lv_non_residential"}, {"capacity_kw", 200}, {"customer_external_works", true}}},
      {"lv_with_works", "低压，有配套工程", "Low voltage, with supporting works",
       {{"business", "new_connection"}, {"customer_type", "lv_residential"}, {"supporting_works", json::array({{{"kind", "lv"}}})}}},
      {"lv_small_micro", "低压小微企业（有配套工程）", "LV small/micro enterprise (with supporting works)",
       {{"business", "new_connection"}, {"customer_type", "lv_non_residential"}, {"capacity_kw", 100}, {"industry", "commercial"},
        {"supporting_works", json::array({{{"kind", "lv"}}})}}},
      {"lv_small_micro_proactive", "低压小微企业主动办电", "LV small/micro enterprise, proactive service",
       {{"business", "new_connection"}, {"customer_type", "lv_non_residential"}, {"capacity_kw", 100}, {"industry", "commercial"}, {"proactive", true}}},
      {"hv_standard", "10千伏及以上（不含配套工程）", "10 kV and above (excluding supporting works)",
       {{"business", "new_connection"}, {"customer_type", "hv"}, {"capacity_kw", 800}}},
      {"hv_red_line", "高压，投资至红线的新装", "HV new connection, company invests to the red line",
       {{"business", "new_connection"}, {"customer_type", "hv"}, {"capacity_kw", 800}, {"in_provincial_park", true}}},
      {"hv_increase_no_customer_works", "高压增容，无客户外部工程", "HV capacity increase without customer external works",
       {{"business", "capacity_increase"}, {"customer_type", "hv"}, {"capacity_kw", 800}, {"customer_external_works", false}}},
      {"hv_proactive", "高压主动办电", "HV proactive service",
       {{"business", "new_connection"}, {"customer_type", "hv"}, {"capacity_kw", 800}, {"proactive", true}}},
      {"hv_important", "重要客户", "Important customer",
       {{"business", "new_connection"}, {"customer_type", "hv"}, {"capacity_kw", 2000}, {"important", true}}},
  };
  return s;
}

json catalog_json(const ServiceConfig& cfg) {
  json out;
  out["company"] = {{"zh", cfg.company_zh}, {"en", cfg.company_en}};
  out["product"] = {{"zh", cfg.product_zh}, {"en", cfg.product_en}};
  out["supervision_phone"] = cfg.supervision_phone;  // rule G7
  out["service_hall"] = {{"zh", cfg.service_hall_zh}, {"en", cfg.service_hall_en}};

  json types = json::array();
  for (auto t : all_customer_types()) types.push_back(names(named(t)));
  out["customer_types"] = types;

  // Every business, online with zero visits (rule G1), with documents and steps per customer type.
  json businesses = json::array();
  for (auto b : all_businesses()) {
    json bj = names(named(b));
    bj["kind"] = is_connection_business(b) ? "connection" : "change_of_use";
    bj["online"] = true;
    bj["zero_visits"] = true;
    json per_type = json::array();
    for (auto t : all_customer_types()) {
      auto plan = evaluate_json({{"business", named(b).code}, {"customer_type", named(t).code}}, cfg);
      if (!plan) continue;
      json pj;
      to_json(pj, plan.value());
      per_type.push_back({{"customer_type", named(t).code},
                          {"documents", pj.at("documents")},
                          {"stages", pj.at("stages")},
                          {"time_limit_working_days", pj.at("time_limit_working_days")},
                          {"time_limit_rule", pj.at("time_limit_rule")},
                          {"limit_source", pj.at("limit_source")}});
    }
    bj["by_customer_type"] = per_type;
    businesses.push_back(bj);
  }
  out["businesses"] = businesses;
  out["online_business_count"] = businesses.size();

  // Steps and limits for each kind of customer (rules S1–S5, T1–T5).
  json scen = json::array();
  for (const auto& s : publication_scenarios()) {
    auto plan = evaluate_json(s.facts, cfg);
    if (!plan) continue;
    scen.push_back({{"code", s.code}, {"name_zh", s.zh}, {"name_en", s.en}, {"facts", s.facts},
                    {"stages", stages_json(plan.value())},
                    {"time_limit_working_days", plan->time_limit_working_days},
                    {"time_limit_rule", plan->time_limit_rule}});
  }
  out["scenarios"] = scen;

  // Rules T1–T5: the plan's totals as evaluate() gives them to the published scenarios (issue 16:
  // the published figure is the one an application gets, never a second copy); the labels come
  // from gp/time_limits.h. Every rule has a scenario (tests/shared/catalog_test.cpp checks it).
  std::map<std::string, int> derived;
  for (const auto& s : scen) derived.emplace(s.at("time_limit_rule").get<std::string>(), s.at("time_limit_working_days").get<int>());
  json limits = json::array();
  for (const auto& l : policy_limits()) {
    auto d = derived.find(l.rule);
    if (d == derived.end()) continue;
    limits.push_back({{"rule", l.rule}, {"working_days", d->second}, {"zh", l.zh}, {"en", l.en}, {"source", "policy"}});
  }
  out["limits"] = limits;
  // Rule T6: the split of the totals between steps is the company's setting, not the plan's.
  out["stage_split"] = {{"source", "company_setting"}, {"rule", "T6"},
                        {"hv_application", cfg.stage_split.hv_application}, {"hv_supply_plan", cfg.stage_split.hv_supply_plan},
                        {"hv_connect", cfg.stage_split.hv_connect}, {"lv_application", cfg.stage_split.lv_application},
                        {"zh", "各环节时限的分配为公司设定，非政策承诺；政策只规定总时限（T1–T5）"},
                        {"en", "The split of a limit between steps is a company setting, not policy; the policy gives the totals (T1–T5)"}};
  out["asset_transfer_review"] = {{"source", "company_setting"}, {"rules", {"S5", "T5"}},
                                  {"design_review", cfg.asset_transfer_review.design_review},
                                  {"mid_inspection", cfg.asset_transfer_review.mid_inspection},
                                  {"zh", "资产移交客户（非重要客户）的设计审查、中间检查时限为公司设定；政策仅对重要客户规定+3、+2个工作日"},
                                  {"en", "Design review and mid-inspection days of asset-transfer (not important) customers are a company setting; the policy gives +3/+2 to important customers only"}};
  json change_limits = json::array();
  for (const auto& [b, l] : cfg.change_of_use_limits)
    change_limits.push_back({{"business", named(b).code}, {"name_zh", named(b).zh}, {"name_en", named(b).en},
                             {"working_days", l.application + l.completion}, {"limit_source", "company_setting"}});
  out["change_of_use_limits"] = change_limits;

  // Rule F1: the fee list, empty but for one government-set case.
  out["fees"] = {{"service_fees", json::array()},
                 {"zh", "办电业务不收取任何服务费。"},
                 {"en", "No service fee of any kind is charged for getting electricity."},
                 {"items", json::array({{{"code", "high_reliability_supply_fee"}, {"name_zh", "高可靠性供电费"},
                                         {"name_en", "High-reliability supply fee"},
                                         {"applies_zh", "仅双电源客户，按政府规定标准收取"},
                                         {"applies_en", "Only customers with dual power sources, at the government-set rate"}}})},
                 {"rule", "F1"}};

  json works = json::array();
  for (const auto& r : works_limit_table())
    works.push_back({{"voltage", r.voltage_label}, {"voltage_kv", r.voltage_kv}, {"kind", to_string(r.kind)},
                     {"condition", r.condition}, {"limit_working_days", r.limit_working_days},
                     {"name_zh", r.name_zh}, {"name_en", r.name_en}});
  out["supporting_works"] = {{"rule", "W1"}, {"rows", works},
                             {"contract_zh", "配套工程实行契约制，约定完成时间不得晚于客户工程完成时间"},
                             {"contract_en", "Supporting works run under a contract; their agreed completion is never later than the customer's works"},
                             {"funding_routes", json::array({names(named(FundingRoute::project_package)),
                                                             names(named(FundingRoute::lv_repair_materials)),
                                                             names(named(FundingRoute::annual_plan))})}};

  json docs = json::array();
  for (int i = 0; i <= static_cast<int>(DocumentCode::agent_identity); ++i) docs.push_back(names(named(static_cast<DocumentCode>(i))));
  out["documents"] = docs;
  out["documents_rule_zh"] = "普通客户“两证办结”：仅需身份（主体）证明和产权证明；重要客户另需项目批复文件。不得要求额外资料。";
  out["documents_rule_en"] = "Ordinary customers need only two documents: proof of identity (or legal entity) and of property. Important customers also give the project's approval. Nothing else may be demanded.";

  json archive = json::array();
  for (const auto& it : archive_checklist()) {
    json marks = json::object();
    for (auto t : all_customer_types()) {
      Mark m = archive_mark(it, t);
      marks[named(t).code] = m == Mark::required ? "required" : m == Mark::conditional ? "conditional" : "none";
    }
    archive.push_back({{"stage", it.stage}, {"stage_zh", it.stage_zh}, {"stage_en", it.stage_en}, {"code", it.code},
                       {"name_zh", it.zh}, {"name_en", it.en}, {"marks", marks},
                       {"condition_zh", it.condition_zh}, {"condition_en", it.condition_en}});
  }
  out["archive_checklist"] = {{"rule", "D7"}, {"items", archive},
                              {"electronic_only_zh", "低压手机APP办理的业务，取消纸质档案，实行档案电子化"},
                              {"electronic_only_en", "Low-voltage business done in the app keeps electronic archives only"}};

  out["outage_plans"] = json::array({names(named(OutagePlan::monthly)), names(named(OutagePlan::weekly)),
                                     names(named(OutagePlan::daily)), names(named(OutagePlan::on_request))});
  out["reservation"] = {{"rule", "D4"}, {"phone_dispatch_minutes", 20}, {"online_contact_hours", 18},
                        {"zh", "零证预约：电话预约挂机后20分钟内派单至客户经理；线上预约18小时内联系确认，客户经理现场勘查时上门收资"},
                        {"en", "Zero-document reservation: phone calls are dispatched to a customer manager within 20 minutes; online reservations are confirmed within 18 hours; documents are collected at the site survey"}};
  out["channels"] = {{"rule", "D2"},
                     {"zh", "仅营业厅和线上两类受理渠道，任何申请都不会被拒绝或限制"},
                     {"en", "Two intake channels only: the service hall and online. No application is ever refused or restricted."}};
  out["promises"] = json::array({
      {{"rule", "G1"}, {"zh", "全部办电业务线上“一次都不跑”"}, {"en", "Every electricity business can be done online with zero visits"}},
      {{"rule", "G4"}, {"zh", "高压客户“省力、省时、省钱”；低压居民和小微企业“零上门、零审批、零投资”"}, {"en", "HV customers save effort, time and money; LV residents and small/micro enterprises: zero visits, zero approvals, zero investment"}},
      {{"rule", "G6"}, {"zh", "每个项目“客户经理+项目经理”双经理负责"}, {"en", "Every application has a customer manager and a project manager"}},
      {{"rule", "M3"}, {"zh", "客户可自主选择客户经理并评价服务"}, {"en", "Customers may choose their customer manager and rate the service"}},
      {{"rule", "P2"}, {"zh", "办电进程实时公开：每个环节、时限和责任人"}, {"en", "Progress is public in real time: every step, its deadline and who holds it"}},
  });
  out["investment_zh"] = "公司投资至客户规划红线：省级及以上园区内高压工商业客户、电能替代项目（替代容量占比高于50%）、电动汽车充换电设施三类高压客户，以及低压居民和低压小微企业。";
  out["investment_en"] = "The company invests up to the customer's red line for three classes of HV customers (industrial/commercial customers in provincial or higher parks, electricity-substitution projects above 50 %, EV charging) and for LV residents and LV small/micro enterprises.";
  out["reliability"] = {{"rule", "G5"}, {"urban_asai_target", 0.99961}, {"rural_asai_target", 0.99804},
                        {"urban_outage_hours_target", 1.0}, {"urban_outage_count_target", 1.0}};
  return out;
}

}  // namespace gp
