#include "services/administration_service.h"

#include <cstdio>
#include <iostream>
#include <set>

#include "gp/dto/admin.h"
#include "gp/dto/wire.h"
#include "services/json_fields.h"
#include "services/service_error.h"
#include "services/trace.h"
#include "store/conn.h"
#include "store/settings.h"

namespace gp::server {
namespace {

using nlohmann::json;
using K = ServiceError::Kind;

constexpr const char* kYearKeyPrefix = "calendar_year_";

// A null would delete a key in a merge patch; in this configuration every key has a value.
void refuse_nulls(const json& j, const std::string& path) {
  if (j.is_null()) fail(K::invalid, "invalid_type", path, path + " 不能为 null", path + " cannot be null");
  if (j.is_object())
    for (auto it = j.begin(); it != j.end(); ++it) refuse_nulls(it.value(), path.empty() ? it.key() : path + "." + it.key());
}

// Unknown keys are refused by name (gp::ServiceConfig::from_json would silently ignore them).
void check_keys(const json& body) {
  fields::only_keys(body, {"company", "product", "service_hall", "supervision_phone", "change_of_use_limits", "sla",
                          "lv_outage_plan_affecting_others", "stage_split", "asset_transfer_review",
                          "reserve_works", "backfill_after_hours", "grab", "cost_consultation", "case_handling_hours"});
  for (const char* pair : {"company", "product", "service_hall"})
    if (body.contains(pair) && body.at(pair).is_object()) fields::only_keys(body.at(pair), {"zh", "en"}, std::string(pair) + ".");
  if (body.contains("sla") && body.at("sla").is_object())
    fields::only_keys(body.at("sla"), {"warning_fraction", "command_center_overdue_fraction", "leadership_overdue_fraction",
                                       "leadership_min_overdue_working_days", "leadership_min_overdue_seconds"}, "sla.");
  if (body.contains("stage_split") && body.at("stage_split").is_object())
    fields::only_keys(body.at("stage_split"), {"hv_application", "hv_supply_plan", "hv_connect", "lv_application"}, "stage_split.");
  if (body.contains("reserve_works") && body.at("reserve_works").is_object())
    fields::only_keys(body.at("reserve_works"), {"t_connection_max_kw", "overhead_line_max_kw"}, "reserve_works.");
  if (body.contains("grab") && body.at("grab").is_object())  // rule M7
    fields::only_keys(body.at("grab"), {"enabled", "window_minutes", "load_cap"}, "grab.");
  if (body.contains("asset_transfer_review") && body.at("asset_transfer_review").is_object())
    fields::only_keys(body.at("asset_transfer_review"), {"design_review", "mid_inspection"}, "asset_transfer_review.");
  if (body.contains("change_of_use_limits") && body.at("change_of_use_limits").is_object())
    for (auto it = body.at("change_of_use_limits").begin(); it != body.at("change_of_use_limits").end(); ++it)
      if (it.value().is_object()) fields::only_keys(it.value(), {"application", "completion"}, "change_of_use_limits." + it.key() + ".");
  for (const char* pair : {"company", "product", "service_hall"})
    if (body.contains(pair) && body.at(pair).is_object())
      for (const char* lang : {"zh", "en"})
        if (body.at(pair).contains(lang) && body.at(pair).at(lang).is_string())
          fields::text(body.at(pair), lang, true, 1, 200, std::string(pair) + ".");
}

}  // namespace

json AdministrationService::config() const {
  gp::dto::AdminConfigDto d;  // the shared wire type (gp/dto/admin.h)
  d.config = gp::dto::decode<gp::dto::ServiceConfigDto>(json::parse(env_.cfg.current()->to_json()));
  auto part = [&](const char* key, std::vector<std::string> rules, std::string zh, std::string en) {
    gp::dto::ConfigSourceDto s{"company_setting", std::nullopt, std::nullopt, std::nullopt};
    if (!rules.empty()) s.rules = std::move(rules);
    if (!zh.empty()) s.zh = std::move(zh);
    if (!en.empty()) s.en = std::move(en);
    d.sources[key] = std::move(s);
  };
  part("change_of_use_limits", {},
       "变更用电业务的环节时限：政策未规定（T6 只要求每项业务有时限），由公司配置；据此生成的方案标注 limit_source = company_setting（公司设定，非政策承诺）。",
       "Step limits of change-of-use businesses: the policy gives none (T6 only requires every business to have "
       "limits), so they are the company's configuration; plans built from them say limit_source = company_setting (company setting, not policy).");
  part("supervision_phone", {"G7", "P3"},
       "监督电话，在所有渠道公开（7×24）。",
       "The supervision phone, published on every channel (7x24).");
  part("sla", {"M1", "M2"},
       "预警与升级阈值：用时达到时限的比例即预警；超时后升级至指挥中心；再超出一定比例升级至公司领导。",
       "Warning and escalation thresholds: the share of a limit used at which the warning starts; escalation to "
       "the command center at the breach; to leadership once overdue by a further share.");
  part("lv_outage_plan_affecting_others", {"O1"},
       "低压作业涉及其他客户停电时的停（送）电计划：政策只规定 35 千伏及以上（月）、10 千伏（周）、不涉及其他客户停电（日）和不停电作业（随报随接），此项由公司设定。",
       "Outage plan for low-voltage work that cuts other customers' supply: the policy names only 35 kV+ (monthly), "
       "10 kV (weekly), no other customer affected (daily) and live-line work (on request); this one is the company's setting.");
  part("backfill_after_hours", {"M5"},
       "补录判定：操作记录时间晚于其所记时间超过此小时数即标注为补录；政策要求杜绝系统补录，但未给出时长，由公司设定。",
       "Back-filling: an action recorded more than this many hours after the moment it claims is flagged back-filled; "
       "the policy forbids back-filling but gives no figure, so this is the company's setting.");
  part("grab", {"M7"},
       "报装工作票抢单：开启后，客户未选客户经理的新申请先进入抢单池，保留 window_minutes 分钟，先抢先得；在办达到 load_cap 件的客户经理不能再抢；到期无人抢单则派给在办最少的客户经理。政策只提出抢单机制，未规定时长与上限，由公司设定。",
       "Work-ticket grabbing: when enabled, a new application whose customer chose no manager waits in the pool for "
       "window_minutes, first grab wins; a manager holding load_cap open applications grabs no more; what nobody grabs goes to "
       "the least loaded manager. The policy names the practice only, no window or cap: company settings.");
  part("cost_consultation", {"P4"},
       "造价咨询：答复时限（工作日）、需要系数、功率因数、标准变压器容量序列与典型设计。政策只要求提供在线造价咨询，未给出估算方法与时限，均由公司设定；估算仅供参考。",
       "Cost consultation: the answer limit (working days), demand factors, power factor, the standard transformer sizes and "
       "typical designs. The policy asks for online cost consultation and gives no method or limit: company settings; the estimate is a reference only.");
  part("case_handling_hours", {"M6"},
       "投诉、举报、意见、建议指派后的办理时限（小时），由指挥中心监控预警、升级；政策未给出时长，由公司设定。",
       "Hours an assigned complaint, report, opinion or suggestion has until it is answered, watched and escalated by the "
       "command center; the policy gives no figure: a company setting.");
  part("stage_split", {"T6"},
       "各环节时限的分配：政策只规定总时限（T1–T5），所引《用电报装全流程环节和时限指引》未附，分配由公司设定；高压各环节之和须为 16 个工作日（T4）。",
       "The split of the limits between steps: the policy gives only the totals (T1–T5) and cites a guide it does not include, "
       "so the split is the company's setting; the high-voltage steps must sum to 16 working days (T4).");
  part("asset_transfer_review", {"S5", "T5"},
       "资产移交客户（非重要客户）的设计审查、中间检查时限：政策仅对重要客户规定+3、+2个工作日，此项由公司设定。",
       "Design-review and mid-inspection days of asset-transfer (not important) customers: the policy gives +3/+2 to "
       "important customers only; this is the company's setting.");
  part("reserve_works", {"R1"},
       "储备项目初步配套工程方案的工程类型推定规则：政策要求超前编制初步配套工程方案（R1），但未规定工程类型，此项由公司设定。",
       "How a reserve record's preliminary supporting works are inferred: the policy asks for a preliminary works plan (R1) "
       "but not which works; this is the company's setting.");
  for (const char* name : {"company", "product", "service_hall"}) part(name, {}, "", "");  // names only
  d.note_zh = "已受理申请的环节时限以受理时承诺的为准；预警阈值修改后立即适用。";
  d.note_en = "Applications keep the step limits promised at submission; new thresholds apply at once.";
  return d;
}

json AdministrationService::replace_config(const Caller& c, const json& body) {
  fields::require_object(body);
  refuse_nulls(body, "");
  check_keys(body);
  json merged = json::parse(env_.cfg.current()->to_json());
  merged.merge_patch(body);
  if (auto err = env_.cfg.replace(merged.dump())) fail(K::invalid, *err);
  json changed = json::array();
  for (auto it = body.begin(); it != body.end(); ++it) changed.push_back(it.key());
  env_.db.write([&](store::Conn& db) {
    trace(db, c, "config_changed", {{"changed", changed}, {"config", json::parse(env_.cfg.current()->to_json())}}, env_.clock.now());
  });
  refresh_open_applications();
  return config();
}

json AdministrationService::publish_year(const Caller& c, int year, const json& body) {
  if (year < 2000 || year > 2100) fail(K::invalid, "out_of_range", "year", "年份应在 2000–2100 之间", "the year must be within 2000–2100");
  fields::require_object(body);
  const std::string text = body.dump();
  // The setting is written and the year loaded in one transaction: a refused year is neither.
  env_.db.write([&](store::Conn& db) {
    store::put_setting(db, kYearKeyPrefix + std::to_string(year), text);
    trace(db, c, "calendar_published", {{"year", year}, {"notice", body.value("notice", json(""))}}, env_.clock.now());
    if (auto err = env_.cal.load_year_json(text, year)) fail(K::invalid, *err);
  });
  refresh_open_applications();
  gp::dto::CalendarPublishedDto out;  // gp/dto/admin.h
  out.year.year = year;
  for (auto& y : years_of().years)
    if (y.year == year) out.year = std::move(y);
  return out;
}

json AdministrationService::calendar_years() const { return years_of(); }

gp::dto::CalendarYearsDto AdministrationService::years_of() const {
  const auto cal = env_.cal.current();
  std::set<int> published;
  for (const auto& [k, value] : store::settings_with_prefix(env_.db.reader(), kYearKeyPrefix))
    published.insert(std::atoi(k.c_str() + std::string(kYearKeyPrefix).size()));
  const json all = json::parse(cal->to_json()).at("years");
  std::map<int, gp::dto::CalendarYearDto> out;
  for (int y : cal->years()) {
    json j = all.at(std::to_string(y));
    j["year"] = y;
    j["confirmed"] = true;
    j["source"] = published.count(y) ? "published" : "builtin";
    out[y] = gp::dto::decode<gp::dto::CalendarYearDto>(j);
  }
  const int this_year = gp::cst_date(env_.clock.now()).year;
  for (int y : {this_year, this_year + 1})
    if (!out.count(y))
      out[y] = {y, false, "weekends_only", "", {}, {},
                std::string("该年节假日尚未公布：按周末计算的日期为暂定（confirmed=false）。"),
                std::string("Holidays of this year are not published yet: dates counted on weekends only are provisional (confirmed=false).")};
  gp::dto::CalendarYearsDto years;
  for (auto& [y, d] : out) years.years.push_back(std::move(d));
  return years;
}

void AdministrationService::restore_calendar() {
  for (const auto& [key, value] : store::settings_with_prefix(env_.db.reader(), kYearKeyPrefix)) {
    const int year = std::atoi(key.c_str() + std::string(kYearKeyPrefix).size());
    if (auto err = env_.cal.load_year_json(value, year))
      std::cerr << "calendar: the stored year " << year << " no longer loads: " << err->message_en << std::endl;
  }
}

void AdministrationService::refresh_open_applications() {
  const std::vector<std::int64_t> ids = store::open_application_ids(env_.db.reader());
  const gp::Instant now = env_.clock.now();
  env_.db.write([&](store::Conn& db) {
    for (auto id : ids)
      if (auto row = store::find_application(db, id)) {
        auto app = apps_.load(db, *row);
        apps_.refresh_derived(db, app, now);
      }
    // A level reached by the change itself (e.g. a lower warning threshold) has no mark yet: the
    // next sweep looks at every running application once and records it (rules M1, M2).
    store::make_open_applications_due_for_sla(db, now);
  });
}

}  // namespace gp::server
