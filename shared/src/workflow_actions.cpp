// The actions of an application's life: who may take them, when, with which fields (rules D2, D3,
// G6, S1–S6, W1–W3, P1). There is deliberately no "reject": the policy forbids refusing an
// application (rule D2); staff ask for more information instead, which pauses the clock (rule T6).
#include <algorithm>
#include <cmath>
#include <functional>

#include "gp/fees.h"
#include "gp/backfill.h"
#include "gp/validate.h"
#include "gp/workflow.h"
#include "gp/works_contract.h"

namespace gp {
namespace {

using nlohmann::json;

struct ActionDef {
  const char* code;
  const char* zh;
  const char* en;
  std::vector<Role> roles;  // roles that may ever take it (otherwise 403)
  std::function<bool(const AppState&, const Actor&)> permitted;  // e.g. only the assigned manager (403)
  std::function<bool(const AppState&)> possible;                 // state precondition (409)
  std::function<std::vector<FieldSpec>(const AppState&)> fields;
  std::function<Status(const AppState&, json&, Instant)> check;  // cross-field rules; may add derived data
  const char* route = nullptr;  // its own route under the application (ActionSpec::route), not .../actions
  const char* read = nullptr;   // what to read before (ActionSpec::read)
};

// --- field constructors --------------------------------------------------------------------------
FieldSpec f_text(const char* name, bool req, const char* zh, const char* en, std::size_t max_len = 500) {
  FieldSpec f;
  f.name = name; f.type = FieldType::text; f.required = req; f.label_zh = zh; f.label_en = en; f.max_length = max_len;
  return f;
}
FieldSpec f_string(const char* name, bool req, const char* zh, const char* en, std::size_t max_len = 64) {
  FieldSpec f = f_text(name, req, zh, en, max_len);
  f.type = FieldType::string;
  return f;
}
FieldSpec f_typed(FieldType t, const char* name, bool req, const char* zh, const char* en) {
  FieldSpec f;
  f.name = name; f.type = t; f.required = req; f.label_zh = zh; f.label_en = en;
  return f;
}
FieldSpec f_enum(const char* name, bool req, const char* zh, const char* en, std::vector<FieldOption> opts, std::string source = "") {
  FieldSpec f = f_typed(FieldType::enumeration, name, req, zh, en);
  f.options = std::move(opts);
  f.options_source = std::move(source);
  return f;
}
// rule M5: a date or time the step claims happened.
FieldSpec f_claimed(FieldType t, const char* name, const char* zh, const char* en) {
  FieldSpec f = f_typed(t, name, true, zh, en);
  f.claims_moment = true;
  return f;
}
FieldSpec f_document(const char* name, bool req, const char* zh, const char* en) {
  FieldSpec f = f_typed(FieldType::document, name, req, zh, en);
  f.options_source = "documents";
  return f;
}

const std::vector<FieldOption> kReviewResult = {{"approved", "审查通过", "Approved"}, {"changes_required", "需修改后重新提交", "Changes required"}};
const std::vector<FieldOption> kInspectionResult = {{"passed", "合格", "Passed"}, {"rectification_required", "需整改", "Rectification required"}};

// --- permission helpers --------------------------------------------------------------------------
bool supervisor(const Actor& a) { return a.role == Role::command_center || a.role == Role::admin; }
bool cm_or_supervisor(const AppState&, const Actor& a) {
  return supervisor(a) || (a.role == Role::customer_manager && a.assigned_customer_manager);
}
bool managers_or_supervisor(const AppState&, const Actor& a) {
  return supervisor(a) || (a.role == Role::customer_manager && a.assigned_customer_manager) ||
         (a.role == Role::project_manager && a.assigned_project_manager);
}
bool pm_or_supervisor(const AppState&, const Actor& a) {
  return supervisor(a) || (a.role == Role::project_manager && a.assigned_project_manager);
}
bool owner(const AppState&, const Actor& a) { return a.role == Role::customer && a.owner; }
bool owner_or_cm(const AppState& s, const Actor& a) { return owner(s, a) || cm_or_supervisor(s, a); }

StageCode code_of(const AppState& s) { return s.current_stage() ? s.current_stage()->code : StageCode::connect; }
bool in_stage(const AppState& s, StageCode c) { return !s.finished() && s.current_stage() && code_of(s) == c; }
bool idle(const AppState& s) { return !s.finished() && s.waiting_for.empty(); }
bool connection(const AppState& s) { return is_connection_business(s.plan.facts.business); }

std::string fmt_num(double v) {
  char b[32];
  std::snprintf(b, sizeof b, "%g", v);
  return b;
}

Error field_error(const std::string& code, const std::string& name, const std::string& zh, const std::string& en) {
  return make_error(code, "fields." + name, zh, en);
}

std::string scope_text(const AppState& s, bool zh) {
  std::string out;
  for (const auto& it : s.plan.completion_inspection_scope) out += (out.empty() ? "" : zh ? "、" : ", ") + (zh ? it.zh : it.en);
  return out;
}

// rule S5: a design review or mid-term inspection ticks each item of the plan's review scope (the
// grid-related items); the items it never looks at (internal civil works, equipment not connected
// to the grid) are recorded with the result, so the event says what was and was not reviewed.
std::vector<FieldSpec> with_review_checklist(const AppState& s, std::vector<FieldSpec> base) {
  for (const auto& it : s.plan.review.items) {
    FieldSpec f;
    f.name = "reviewed_" + it.code;
    f.type = FieldType::boolean;
    f.required = true;  // each item answered, yes or no, whatever the result
    f.label_zh = "已审查：" + it.zh;
    f.label_en = "Reviewed: " + it.en;
    base.push_back(f);
  }
  return base;
}

Status record_review_checklist(const AppState& s, json& data, bool positive) {
  json list = json::array(), excluded = json::array();
  for (const auto& it : s.plan.review.items) {
    const std::string k = "reviewed_" + it.code;
    const bool checked = data.contains(k) && data.at(k).is_boolean() && data.at(k).get<bool>();
    if (positive && !checked)
      return field_error("required", k, "通过前须逐项审查：" + it.zh, "every item must be reviewed before passing: " + it.en);
    list.push_back({{"code", it.code}, {"zh", it.zh}, {"en", it.en}, {"checked", checked}});
  }
  for (const auto& it : s.plan.review.excluded) excluded.push_back({{"code", it.code}, {"zh", it.zh}, {"en", it.en}});
  data["checklist"] = list;
  data["not_reviewed"] = excluded;
  data["rule"] = "S5";
  return std::nullopt;
}

// --- the catalogue of actions --------------------------------------------------------------------
const std::vector<ActionDef>& defs() {
  using R = Role;
  static const std::vector<ActionDef> d = {
      {"accept", "受理申请", "Accept the application", {R::customer_manager, R::command_center, R::admin},
       [](const AppState& s, const Actor& a) { return supervisor(a) || (a.role == R::customer_manager && (a.assigned_customer_manager || s.customer_manager.empty())); },
       [](const AppState& s) { return !s.finished() && !s.accepted; },
       [](const AppState&) { return std::vector<FieldSpec>{f_text("note", false, "受理说明", "Note")}; },
       nullptr},

      // rule G6: a customer manager and a project manager for every application.
      {"assign_managers", "指派客户经理和项目经理", "Assign the customer manager and project manager", {R::command_center, R::admin},
       [](const AppState&, const Actor&) { return true; },
       [](const AppState& s) { return !s.finished(); },
       [](const AppState& s) {
         auto cm = f_enum("customer_manager", true, "客户经理", "Customer manager", {}, "customer_managers");
         auto pm = f_enum("project_manager", true, "项目经理", "Project manager", {}, "project_managers");
         (void)s;
         return std::vector<FieldSpec>{cm, pm};
       },
       nullptr},

      // rules D3, S3: the site survey collects whatever documents are still missing (容缺).
      {"site_survey", "现场勘查", "Site survey", {R::customer_manager, R::command_center, R::admin}, cm_or_supervisor,
       [](const AppState& s) {
         const bool stage_ok = in_stage(s, StageCode::application) || in_stage(s, StageCode::application_with_plan) ||
                               (s.plan.stages.size() == 1 && !s.finished());
         return stage_ok && idle(s) && s.accepted && !s.surveyed && !s.customer_manager.empty() && !s.project_manager.empty();
       },
       [](const AppState& s) {
         std::vector<FieldSpec> f = {f_claimed(FieldType::date, "survey_date", "勘查日期", "Survey date"),
                                     f_text("findings", true, "勘查结论", "Findings", 1000)};
         if (!s.missing_documents().empty())
           f.push_back(f_typed(FieldType::boolean, "documents_collected", true, "已现场收取缺少的资料（容缺办理）",
                               "Missing documents collected on site"));
         f.push_back(f_typed(FieldType::boolean, "without_meeting", false, "勘察不见面（客户已在线提交装表位置）",
                             "Survey without meeting (meter location given online)"));
         return f;
       },
       [](const AppState& s, json& data, Instant now) -> Status {
         (void)now;  // the date's range: rule M5, in validate_action
         if (!s.missing_documents().empty() && !data.value("documents_collected", false))
           return field_error("required", "documents_collected", "资料尚缺：须在现场勘查时收取，或先请客户补充资料",
                              "documents are missing: collect them at the survey, or ask the customer for them first");
         if (!data.contains("without_meeting")) data["without_meeting"] = s.plan.survey_without_meeting;
         return std::nullopt;
       }},

      {"request_information", "请客户补充信息（暂停计时）", "Ask the customer for information (pauses the clock)",
       {R::customer_manager, R::project_manager, R::command_center, R::admin}, managers_or_supervisor,
       [](const AppState& s) { return idle(s) && !(s.current_stage() && s.current_stage()->customer_side); },
       [](const AppState&) { return std::vector<FieldSpec>{f_text("message", true, "需要补充的内容", "What is needed")}; },
       nullptr},

      {"provide_information", "补充信息", "Provide the information", {R::customer, R::customer_manager, R::command_center, R::admin}, owner_or_cm,
       [](const AppState& s) { return !s.finished() && s.waiting_for == "information"; },
       [](const AppState&) { return std::vector<FieldSpec>{f_text("message", true, "补充说明", "Reply")}; },
       nullptr},

      {"reply_supply_plan", "答复供电方案", "Reply with the supply plan", {R::customer_manager, R::command_center, R::admin}, cm_or_supervisor,
       [](const AppState& s) {
         return (in_stage(s, StageCode::supply_plan) || (in_stage(s, StageCode::application_with_plan) && s.surveyed)) &&
                idle(s) && s.accepted && !s.plan_replied;
       },
       [](const AppState& s) {
         std::vector<FieldSpec> f = {f_text("plan_summary", true, "供电方案内容", "Supply plan", 2000),
                                     f_text("connection_point", true, "接入点", "Connection point", 200),
                                     f_document("reply_document", false, "供电方案答复单", "Supply-plan reply form")};
         // rule F1: the one fee, for dual-power customers only (按政府规定收取的高可靠性供电费).
         if (high_reliability_fee_applies(s.plan.facts)) {
           auto fee = f_typed(FieldType::number, kHighReliabilityFeeField, true, "双电源高可靠性供电费（元，按政府规定）",
                              "High-reliability supply fee for dual power (yuan, government-set)");
           fee.min = 0;
           fee.max = kMaxHighReliabilityFeeYuan;
           f.push_back(fee);
         }
         return f;
       },
       [](const AppState& s, json& data, Instant) -> Status {
         if (!high_reliability_fee_applies(s.plan.facts) || !data.contains(kHighReliabilityFeeField)) return std::nullopt;
         auto fen = high_reliability_fee_fen(data.at(kHighReliabilityFeeField).get<double>(),
                                             std::string("fields.") + kHighReliabilityFeeField);
         if (!fen) return fen.error();
         data["high_reliability_fee_fen"] = fen.value();  // rule F1: recorded in the event, in fen
         return std::nullopt;
       }},

      {"confirm_supply_plan", "确认供电方案", "Confirm the supply plan", {R::customer}, owner,
       [](const AppState& s) { return !s.finished() && s.waiting_for == "plan_confirmation"; },
       [](const AppState&) {
         return std::vector<FieldSpec>{f_typed(FieldType::boolean, "agree", true, "同意该供电方案", "I agree to this supply plan"),
                                       f_text("comments", false, "意见（不同意时必填）", "Comments (required if you disagree)")};
       },
       [](const AppState&, json& data, Instant) -> Status {
         if (!data.at("agree").get<bool>() && data.value("comments", std::string()).empty())
           return field_error("required", "comments", "不同意方案时请说明意见", "say what should change when you disagree");
         return std::nullopt;
       }},

      // rule S5: design review only for important and asset-transfer customers.
      {"submit_design", "提交设计文件", "Submit the design documents", {R::customer, R::customer_manager}, owner_or_cm,
       [](const AppState& s) { return in_stage(s, StageCode::design_review) && s.waiting_for == "design"; },
       [](const AppState&) { return std::vector<FieldSpec>{f_document("design_document", true, "受电工程设计文件", "Design documents")}; },
       nullptr},

      {"complete_design_review", "完成设计审查", "Complete the design review", {R::customer_manager, R::project_manager, R::command_center, R::admin},
       managers_or_supervisor,
       [](const AppState& s) { return in_stage(s, StageCode::design_review) && idle(s); },
       [](const AppState& s) {
         return with_review_checklist(s, {f_enum("result", true, "审查结论", "Result", kReviewResult),
                                          f_text("opinion", true, "审查意见", "Opinion", 2000)});
       },
       [](const AppState& s, json& data, Instant) { return record_review_checklist(s, data, data.at("result") == "approved"); }},

      {"start_customer_works", "开始客户外部工程", "Start the customer's external works", {R::customer, R::customer_manager}, owner_or_cm,
       [](const AppState& s) { return in_stage(s, StageCode::customer_works) && !s.customer_works_started; },
       [](const AppState&) {
         return std::vector<FieldSpec>{f_typed(FieldType::date, "expected_completion_date", true, "预计完工日期", "Expected completion date")};
       },
       [](const AppState& s, json& data, Instant now) -> Status {
         auto d = parse_date(data.at("expected_completion_date").get<std::string>());
         if (d && *d < cst_date(now))
           return field_error("out_of_range", "expected_completion_date", "预计完工日期不能早于今天", "the expected completion date cannot be in the past");
         // rule W2: already agreed supporting works may not end after the customer's own works.
         for (const auto& w : s.works)
           if (d && w.agreed_completion > *d)
             return field_error("contract_date_too_late", "expected_completion_date",
                                "已约定的配套工程完成日期（" + w.agreed_completion.iso() + "）晚于该日期",
                                "an agreed supporting-works date (" + w.agreed_completion.iso() + ") is later than this date");
         return std::nullopt;
       }},

      {"finish_customer_works", "客户外部工程完工", "Customer's external works finished", {R::customer, R::customer_manager}, owner_or_cm,
       [](const AppState& s) { return in_stage(s, StageCode::customer_works) && s.customer_works_started; },
       [](const AppState&) { return std::vector<FieldSpec>{f_claimed(FieldType::date, "completion_date", "完工日期", "Completion date")}; },
       nullptr},  // the date's range: rule M5, in validate_action

      {"complete_mid_inspection", "完成中间检查", "Complete the mid-term inspection", {R::customer_manager, R::project_manager, R::command_center, R::admin},
       managers_or_supervisor,
       [](const AppState& s) { return in_stage(s, StageCode::mid_inspection) && idle(s); },
       [](const AppState& s) {
         return with_review_checklist(s, {f_enum("result", true, "检查结论", "Result", kInspectionResult),
                                          f_text("findings", true, "检查意见", "Findings", 2000)});
       },
       [](const AppState& s, json& data, Instant) { return record_review_checklist(s, data, data.at("result") == "passed"); }},

      {"report_rectified", "整改完成", "Rectification done", {R::customer, R::customer_manager}, owner_or_cm,
       [](const AppState& s) { return !s.finished() && s.waiting_for == "rectification"; },
       [](const AppState&) { return std::vector<FieldSpec>{f_text("message", true, "整改说明", "What was rectified")}; },
       nullptr},

      // rules W1–W3, G6: the project manager records the grid-side works under a contract.
      {"record_supporting_works", "登记配套工程", "Record supporting works", {R::project_manager, R::command_center, R::admin}, pm_or_supervisor,
       [](const AppState& s) { return !s.finished() && connection(s) && s.accepted && s.works.size() < 20; },
       [](const AppState& s) {
         std::vector<FieldOption> kinds, volts;
         if (s.plan.high_voltage) {
           for (auto k : all_works_kinds())
             if (k != WorksKind::lv) kinds.push_back({to_string(k), named(k).zh, named(k).en});
           volts = {{"10", "10千伏", "10 kV"}, {"35", "35千伏", "35 kV"}, {"110", "110千伏", "110 kV"}};
         } else {
           kinds = {{"lv", named(WorksKind::lv).zh, named(WorksKind::lv).en}};
           volts = {{"0.4", "0.4千伏（低压）", "0.4 kV (LV)"}};
         }
         return std::vector<FieldSpec>{f_enum("kind", true, "工程类型", "Kind of works", kinds),
                                       f_enum("voltage_kv", true, "电压等级", "Voltage", volts),
                                       f_typed(FieldType::date, "agreed_completion_date", true, "约定完成日期（不得晚于客户工程完成日期）",
                                               "Agreed completion date (never after the customer's own works)"),
                                       f_typed(FieldType::boolean, "urgent", false, "紧急业扩配套项目", "Urgent connection works")};
       },
       [](const AppState& s, json& data, Instant now) -> Status {
         WorksItem w;
         w.kind = parse_works_kind(data.at("kind").get<std::string>()).value_or(WorksKind::lv);
         w.voltage_kv = std::stod(data.at("voltage_kv").get<std::string>());
         w.urgent = data.value("urgent", false);
         auto lim = works_limit_working_days(w, s.plan.small_micro.yes);
         if (!lim)
           return field_error("contradictory", "kind", "配套工程时限表中没有该电压等级的此类工程",
                              "the works table (rule W1) has no such works at this voltage");
         // rule W2: the date proposed for the works contract (服务契约), bounded by W1 from today (the
         // works' start) and by the customer's own completion (or intended connection) date. The
         // builtin calendar: shared/ has no other (a holiday notice loaded at run time is not seen here).
         WorksDateBounds b;
         b.start = now;
         b.limit_working_days = *lim;
         b.customer_completion = s.customer_completion_date;
         b.plan_has_customer_works = s.plan.stage_index(StageCode::customer_works) >= 0;
         b.intended_connection = s.intended_connection_date;
         if (auto agreed = parse_date(data.at("agreed_completion_date").get<std::string>()))
           if (auto e = check_works_agreed_date(Calendar::builtin(), b, *agreed, cst_date(now), "fields.agreed_completion_date")) return e;
         data["voltage_kv"] = w.voltage_kv;
         data["limit_working_days"] = *lim;                      // rule W1
         data["funding_route"] = named(funding_route(w)).code;   // rule W3
         return std::nullopt;
       }},

      {"complete_supporting_works", "配套工程完工", "Supporting works completed", {R::project_manager, R::command_center, R::admin}, pm_or_supervisor,
       [](const AppState& s) {
         return !s.finished() && std::any_of(s.works.begin(), s.works.end(), [](const WorksRecord& w) { return !w.done; });
       },
       [](const AppState& s) {
         std::vector<FieldOption> open;
         for (std::size_t i = 0; i < s.works.size(); ++i)
           if (!s.works[i].done) {
             const auto& w = s.works[i];
             std::string n = std::to_string(i + 1);
             open.push_back({n, n + ". " + fmt_num(w.item.voltage_kv) + "千伏 " + named(w.item.kind).zh,
                             n + ". " + fmt_num(w.item.voltage_kv) + " kV " + named(w.item.kind).en});
           }
         return std::vector<FieldSpec>{f_enum("works_item", true, "工程", "Works item", open)};
       },
       nullptr},

      // rule S6: completion inspection of the scope the plan names.
      {"complete_inspection", "竣工检验", "Completion inspection", {R::customer_manager, R::project_manager, R::command_center, R::admin},
       managers_or_supervisor,
       [](const AppState& s) { return in_stage(s, StageCode::connect) && connection(s) && idle(s) && s.accepted && s.surveyed && !s.inspection_passed; },
       [](const AppState& s) {
         const std::string zh = "已按范围检验：" + scope_text(s, true);
         const std::string en = "Inspected the scope: " + scope_text(s, false);
         return std::vector<FieldSpec>{f_enum("result", true, "检验结论", "Result", kInspectionResult),
                                       f_typed(FieldType::boolean, "scope_checked", true, zh.c_str(), en.c_str()),
                                       f_text("findings", false, "检验意见", "Findings", 2000)};
       },
       [](const AppState&, json& data, Instant) -> Status {
         if (!data.at("scope_checked").get<bool>())
           return field_error("invalid", "scope_checked", "须按供电方案规定的范围完成检验", "the inspection must cover the scope in the plan");
         if (data.at("result") == "rectification_required" && data.value("findings", std::string()).empty())
           return field_error("required", "findings", "需整改时请写明整改意见", "say what must be rectified");
         return std::nullopt;
       }},

      {"install_meter", "装表", "Install the meter", {R::customer_manager, R::command_center, R::admin}, cm_or_supervisor,
       [](const AppState& s) { return in_stage(s, StageCode::connect) && connection(s) && idle(s) && s.inspection_passed && !s.meter_installed; },
       [](const AppState&) {
         auto reading = f_typed(FieldType::number, "initial_reading", true, "表计起始读数（千瓦时）", "Initial reading (kWh)");
         reading.min = 0;
         reading.max = 1e9;
         return std::vector<FieldSpec>{f_string("meter_number", true, "电能表编号", "Meter number", 32), reading};
       },
       [](const AppState&, json& data, Instant) -> Status {
         const std::string m = data.at("meter_number").get<std::string>();
         const bool ok = m.size() >= 4 && std::all_of(m.begin(), m.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-';
         });
         if (!ok) return field_error("invalid", "meter_number", "电能表编号应为 4–32 位字母、数字或连字符", "the meter number is 4–32 letters, digits or hyphens");
         return std::nullopt;
       }},

      // rule P1: the customer signs the supply contract online, at its own route (the text is read
      // first and its hash signed); offered from the moment the contract can be signed.
      {"sign_contract", "在线签订供用电合同", "Sign the supply contract online", {R::customer}, owner,
       [](const AppState& s) { return !s.finished() && s.contract_available() && !s.contract_signed; },
       [](const AppState&) {
         return std::vector<FieldSpec>{
             f_string("sha256", true, "所阅读合同的哈希值（GET …/contract）", "SHA-256 of the contract read (GET …/contract)", 64),
             f_enum("method", true, "签署方式", "Signing method",
                    {{"password", "输入登录密码", "Re-enter the password"}, {"drawn", "手写签名", "Drawn signature"}}),
             f_string("password", false, "登录密码（签署方式为密码时）", "Password (method password)", 200)};
       },
       nullptr, "contract/sign", "contract"},

      // rule W2: the customer signs the works contract (服务契约) online, at its own route, once the
      // project manager has proposed it (each recorded works item makes a new version to sign).
      {"sign_works_contract", "在线签订配套工程服务契约", "Sign the supporting-works service contract online", {R::customer}, owner,
       [](const AppState& s) { return !s.finished() && s.works_contract_unsigned(); },
       [](const AppState&) {
         return std::vector<FieldSpec>{
             f_string("sha256", true, "所阅读契约的哈希值（GET …/works-contract）", "SHA-256 of the contract read (GET …/works-contract)", 64),
             f_enum("method", true, "签署方式", "Signing method",
                    {{"password", "输入登录密码", "Re-enter the password"}, {"drawn", "手写签名", "Drawn signature"}}),
             f_string("password", false, "登录密码（签署方式为密码时）", "Password (method password)", 200)};
       },
       nullptr, "works-contract/sign", "works-contract"},

      {"energize", "送电", "Energize", {R::customer_manager, R::command_center, R::admin}, cm_or_supervisor,
       [](const AppState& s) {
         const bool works_done = std::all_of(s.works.begin(), s.works.end(), [](const WorksRecord& w) { return w.done.has_value(); });
         return in_stage(s, StageCode::connect) && connection(s) && idle(s) && s.meter_installed && works_done && s.contract_signed;
       },
       [](const AppState&) { return std::vector<FieldSpec>{f_claimed(FieldType::datetime, "energized_at", "送电时间", "Energized at")}; },
       nullptr},  // the time's range: rule M5, in validate_action

      {"complete_change", "业务办结", "Complete the change", {R::customer_manager, R::command_center, R::admin}, cm_or_supervisor,
       [](const AppState& s) { return in_stage(s, StageCode::connect) && !connection(s) && idle(s) && s.accepted; },
       [](const AppState&) { return std::vector<FieldSpec>{f_text("result_note", true, "办理结果", "Result", 1000)}; },
       nullptr},

      {"withdraw", "撤回申请", "Withdraw the application", {R::customer}, owner,
       [](const AppState& s) { return !s.finished(); },
       [](const AppState&) { return std::vector<FieldSpec>{f_text("reason", true, "撤回原因", "Reason")}; },
       nullptr},

      {"add_note", "添加备注", "Add a note", {R::customer_manager, R::project_manager, R::command_center, R::admin}, managers_or_supervisor,
       [](const AppState&) { return true; },
       [](const AppState&) { return std::vector<FieldSpec>{f_text("note", true, "备注", "Note", 1000)}; },
       nullptr},
  };
  return d;
}

const ActionDef* find_def(const std::string& code) {
  for (const auto& d : defs())
    if (code == d.code) return &d;
  return nullptr;
}

std::vector<FieldSpec> filled_fields(const ActionDef& d, const AppState& s, const OptionLists& lists) {
  auto fields = d.fields(s);
  for (auto& f : fields) {
    if (f.options_source.empty()) continue;
    auto it = lists.find(f.options_source);
    if (it != lists.end()) f.options = it->second;
  }
  return fields;
}

// Generic validation of one field value against its spec; returns the normalized value.
Result<json> check_field(const FieldSpec& f, const json& v) {
  const std::string path = "fields." + f.name;
  auto bad = [&](const std::string& zh, const std::string& en) {
    return make_error("invalid", path, f.label_zh + "：" + zh, f.label_en + ": " + en);
  };
  switch (f.type) {
    case FieldType::string:
    case FieldType::text: {
      if (!v.is_string()) return bad("应为文本", "must be text");
      std::string s = v.get<std::string>();
      if (!validate::is_valid_utf8(s)) return bad("包含无效的 UTF-8 字符", "contains invalid UTF-8");
      const std::size_t min = f.required ? 1 : 0;
      if (auto e = validate::text(s, path, min, f.max_length)) {
        e->message_zh = f.label_zh + "：" + e->message_zh;
        e->message_en = f.label_en + ": " + e->message_en;
        return *e;
      }
      if (f.type == FieldType::string && s.find('\n') != std::string::npos) return bad("不能换行", "must be a single line");
      return json(s);
    }
    case FieldType::number: {
      if (!v.is_number()) return bad("应为数值", "must be a number");
      double d = v.get<double>();
      if (!std::isfinite(d) || d < f.min || d > f.max) return bad("超出范围", "is out of range");
      return json(d);
    }
    case FieldType::date: {
      if (!v.is_string() || !parse_date(v.get<std::string>())) return bad("应为 YYYY-MM-DD 格式的有效日期", "must be a real date YYYY-MM-DD");
      return json(parse_date(v.get<std::string>())->iso());
    }
    case FieldType::datetime: {
      if (!v.is_string() || !parse_datetime(v.get<std::string>()))
        return bad("应为带时区的时间，如 2026-11-30T09:00:00+08:00", "must be a date-time with offset, e.g. 2026-11-30T09:00:00+08:00");
      return json(format_datetime_cst(*parse_datetime(v.get<std::string>())));
    }
    case FieldType::boolean:
      if (!v.is_boolean()) return bad("应为 true 或 false", "must be true or false");
      return v;
    case FieldType::enumeration:
    case FieldType::document: {
      std::string s = v.is_string() ? v.get<std::string>() : v.is_number_integer() ? std::to_string(v.get<long long>()) : "";
      if (s.empty()) return bad("应为可选值之一", "must be one of the options");
      for (const auto& o : f.options)
        if (o.value == s) return json(s);
      std::string vals;
      for (const auto& o : f.options) vals += (vals.empty() ? "" : ", ") + o.value;
      return bad("不是可选值（" + vals + "）", "is not one of the options (" + vals + ")");
    }
  }
  return bad("无法识别", "unrecognized");
}

}  // namespace

const char* to_string(FieldType t) {
  switch (t) {
    case FieldType::string: return "string";
    case FieldType::text: return "text";
    case FieldType::number: return "number";
    case FieldType::date: return "date";
    case FieldType::datetime: return "datetime";
    case FieldType::boolean: return "bool";
    case FieldType::enumeration: return "enum";
    case FieldType::document: return "document";
  }
  return "string";
}

const std::vector<std::string>& all_action_codes() {
  static const std::vector<std::string> v = [] {
    std::vector<std::string> out;
    for (const auto& d : defs()) out.push_back(d.code);
    return out;
  }();
  return v;
}

Named event_named(const std::string& type) {
  static const Named kSystem[] = {
      {"submitted", "提交申请", "Application submitted"},
      {"document_added", "上传资料", "Document added"},
      {"contract_signed", "签订供用电合同", "Supply contract signed"},
      {"works_contract_signed", "签订配套工程服务契约", "Supporting-works service contract signed"},
      {"rated", "服务评价", "Service rated"},
      {"manager_chosen", "选择客户经理", "Customer manager chosen"},
      {"sla_warning", "时限预警", "Time-limit warning"},
      {"sla_overdue", "已超时限", "Time limit exceeded"},
      {"escalated", "升级督办", "Escalated"},
      {"warning_acknowledged", "预警已处理", "Warning handled"},
      {"converted_from_reservation", "由预约转为正式申请", "Converted from a reservation"},
      {"claimed_online", "客户在线认领营业厅申请", "Hall application claimed online by the customer"},
  };
  for (const auto& n : kSystem)
    if (type == n.code) return n;
  for (const auto& d : defs())
    if (type == d.code) return {d.code, d.zh, d.en};
  return {"event", "事件", "Event"};
}

std::vector<ActionSpec> next_actions(const AppState& s, const Actor& actor, const OptionLists& lists) {
  std::vector<ActionSpec> out;
  for (const auto& d : defs()) {
    if (std::find(d.roles.begin(), d.roles.end(), actor.role) == d.roles.end()) continue;
    if (!d.permitted(s, actor) || !d.possible(s)) continue;
    out.push_back({d.code, d.zh, d.en, filled_fields(d, s, lists), d.route ? d.route : "", d.read ? d.read : ""});
  }
  return out;
}

// rule M5: claimed dates and times between submission and now; the backfill flag from the claimed
// moment and the recording instant. One place for every action (FieldSpec::claims_moment).
static Status check_claimed_moments(const AppState& s, const std::vector<FieldSpec>& specs, json& data, Instant now, int after_hours) {
  std::optional<Instant> claimed;
  for (const auto& f : specs) {
    if (!f.claims_moment || !data.contains(f.name) || !data.at(f.name).is_string()) continue;
    const std::string v = data.at(f.name).get<std::string>();
    const std::string path = "fields." + f.name;
    Instant moment = 0;
    if (f.type == FieldType::date) {
      auto d = parse_date(v);
      if (!d) continue;
      if (auto e = check_claimed_date(*d, s.submitted_at, now, path)) return e;
      moment = claimed_moment_of(*d);
    } else {
      auto t = parse_datetime(v);
      if (!t) continue;
      if (auto e = check_claimed_instant(*t, s.submitted_at, now, path)) return e;
      moment = *t;
    }
    if (!claimed || moment < *claimed) claimed = moment;
  }
  if (claimed) {
    data["claimed_at"] = format_datetime_cst(std::min(*claimed, now));
    data["backfilled"] = is_backfilled(*claimed, now, after_hours);
  }
  return std::nullopt;
}

Result<json> validate_action(const AppState& s, const Actor& actor, const std::string& action, const json& fields,
                             Instant now, const OptionLists& lists, int backfill_after_hours) {
  const ActionDef* d = find_def(action);
  if (!d) {
    std::string codes;
    for (const auto& c : all_action_codes()) codes += (codes.empty() ? "" : ", ") + c;
    return make_error("invalid", "action", "未知操作：" + action + "（可选：" + codes + "）", "unknown action: " + action + " (one of: " + codes + ")");
  }
  if (std::find(d->roles.begin(), d->roles.end(), actor.role) == d->roles.end() || !d->permitted(s, actor))
    return make_error("forbidden", "action", std::string("您的角色无权执行“") + d->zh + "”",
                      std::string("your role may not ") + d->en);
  if (!d->possible(s))
    return make_error("not_allowed_now", "action", std::string("当前状态下不能执行“") + d->zh + "”",
                      std::string("\"") + d->en + "\" is not possible in the application's current state");
  if (d->route)  // rule P1: e.g. signing goes through the contract's own route
    return make_error("use_route", "action", std::string("“") + d->zh + "”请通过 …/" + d->route + " 办理",
                      std::string("\"") + d->en + "\" is done at …/" + d->route);
  if (!fields.is_object()) return make_error("invalid_type", "fields", "fields 应为对象", "fields must be an object");
  const auto specs = filled_fields(*d, s, lists);
  for (auto it = fields.begin(); it != fields.end(); ++it) {
    bool known = std::any_of(specs.begin(), specs.end(), [&](const FieldSpec& f) { return f.name == it.key(); });
    if (!known && it.key() == kHighReliabilityFeeField && action == "reply_supply_plan")  // rule F1: say why
      return high_reliability_fee_not_applicable("fields." + it.key());
    if (!known) return make_error("unknown_field", "fields." + it.key(), "未知字段：" + it.key(), "unknown field: " + it.key());
  }
  json data = json::object();
  for (const auto& f : specs) {
    if (!fields.contains(f.name) || fields.at(f.name).is_null() ||
        (fields.at(f.name).is_string() && fields.at(f.name).get<std::string>().empty() && f.type != FieldType::text && f.type != FieldType::string)) {
      if (f.required) return make_error("required", "fields." + f.name, "请填写“" + f.label_zh + "”", f.label_en + " is required");
      continue;
    }
    auto v = check_field(f, fields.at(f.name));
    if (!v) return v.error();
    if (v.value().is_string() && v.value().get<std::string>().empty() && !f.required) continue;
    data[f.name] = v.value();
  }
  if (auto e = check_claimed_moments(s, specs, data, now, backfill_after_hours)) return *e;  // rule M5
  if (d->check)
    if (auto e = d->check(s, data, now)) return *e;
  return data;
}

}  // namespace gp
