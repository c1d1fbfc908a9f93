// Deriving an application's state from its events, and its time-limit views.
#include <algorithm>

#include "gp/workflow.h"

namespace gp {
namespace {

using nlohmann::json;

void open_pause(AppState& s, Instant at) {
  if (!s.paused()) s.pauses.push_back({at, std::nullopt});
}
void close_pause(AppState& s, Instant at) {
  if (s.paused()) s.pauses.back().to = std::max(at, s.pauses.back().from);
}

void refresh_status(AppState& s) {
  if (s.finished()) return;
  const PlanStage* st = s.current_stage();
  s.status = (!s.waiting_for.empty() || (st && st->customer_side)) ? AppStatus::waiting_customer : AppStatus::in_progress;
}

// Entering a stage: customer-side stages stop the company's clock (rule T6); a design review
// first waits for the customer's design documents (rule S5).
void enter_stage(AppState& s, Instant at) {
  if (s.current >= s.plan.stages.size()) {
    s.status = AppStatus::completed;
    s.completed_at = at;
    close_pause(s, at);
    return;
  }
  s.runs[s.current].started = at;
  const PlanStage& st = s.plan.stages[s.current];
  if (st.customer_side) open_pause(s, at);
  if (st.code == StageCode::design_review) {
    s.waiting_for = "design";
    open_pause(s, at);
  }
}

void complete_stage(AppState& s, Instant at) {
  if (s.current >= s.plan.stages.size()) return;
  if (s.plan.stages[s.current].customer_side) close_pause(s, at);
  s.runs[s.current].done = at;
  ++s.current;
  enter_stage(s, at);
}

void wait_for(AppState& s, const std::string& what, Instant at, const std::string& message = "") {
  s.waiting_for = what;
  s.waiting_message = message;
  open_pause(s, at);
}
void resume(AppState& s, Instant at) {
  s.waiting_for.clear();
  s.waiting_message.clear();
  const PlanStage* st = s.current_stage();
  if (!(st && st->customer_side)) close_pause(s, at);
}

// rule P1: once the company has done everything energizing needs except the supply contract's
// signature, the application waits for the customer and the company's clock stops; the wait ends
// with the signature (event contract_signed). It starts here and not as soon as the contract can be
// signed (after the supply plan): until then the company still has steps of its own to take, and a
// signature given before that moment costs nobody any time.
void track_signature_wait(AppState& s, Instant at) {
  if (s.waiting_for == "contract_signature" && (s.contract_signed || s.finished())) resume(s, at);
  if (s.waiting_for.empty() && s.ready_but_for_signature()) wait_for(s, "contract_signature", at);
}

std::string str(const json& d, const char* k) { return d.contains(k) && d.at(k).is_string() ? d.at(k).get<std::string>() : ""; }
bool flag(const json& d, const char* k) { return d.contains(k) && d.at(k).is_boolean() && d.at(k).get<bool>(); }

}  // namespace

std::vector<DocumentCode> AppState::missing_documents() const {
  std::vector<DocumentCode> out;
  for (const auto& d : plan.documents)
    if (!documents.count(d.code)) out.push_back(d.code);
  return out;
}

bool AppState::contract_available() const {
  // rule P1: the contract can be signed online once the application is accepted and, where there
  // is a supply plan, once the customer has confirmed it.
  if (!accepted || status == AppStatus::withdrawn) return false;
  int sp = plan.stage_index(StageCode::supply_plan);
  if (sp < 0) sp = plan.stage_index(StageCode::application_with_plan);
  return sp < 0 || current > static_cast<std::size_t>(sp);
}

bool AppState::ready_but_for_signature() const {
  if (finished() || contract_signed || !is_connection_business(plan.facts.business)) return false;
  const PlanStage* st = current_stage();
  if (!st || st->code != StageCode::connect) return false;
  const bool works_done = std::all_of(works.begin(), works.end(), [](const WorksRecord& w) { return w.done.has_value(); });
  return meter_installed && inspection_passed && works_done && contract_available();
}

WaitingText waiting_text(const std::string& w) {
  if (w.empty()) return {};
  if (w == "information") return {"customer", "等待客户补充信息", "Waiting for the customer's information"};
  if (w == "plan_confirmation") return {"customer", "等待客户确认供电方案", "Waiting for the customer to confirm the supply plan"};
  if (w == "design") return {"customer", "等待客户提交设计文件", "Waiting for the customer's design documents"};
  if (w == "rectification") return {"customer", "等待客户整改", "Waiting for the customer's rectification"};
  if (w == "contract_signature")
    return {"customer", "装表已完成，等待客户在线签订供用电合同后送电（等待期间不计入供电公司时限）",
            "The meter is installed: waiting for the customer to sign the supply contract online before energizing "
            "(the company's clock is paused meanwhile)"};
  return {"customer", "等待客户", "Waiting for the customer"};
}

AppState start_application(const Plan& plan, Instant submitted_at, const std::string& channel) {
  AppState s;
  s.plan = plan;
  s.submitted_at = submitted_at;
  s.channel = channel;
  s.runs.assign(plan.stages.size(), StageRun{});
  enter_stage(s, submitted_at);
  refresh_status(s);
  return s;
}

void apply_event(AppState& s, const Event& e) {
  const std::string& t = e.type;
  const json& d = e.data;
  const Instant at = e.at;
  const PlanStage* st = s.current_stage();
  const StageCode code = st ? st->code : StageCode::connect;

  if (t == "submitted") {  // rule W2: the customer's intended connection date, when given
    if (auto dt = parse_date(str(d, "intended_connection_date"))) s.intended_connection_date = *dt;
  } else if (t == "works_contract_signed") {  // rule W2: the version = the works items it covers
    const auto v = d.value("version", 0);
    if (v > 0 && static_cast<std::size_t>(v) <= s.works.size()) s.works_contract_signed = static_cast<std::size_t>(v);
  } else if (t == "accept") {
    s.accepted = true;
  } else if (t == "assign_managers") {
    s.customer_manager = str(d, "customer_manager");
    s.project_manager = str(d, "project_manager");
  } else if (t == "manager_chosen") {  // rule M3: the customer's own choice
    s.customer_manager = str(d, "customer_manager");
  } else if (t == "site_survey") {
    s.surveyed = true;
    if (flag(d, "documents_collected"))  // rule D3: 容缺 documents collected at the survey
      for (const auto& doc : s.plan.documents) s.documents.insert(doc.code);
    if (code == StageCode::application) complete_stage(s, at);  // the survey closes the application step
  } else if (t == "document_added") {
    if (auto c = parse_document(str(d, "kind"))) s.documents.insert(*c);
  } else if (t == "request_information") {
    wait_for(s, "information", at, str(d, "message"));
  } else if (t == "provide_information" || t == "report_rectified") {
    resume(s, at);
  } else if (t == "reply_supply_plan") {
    s.plan_replied = true;
    // rule F1: the latest reply's fee is the one charged (a plan replied again replaces it).
    if (d.contains("high_reliability_fee_fen") && d.at("high_reliability_fee_fen").is_number_integer())
      s.high_reliability_fee_fen = d.at("high_reliability_fee_fen").get<std::int64_t>();
    else
      s.high_reliability_fee_fen.reset();
    wait_for(s, "plan_confirmation", at);
  } else if (t == "confirm_supply_plan") {
    resume(s, at);
    if (flag(d, "agree")) complete_stage(s, at);
    else s.plan_replied = false;
  } else if (t == "submit_design") {
    resume(s, at);
  } else if (t == "complete_design_review") {
    if (str(d, "result") == "approved") complete_stage(s, at);
    else wait_for(s, "design", at, str(d, "opinion"));
  } else if (t == "start_customer_works") {
    s.customer_works_started = true;
    if (auto dt = parse_date(str(d, "expected_completion_date"))) s.customer_completion_date = *dt;
  } else if (t == "finish_customer_works") {
    if (auto dt = parse_date(str(d, "completion_date"))) s.customer_completion_date = *dt;
    complete_stage(s, at);
  } else if (t == "complete_mid_inspection") {
    if (str(d, "result") == "passed") complete_stage(s, at);
    else wait_for(s, "rectification", at, str(d, "findings"));
  } else if (t == "record_supporting_works") {
    WorksRecord w;
    w.item.kind = parse_works_kind(str(d, "kind")).value_or(WorksKind::lv);
    w.item.voltage_kv = d.value("voltage_kv", 0.4);
    w.item.urgent = flag(d, "urgent");
    w.limit_working_days = d.value("limit_working_days", 0);
    w.funding = funding_route(w.item);
    w.agreed_completion = parse_date(str(d, "agreed_completion_date")).value_or(cst_date(at));
    w.started = at;
    s.works.push_back(w);
  } else if (t == "complete_supporting_works") {
    std::size_t i = 0;
    for (char c : str(d, "works_item")) i = (c >= '0' && c <= '9' && i < 1000) ? i * 10 + (c - '0') : 0;
    if (i >= 1 && i <= s.works.size()) s.works[i - 1].done = at;
  } else if (t == "complete_inspection") {
    if (str(d, "result") == "passed") s.inspection_passed = true;
    else wait_for(s, "rectification", at, str(d, "findings"));
  } else if (t == "install_meter") {
    s.meter_installed = true;
  } else if (t == "contract_signed") {
    s.contract_signed = true;
  } else if (t == "energize" || t == "complete_change") {
    complete_stage(s, at);
  } else if (t == "withdraw") {
    close_pause(s, at);
    s.waiting_for.clear();
    s.status = AppStatus::withdrawn;
    s.withdrawn_at = at;
  }
  track_signature_wait(s, at);  // rule P1
  refresh_status(s);
}

bool limit_excludes_supporting_works(const Plan& p) {
  return p.high_voltage && is_connection_business(p.facts.business);  // rule T4
}

namespace {
std::vector<Pause> works_periods(const AppState& s) {
  std::vector<Pause> out;
  for (const auto& w : s.works) out.push_back({w.started, w.done});
  return out;
}
}  // namespace

std::vector<Pause> application_clock_pauses(const AppState& s) {
  std::vector<Pause> out = s.pauses;
  if (!limit_excludes_supporting_works(s.plan)) return out;
  // rule T4: the works period is not the application's time. A period still open at the end of
  // the application (withdrawn with works under way) is cut there by the evaluation's `done`.
  for (const auto& p : works_periods(s)) out.push_back(p);
  return out;
}

double supporting_works_working_days(const AppState& s, const Calendar& cal, Instant now) {
  if (s.works.empty()) return 0;
  // The working time covered by the union of the works periods: all working time since the first
  // works began, less the part of it outside every works period (the periods taken as pauses).
  Instant first = s.works.front().started;
  for (const auto& w : s.works) first = std::min(first, w.started);
  Instant end = now;
  if (s.completed_at) end = *s.completed_at;
  else if (s.withdrawn_at) end = *s.withdrawn_at;
  end = std::max(end, first);
  const double total = elapsed_working_time(cal, first, end, {}).working_days;
  const double outside = elapsed_working_time(cal, first, end, works_periods(s)).working_days;
  return std::max(0.0, total - outside);
}

AppView view_of(const AppState& s, const Calendar& cal, Instant now, const SlaPolicy& policy) {
  AppView v;
  const std::vector<Pause> pauses = application_clock_pauses(s);
  SlaInput all;
  all.start = s.submitted_at;
  all.limit = s.plan.time_limit_working_days;
  all.pauses = pauses;
  all.done = s.completed_at ? s.completed_at : s.withdrawn_at;
  v.overall = evaluate_working_days(cal, all, now, policy);
  v.level = v.overall.level;
  v.escalation = v.overall.escalation;
  for (std::size_t i = 0; i < s.plan.stages.size(); ++i) {
    StageView sv;
    sv.stage = &s.plan.stages[i];
    sv.started = s.runs[i].started;
    sv.done = s.runs[i].done;
    sv.state = sv.done ? StageState::done : (i == s.current && !s.finished()) ? StageState::active : StageState::pending;
    if (sv.stage->limit_working_days && sv.started) {
      SlaInput in;
      in.start = *sv.started;
      in.limit = *sv.stage->limit_working_days;
      in.pauses = pauses;
      in.done = sv.done ? sv.done : s.withdrawn_at;
      sv.sla = evaluate_working_days(cal, in, now, policy);
      if (sv.state == StageState::active) {
        if (static_cast<int>(sv.sla->level) > static_cast<int>(v.level)) v.level = sv.sla->level;
        if (static_cast<int>(sv.sla->escalation) > static_cast<int>(v.escalation)) v.escalation = sv.sla->escalation;
      }
    }
    v.stages.push_back(sv);
  }
  // rule W1: each works item on its own clock; an open item's warning is the application's too, so
  // the command center sees it in the same queue (rule M1).
  v.works = works_sla(s, cal, now, policy);
  for (std::size_t i = 0; i < v.works.size(); ++i) {
    if (s.works[i].done || s.finished()) continue;
    const SlaStatus& w = v.works[i];
    if (static_cast<int>(w.level) > static_cast<int>(v.works_level)) v.works_level = w.level;
    if (static_cast<int>(w.level) > static_cast<int>(v.level)) v.level = w.level;
    if (static_cast<int>(w.escalation) > static_cast<int>(v.escalation)) v.escalation = w.escalation;
  }
  if (s.finished()) {
    v.level = v.overall.level;
    v.escalation = Escalation::none;
  }
  return v;
}

std::optional<Instant> next_sla_change(const AppState& s, const Calendar& cal, Instant now, const SlaPolicy& policy) {
  if (s.finished()) return std::nullopt;
  std::optional<Instant> best;
  const std::vector<Pause>* pauses = nullptr;
  auto consider = [&](Instant start, double limit) {
    if (limit <= 0) return;
    const double lead = std::max(limit * policy.leadership_overdue_fraction, policy.leadership_min_overdue_working_days);
    for (double at : {limit * policy.warning_fraction, limit, limit * (1 + policy.command_center_overdue_fraction), limit + lead}) {
      auto d = working_deadline(cal, start, at, *pauses);
      if (d.at && *d.at > now && (!best || *d.at < *best)) best = d.at;
    }
  };
  const std::vector<Pause> app_pauses = application_clock_pauses(s);
  const std::vector<Pause> none;
  pauses = &app_pauses;
  consider(s.submitted_at, s.plan.time_limit_working_days);
  if (const PlanStage* st = s.current_stage())
    if (st->limit_working_days && s.runs[s.current].started) consider(*s.runs[s.current].started, *st->limit_working_days);
  // rule W1: open works items on their own clocks (no pauses: the works are the company's).
  pauses = &none;
  for (const auto& w : s.works)
    if (!w.done) consider(w.started, w.limit_working_days);
  return best;
}

std::vector<SlaStatus> works_sla(const AppState& s, const Calendar& cal, Instant now, const SlaPolicy& policy) {
  std::vector<SlaStatus> out;
  for (const auto& w : s.works) {
    SlaInput in;
    in.start = w.started;
    in.limit = w.limit_working_days;  // rule W1
    in.done = w.done;
    out.push_back(evaluate_working_days(cal, in, now, policy));
  }
  return out;
}

}  // namespace gp
