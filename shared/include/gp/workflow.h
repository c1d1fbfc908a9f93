// The life of an application, from submission to energized (rules S1–S6, D2, D3, G6, W1–W3, T6, P1).
// The state is derived by replaying immutable events (rule M5: everything traced online); each action
// a person may take is described by an ActionSpec whose fields any client can render as a form.
// Pure: no clock, no I/O. The server validates and appends; the browser renders next_actions.
#pragma once
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "gp/calendar.h"
#include "gp/rules.h"
#include "gp/sla.h"

namespace gp {

// discipline_inspector (纪检, rule M6): the one role that sees reports (举报) in full; added last.
enum class Role { customer, customer_manager, project_manager, command_center, admin, system, discipline_inspector };
const char* to_string(Role r);
std::optional<Role> parse_role(std::string_view s);
bool is_staff(Role r);
const Named& named(Role r);

enum class AppStatus { in_progress, waiting_customer, completed, withdrawn };
const char* to_string(AppStatus s);
std::optional<AppStatus> parse_app_status(std::string_view s);

enum class StageState { pending, active, done };
const char* to_string(StageState s);

enum class FieldType { string, text, number, date, datetime, boolean, enumeration, document };
const char* to_string(FieldType t);  // "string","text","number","date","datetime","bool","enum","document"

struct FieldOption {
  std::string value, label_zh, label_en;
};

struct FieldSpec {
  std::string name;
  FieldType type = FieldType::string;
  bool required = false;
  std::vector<FieldOption> options;  // enum choices
  std::string label_zh, label_en;
  std::string options_source;        // filled by the server: "customer_managers" | "project_managers" | "documents"
  double min = -1e15, max = 1e15;    // numbers
  std::size_t max_length = 500;      // strings and texts, in characters
  bool claims_moment = false;        // a date/datetime the step claims happened (rule M5: checked, backfill flagged)
};

struct ActionSpec {
  std::string action;
  std::string label_zh, label_en;
  std::vector<FieldSpec> fields;
  // Non-empty: the action has its own route under the application ("contract/sign": POST
  // /api/v1/applications/{number}/contract/sign, rule P1) and is not posted to .../actions;
  // `fields` then describe that route's body.
  std::string route;
  std::string read;  // with `route`: what to GET first ("contract": the text whose sha256 is signed)
};

// Who is asking, relative to one application.
struct Actor {
  Role role = Role::customer;
  bool owner = false;                 // the application's customer
  bool assigned_customer_manager = false;
  bool assigned_project_manager = false;
};

// One stored, immutable event.
struct Event {
  std::int64_t seq = 0;
  Instant at = 0;
  std::string type;     // an action code, or a system event ("submitted", "document_added", "contract_signed", ...)
  std::string actor;    // user id
  Role role = Role::system;
  std::string channel;  // "online" | "service_hall" | "kiosk" | "phone" | "system"
  nlohmann::json data = nlohmann::json::object();
};

struct StageRun {
  std::optional<Instant> started, done;
};

struct WorksRecord {
  WorksItem item;
  int limit_working_days = 0;       // rule W1
  FundingRoute funding = FundingRoute::annual_plan;  // rule W3
  Date agreed_completion;           // rule W2
  Instant started = 0;
  std::optional<Instant> done;
};

struct AppState {
  Plan plan;
  Instant submitted_at = 0;
  std::string channel;
  AppStatus status = AppStatus::in_progress;
  std::size_t current = 0;          // index of the active stage; == stages.size() when completed
  std::vector<StageRun> runs;       // one per plan stage
  std::vector<Pause> pauses;        // the company's clock stopped: waiting on the customer, customer works
  std::string waiting_for;          // "" | "information" | "plan_confirmation" | "design" | "rectification" | "contract_signature"
  std::string waiting_message;
  bool accepted = false;
  bool surveyed = false;
  std::string customer_manager, project_manager;  // user ids (rule G6)
  bool plan_replied = false;
  std::optional<std::int64_t> high_reliability_fee_fen;  // rule F1: entered with the supply plan (dual power)
  bool customer_works_started = false;
  std::optional<Date> customer_completion_date;   // the customer's own works completion (rule W2)
  std::vector<WorksRecord> works;
  std::optional<Date> intended_connection_date;  // given at intake: bounds the works when the plan has no customer works (rule W2)
  std::size_t works_contract_signed = 0;         // works items covered by the works contract the customer signed (rule W2)
  bool inspection_passed = false;
  bool meter_installed = false;
  bool contract_signed = false;
  std::optional<Instant> completed_at, withdrawn_at;
  std::set<DocumentCode> documents;  // present: uploaded, or collected at the site survey (rule D3)

  bool finished() const { return status == AppStatus::completed || status == AppStatus::withdrawn; }
  bool paused() const { return !pauses.empty() && !pauses.back().to; }
  const PlanStage* current_stage() const { return current < plan.stages.size() ? &plan.stages[current] : nullptr; }
  std::vector<DocumentCode> missing_documents() const;
  bool contract_available() const;   // rule P1: once the supply terms are settled
  // rule P1: everything for energizing is done but the customer's signature of the supply
  // contract (meter installed, inspection passed, every supporting works done).
  bool ready_but_for_signature() const;
  // rule W2: works recorded since the customer last signed the works contract (服务契约).
  bool works_contract_unsigned() const { return works_contract_signed < works.size(); }
};

// rule P1: what the application waits for, in words, and who holds it ("customer" for every
// waiting_for code: the company's clock is paused meanwhile). Empty code: {"", "", ""}.
struct WaitingText {
  std::string party, zh, en;
};
WaitingText waiting_text(const std::string& waiting_for);

// The state right after submission.
AppState start_application(const Plan& plan, Instant submitted_at, const std::string& channel);

// Apply one event (already validated). Unknown event types leave the state unchanged.
void apply_event(AppState& s, const Event& e);

// Lists of people the server offers as enum options, by options_source.
using OptionLists = std::map<std::string, std::vector<FieldOption>>;

// What this actor may do now, with the forms to render.
std::vector<ActionSpec> next_actions(const AppState& s, const Actor& actor, const OptionLists& lists = {});

// The codes of every action (for documentation and the OpenAPI file).
const std::vector<std::string>& all_action_codes();

// Human names of an event type: an action's label, or a system event's ("submitted",
// "document_added", "contract_signed", "rated", "sla_warning", "sla_overdue", "escalated", ...).
Named event_named(const std::string& type);

// Validate an action request. Error codes: "forbidden" (role may never do this: HTTP 403),
// "not_allowed_now" (not possible in this state: 409), otherwise a field error (400) with
// field "fields.<name>". On success, the normalized data to store in the event.
// Rule M5: every claimed date/time (FieldSpec::claims_moment) lies between submission and now, and the
// data gets "backfilled" (recorded more than `backfill_after_hours` after the claimed moment) and
// "claimed_at"; `backfill_after_hours` is the company setting (ServiceConfig).
Result<nlohmann::json> validate_action(const AppState& s, const Actor& actor, const std::string& action,
                                       const nlohmann::json& fields, Instant now,
                                       const OptionLists& lists = {}, int backfill_after_hours = 24);

// Time-limit views (rules T1–T6, M1, M2) of the whole application and each stage, at `now`.
struct StageView {
  const PlanStage* stage = nullptr;
  StageState state = StageState::pending;
  std::optional<Instant> started, done;
  std::optional<SlaStatus> sla;  // empty for customer-side stages (no company limit)
};
struct AppView {
  SlaStatus overall;                          // the application's limit (T1–T5), company time only
  std::vector<StageView> stages;
  std::vector<SlaStatus> works;               // one per supporting-works record: its own W1 clock
  SlaLevel level = SlaLevel::normal;          // worst of overall, the active stage and open works
  Escalation escalation = Escalation::none;
  SlaLevel works_level = SlaLevel::normal;    // worst of the open works' clocks (rule W1)
};
AppView view_of(const AppState& s, const Calendar& cal, Instant now, const SlaPolicy& policy);

// The next instant after `now` at which the level or escalation of the application or its active
// stage changes (warning, overdue, each escalation step); empty while paused or finished. Lets
// the supervision job look only at applications that are due (rules M1, M2).
std::optional<Instant> next_sla_change(const AppState& s, const Calendar& cal, Instant now, const SlaPolicy& policy);

// Rule T4: for 10 kV and above the application's limit (16, or 21 with T5) does not count the
// supporting works ("不含配套工程"); the works run on their own clock (W1 limit, W2 agreed date).
// The LV totals (T2, T3) include the works.
bool limit_excludes_supporting_works(const Plan& p);

// The periods the application's clock (whole limit and each step) is stopped: the customer's
// time (waiting on the customer, customer-side steps) and, where T4 applies, every period in
// which grid-side supporting works were under way.
std::vector<Pause> application_clock_pauses(const AppState& s);

// Working days during which supporting works were under way (their union), at `now`.
double supporting_works_working_days(const AppState& s, const Calendar& cal, Instant now);

// Supporting works SLA (rule W1) for each record.
std::vector<SlaStatus> works_sla(const AppState& s, const Calendar& cal, Instant now, const SlaPolicy& policy);

}  // namespace gp
