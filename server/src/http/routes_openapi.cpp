// GET /api/v1/openapi.json: the whole API described (OpenAPI 3.0). Operations are documented here
// by hand; the document is assembled against the router's live route table, so a route without
// documentation shows up as "x-undocumented" (a test fails on it) and documentation of a route
// that does not exist cannot appear.
#include <map>
#include <regex>

#include "gp/dto/examples.h"
#include "gp/dto/schema.h"
#include "http/query.h"
#include "http/response.h"
#include "http/route_util.h"
#include "http/routes.h"

namespace gp::server {
namespace {

using nlohmann::json;

struct OpDoc {
  const char* summary;
  const char* access;  // who may call it
  json request;        // request body schema (null: none)
  std::vector<json> params;
};

json q(const char* name, const char* desc, bool required = false, const char* type = "string") {
  return {{"name", name}, {"in", "query"}, {"required", required}, {"description", desc}, {"schema", {{"type", type}}}};
}
json obj(json props, std::vector<std::string> required = {}) {
  json j = {{"type", "object"}, {"properties", std::move(props)}};
  if (!required.empty()) j["required"] = required;
  return j;
}
json str() { return {{"type", "string"}}; }
json num() { return {{"type", "number"}}; }
json boolean() { return {{"type", "boolean"}}; }

const json kFacts = obj({{"business", str()}, {"customer_type", str()}, {"voltage_kv", num()}, {"capacity_kw", num()},
                         {"industry", str()}, {"state_owned_or_chain_branch", boolean()}, {"temporary", boolean()},
                         {"batch", boolean()}, {"in_provincial_park", boolean()}, {"substitution_capacity_kw", num()},
                         {"important", boolean()}, {"asset_transfer", boolean()}, {"special_load", boolean()},
                         {"dual_power", boolean()}, {"customer_external_works", boolean()},
                         {"supporting_works", {{"type", "array"}, {"items", obj({{"voltage_kv", num()}, {"kind", str()}, {"urgent", boolean()}}, {"kind"})}}},
                         {"proactive", boolean()}, {"affects_other_customers", boolean()}, {"live_work_possible", boolean()},
                         {"agent", boolean()}, {"rural", boolean()},
                         {"meter_location", obj({{"latitude", num()}, {"longitude", num()}}, {"latitude", "longitude"})}},
                        {"business", "customer_type"});

const std::map<std::pair<std::string, std::string>, OpDoc>& docs() {
  static const std::map<std::pair<std::string, std::string>, OpDoc> d = [] {
    std::map<std::pair<std::string, std::string>, OpDoc> m;
    json app_body = kFacts;
    app_body["properties"]["address"] = str();
    app_body["properties"]["contact_name"] = str();
    app_body["properties"]["contact_phone"] = str();
    app_body["properties"]["channel"] = {{"type", "string"}, {"enum", {"online", "kiosk", "service_hall"}}};
    // At the hall: a number without a verified account gets a claim code in the answer (`claim`,
    // shown once, for the receipt); id_number equal to the account's attaches it at once.
    app_body["properties"]["customer"] = obj({{"phone", str()}, {"name", str()}, {"id_number", str()}}, {"phone", "name"});
    app_body["properties"]["preferred_manager"] = {{"type", "integer"}};
    app_body["properties"]["intended_connection_date"] = {{"type", "string"}, {"format", "date"}, {"description", "optional; bounds the supporting works' agreed date when the plan has no customer works (W2)"}};
    app_body["properties"]["rental_package_id"] = {{"type", "integer"}, {"description", "temporary supply only (P4): an active rental package whose capacity_kva is at least the applied capacity; shown in the plan (plan.rental_package) and the supply contract"}};
    app_body["required"] = {"business", "customer_type", "address"};
    m[{"GET", "/api/v1/health"}] = {"Liveness and version", "anyone", nullptr, {}};
    m[{"GET", "/api/v1/catalog"}] = {"The public catalogue: online businesses, documents, steps and limits, fees, supporting-works table, supervision phone (G1, G7, P3)", "anyone", nullptr, {}};
    m[{"GET", "/api/v1/calendar/add"}] = {"The date N working days after `from` (from not counted); confirmed=false when a year has no published holidays", "anyone", nullptr,
                                          {q("from", "YYYY-MM-DD", true), q("working_days", "0..3650", true, "integer")}};
    m[{"GET", "/api/v1/calendar/count"}] = {"Working days d with from < d <= to", "anyone", nullptr, {q("from", "YYYY-MM-DD", true), q("to", "YYYY-MM-DD", true)}};
    m[{"POST", "/api/v1/rules/evaluate"}] = {"Evaluate the policy's rules on an application's facts: the plan. "
                                             "Totals carry their source (time_limit.source, limit_source: policy, or company_setting where the seed gives none); "
                                             "each stage its own (stages[].source: the per-step split is a company_setting, rule T6); "
                                             "outage_plan_clause {rule O1, zh, en, source}; company_boundary_items and boundary_switch_exemption (I6, red-line connections); "
                                             "electronic_archive_only/paper_archive (D8: online channel only)", "anyone", kFacts, {}};
    m[{"POST", "/api/v1/auth/register"}] = {"Register a customer (mobile number, password, name, optional resident ID) with the SMS code sent to the number "
                                            "(POST /auth/sms-code, purpose register); 201 with a session; 400 sms_code wrong/expired/used up; "
                                            "409 already_registered only after the code proved the number; 429 throttled per client address", "anyone",
                                            obj({{"phone", str()}, {"password", str()}, {"name", str()}, {"id_number", str()}, {"sms_code", str()}},
                                                {"phone", "password", "name", "sms_code"}), {}};
    m[{"POST", "/api/v1/auth/sms-code"}] = {"Send a 6-digit one-time code by SMS (valid 10 minutes, 5 tries, stored hashed); 202 with the same answer for every "
                                            "number; 429 with retry_after when throttled (per number: one per purpose a minute, 5 an hour; per client address)",
                                            "anyone", obj({{"phone", str()}, {"purpose", {{"type", "string"}, {"enum", {"register", "claim"}}}}}, {"phone", "purpose"}), {}};
    m[{"POST", "/api/v1/applications/claim"}] = {"Claim an application taken at the service hall: the claim code from the receipt plus an SMS code "
                                                 "(purpose claim) sent to the caller's own number, which must be the number on the receipt; 200 with the application; "
                                                 "400 invalid_claim_code (wrong, used or expired) or invalid_code", "customer",
                                                 obj({{"claim_code", str()}, {"sms_code", str()}}, {"claim_code", "sms_code"}), {}};
    m[{"GET", "/api/v1/applications/pending"}] = {"Hall applications taken for the caller's number, waiting for the caller to accept them (number, business, the name staff typed)",
                                                  "customer", nullptr, {}};
    m[{"POST", "/api/v1/applications/pending/{number}/accept"}] = {"Accept a hall application taken for the caller's number: it joins the caller's applications; 404 when none waits",
                                                                   "customer", nullptr, {}};
    m[{"GET", "/api/v1/admin/sms/outbox"}] = {"The newest SMS in the outbox with their delivery state; codes and texts only from the development outbox "
                                              "(development_only: true, no gateway configured: nothing reaches a phone)", "admin", nullptr,
                                              {q("limit", "1..500 (default 100)", false, "integer")}};
    m[{"POST", "/api/v1/auth/login"}] = {"Log in with a mobile number or staff username (and `otp`, a TOTP or recovery code, when the account has a second factor); sets the HttpOnly session cookie (__Host-gp_session with Secure over HTTPS behind the trusted proxy, gp_session otherwise) and the gp_device cookie; "
                                         "401 invalid_credentials, 401 otp_required/otp_invalid after the right password, 429 delayed (Retry-After)", "anyone",
                                         obj({{"login", str()}, {"password", str()}, {"otp", str()}}, {"login", "password"}), {}};
    m[{"POST", "/api/v1/auth/logout"}] = {"Revoke the current session", "logged in", nullptr, {}};
    m[{"POST", "/api/v1/auth/logout-all"}] = {"Log out everywhere: revoke every session of the user", "logged in", nullptr, {}};
    m[{"POST", "/api/v1/auth/password"}] = {"Change the password: the current one (400 wrong_password, throttled: 429), a valid new one; every other session of the user ends", "logged in",
                                            obj({{"current_password", str()}, {"new_password", str()}}, {"current_password", "new_password"}), {}};
    m[{"POST", "/api/v1/auth/totp/setup"}] = {"Start enrolling a second factor: a new TOTP secret (base32) and its otpauth:// URI, shown this once; 409 when already on", "staff (customer_manager, project_manager, command_center, admin)", nullptr, {}};
    m[{"POST", "/api/v1/auth/totp/confirm"}] = {"Turn the second factor on with a first code; answers the 10 single-use recovery codes, shown this once", "staff (customer_manager, project_manager, command_center, admin)",
                                                obj({{"code", str()}}, {"code"}), {}};
    m[{"POST", "/api/v1/auth/totp/disable"}] = {"Turn the second factor off: the password and a current code (or a recovery code)", "staff (customer_manager, project_manager, command_center, admin)",
                                                obj({{"password", str()}, {"code", str()}}, {"password", "code"}), {}};
    m[{"GET", "/api/v1/auth/me"}] = {"The logged-in user", "logged in", nullptr, {}};
    m[{"GET", "/api/v1/auth/session"}] = {"Who is logged in, if anyone: {\"user\": null} without a session (the browser's start-up probe)", "anyone", nullptr, {}};
    m[{"POST", "/api/v1/applications"}] = {"Submit an application (customer online/kiosk, or staff at the service hall on a customer's behalf); 201 with the application; at the hall, `claim` {code, expires_at, pending_owner_confirmation} when the number has no account whose owner staff verified by resident ID (the claim code for the receipt, shown once)", "customer, customer_manager, command_center, admin", app_body, {}};
    m[{"GET", "/api/v1/applications"}] = {"Customers: their own applications. Managers: those assigned to them. Command center/admin: the whole queue", "logged in", nullptr,
                                          {q("status", "open|in_progress|waiting_customer|completed|withdrawn"), q("stage", "stage code or done"), q("level", "normal|warning|overdue"),
                                           q("manager", "user id (command center/admin)", false, "integer"), q("q", "search number, name or phone"), q("sort", "urgency|newest"),
                                           q("page", "1..", false, "integer"), q("page_size", "1..200", false, "integer")}};
    m[{"GET", "/api/v1/applications/{number}"}] = {"One application: status, stages with deadlines and remaining working days, events, managers, documents, checklist, next_actions (an action with `route` and `method` (and `read`: GET it first, e.g. the text whose sha256 is signed) is taken at that route, not at .../actions: sign_contract -> .../contract/sign, P1); `waiting_for` with `waiting` {for, party:\"customer\", message_zh, message_en} while the company's clock is paused for the customer (P1: information, plan_confirmation, design, rectification, contract_signature)", "its customer; assigned managers; command center; admin", nullptr, {}};
    m[{"POST", "/api/v1/applications/{number}/actions"}] = {"Perform one of next_actions; 409 not possible now, 403 wrong role, 400 bad field (use_route: the action has its own route)", "as next_actions says",
                                                            obj({{"action", str()}, {"fields", {{"type", "object"}}}}, {"action"}), {}};
    m[{"POST", "/api/v1/applications/{number}/documents"}] = {"Upload a document (multipart: kind, file). PDF/JPEG/PNG recognised by content, at most 10 MB", "its customer; staff who see it",
                                                              {{"type", "object"}, {"x-content-type", "multipart/form-data"}, {"properties", {{"kind", str()}, {"file", {{"type", "string"}, {"format", "binary"}}}}}}, {}};
    m[{"GET", "/api/v1/applications/{number}/documents/{id}"}] = {"Download a document", "its customer; staff who see it", nullptr, {}};
    m[{"GET", "/api/v1/applications/{number}/contract"}] = {"The supply contract (P1), written at the step that settles the supply terms, with its SHA-256; read only: 409 not_available_yet / not_issued", "its customer; staff who see it", nullptr, {}};
    m[{"POST", "/api/v1/applications/{number}/contract/sign"}] = {"Sign the contract: re-enter the password or draw a signature; immutable once signed", "its customer",
                                                                  obj({{"sha256", str()}, {"method", {{"type", "string"}, {"enum", {"password", "drawn"}}}}, {"password", str()}, {"strokes", {{"type", "array"}}}}, {"sha256", "method"}), {}};
    m[{"GET", "/api/v1/applications/{number}/works-contract"}] = {"The works contract (服务契约, W2): agreed completion date of each supporting works item (<= W1 limit, <= the customer's completion or intended connection date), each side's duties, SHA-256, versions, breach (违约) per item; 409 not_available_yet before works are recorded", "its customer; staff who see it", nullptr, {}};
    m[{"POST", "/api/v1/applications/{number}/works-contract/sign"}] = {"Sign the latest works contract version (W2): re-enter the password or draw a signature; immutable once signed; event works_contract_signed", "its customer",
                                                                       obj({{"sha256", str()}, {"method", {{"type", "string"}, {"enum", {"password", "drawn"}}}}, {"password", str()}, {"strokes", {{"type", "array"}}}}, {"sha256", "method"}), {}};
    m[{"POST", "/api/v1/applications/{number}/rating"}] = {"Rate the service and the customer manager once energized (M3)", "its customer",
                                                           obj({{"service_score", {{"type", "integer"}}}, {"manager_score", {{"type", "integer"}}}, {"comment", str()}}, {"service_score"}), {}};
    m[{"POST", "/api/v1/applications/{number}/manager"}] = {"Choose another customer manager (M3)", "its customer", obj({{"customer_manager", {{"type", "integer"}}}}, {"customer_manager"}), {}};
    m[{"GET", "/api/v1/managers"}] = {"Public list of customer managers: handled, average working days, satisfaction, open load (M3)", "anyone", nullptr, {}};
    m[{"POST", "/api/v1/track"}] = {"Progress without login (kiosk, SMS links): steps, states and dates only; one 404 for an unknown number or a wrong phone (same work, same bytes); the phone goes in the body, never in the URL; throttled", "anyone",
                                    obj({{"number", str()}, {"phone", str()}}, {"number", "phone"}), {}};
    m[{"POST", "/api/v1/reservations"}] = {"Zero-document reservation (D4): online (contact within 18 hours) or, by staff, a phone call (dispatch within 20 minutes)", "anyone (throttled); staff for phone",
                                           obj({{"channel", str()}, {"name", str()}, {"phone", str()}, {"address", str()}, {"business", str()}, {"customer_type", str()}, {"note", str()}, {"call_ended_at", str()}}, {"customer_type", "address"}), {}};
    m[{"GET", "/api/v1/reservations"}] = {"Reservations: the customer's own; open ones for staff", "logged in", nullptr, {q("status", "open|handled|converted|cancelled")}};
    m[{"GET", "/api/v1/reservations/{number}"}] = {"One reservation", "its customer; staff", nullptr, {}};
    m[{"POST", "/api/v1/reservations/{number}/actions"}] = {"dispatch (to a named customer manager: stops a phone reservation's 20 minutes; an online one stays open) | contact (online only: stops the 18 hours) | convert (into an application at the site survey) | cancel (D4; due_action says which step stops the clock)", "command center, customer managers",
                                                            obj({{"action", str()}, {"fields", {{"type", "object"}}}}, {"action"}), {}};
    m[{"GET", "/api/v1/notifications"}] = {"The inbox; `wait` seconds makes it a long poll", "logged in", nullptr,
                                           {q("after", "only ids above this", false, "integer"), q("limit", "1..200", false, "integer"), q("wait", "0..30 seconds", false, "integer")}};
    m[{"POST", "/api/v1/notifications/read"}] = {"Mark notifications read", "logged in", obj({{"ids", {{"type", "array"}}}, {"all", boolean()}}), {}};
    m[{"GET", "/api/v1/notifications/stream"}] = {"Server-sent events: one `notification` event per new item; ends within seconds of its session ending (logout, revocation, a disabled account); at most 5 open per user (429 beyond), 200 in all (503)", "logged in", nullptr, {q("after", "resume after this id", false, "integer")}};
    m[{"POST", "/api/v1/admin/users"}] = {"Create a staff account", "admin",
                                          obj({{"username", str()}, {"password", str()}, {"name", str()}, {"role", str()}, {"phone", str()}}, {"username", "password", "name", "role"}), {}};
    m[{"GET", "/api/v1/admin/users"}] = {"Staff accounts", "admin, command center", nullptr, {}};
    m[{"POST", "/api/v1/admin/users/{id}/disabled"}] = {"Disable or enable a staff account (revokes its sessions)", "admin", obj({{"disabled", boolean()}}, {"disabled"}), {}};
    m[{"POST", "/api/v1/admin/sla/sweep"}] = {"Run one time-limit supervision sweep now (M1, M2): reservations, then due applications until --sla-budget-ms is used; applications_left are still due (run it again); applications_failed could not be swept (logged, tried again next time)", "admin, command center", nullptr, {}};
    m[{"POST", "/api/v1/admin/kiosks"}] = {"Register a kiosk device of the service hall; 201 with the device and its token, shown this once (only its hash is stored). Requests carrying the token in X-GetPower-Kiosk-Device are recorded with the channel kiosk", "admin", obj({{"name", str()}}, {"name"}), {}};
    m[{"GET", "/api/v1/admin/kiosks"}] = {"Kiosk devices, in service and revoked (never their tokens)", "admin", nullptr, {}};
    m[{"POST", "/api/v1/admin/kiosks/{id}/revoke"}] = {"Revoke a kiosk device: its token no longer makes the channel kiosk; 404 for an unknown id", "admin", nullptr, {}};
    m[{"GET", "/api/v1/kiosk/device"}] = {"Whether the X-GetPower-Kiosk-Device token sent belongs to a device in service ({\"kiosk\": true|false}); the kiosk page asks at start-up", "anyone", nullptr, {}};
    m[{"POST", "/api/v1/test/clock"}] = {"Tests only (--test-clock): set the server's now; 404 otherwise", "admin, only with --test-clock", obj({{"now", str()}}, {"now"}), {}};
    // Staff operations and supervision (issue 5).
    const json csv_or_json = {{"type", "string"}, {"x-content-type", {"text/csv", "application/json"}},
                              {"description", "CSV with a header line, or JSON"}};
    const json page_params[] = {q("page", "1..", false, "integer"), q("page_size", "1..200", false, "integer")};
    m[{"GET", "/api/v1/board"}] = {"The command center's board: every open application and reservation with level (normal/warning/overdue), "
                                   "escalation level, acknowledged, age in working days, step, customer manager; counts per level, escalation, "
                                   "manager and step (M1, M2)", "command center, admin", nullptr, {}};
    m[{"POST", "/api/v1/applications/{number}/acknowledge"}] = {
        "Handle a warning (M2): records warning_acknowledged; a level-2 acknowledgement stops the rise to leadership. 409 when "
        "there is no warning, it is already handled, or it was escalated past the caller", "assigned customer manager, command center, admin",
        obj({{"note", str()}}, {"note"}), {}};
    m[{"POST", "/api/v1/reserve/import"}] = {"Import project approvals into the reserve pool (R1): CSV (text/csv) or a JSON array; all or nothing; "
                                             "400 lists every bad row in `errors` (also approval numbers already stored); 201 {imported}",
                                             "customer_manager, command_center, admin", csv_or_json, {}};
    m[{"GET", "/api/v1/reserve"}] = {"The reserve pool with each record's preliminary supply plan and status (R1)", "staff", nullptr,
                                     {q("status", "reserve|converted"), q("q", "search approval number, project, company"), page_params[0], page_params[1]}};
    m[{"GET", "/api/v1/reserve/{approval_number}"}] = {"One reserve record with its preliminary supply plan", "staff", nullptr, {}};
    m[{"POST", "/api/v1/reserve/{approval_number}/convert"}] = {
        "Turn a reserve record into a formal application, everything carried over, as proactive service (R3, S2, S4); 201; 409 when converted already",
        "customer_manager, command_center, admin",
        obj({{"customer", obj({{"phone", str()}, {"name", str()}, {"id_number", str()}})}, {"contact_phone", str()}, {"contact_name", str()},
             {"address", str()}, {"preferred_manager", {{"type", "integer"}}}}), {}};
    m[{"POST", "/api/v1/consultations"}] = {"Supply-plan consultation with only a business licence (R2): 201 with a preliminary plan and the "
                                            "drawing pre-review note", "logged in",
                                            obj({{"company", str()}, {"credit_code", str()}, {"capacity_kw", num()}, {"voltage_kv", num()},
                                                 {"address", str()}, {"asset_transfer", boolean()}, {"industry", str()}, {"in_provincial_park", boolean()}},
                                                {"company", "credit_code", "capacity_kw", "voltage_kv", "address"}), {}};
    m[{"GET", "/api/v1/consultations"}] = {"Consultations: all for the roles that answer them (project_manager, command_center), their own for customers; 403 for other staff", "logged in", nullptr,
                                           {q("status", "open|replied"), page_params[0], page_params[1]}};
    m[{"GET", "/api/v1/consultations/{id}"}] = {"One consultation with the preliminary plan and the reply", "its customer; project_manager, command_center", nullptr, {}};
    m[{"POST", "/api/v1/consultations/{id}/reply"}] = {"Reply with an opinion (once); the customer is notified", "project_manager, command_center",
                                                       obj({{"opinion", str()}}, {"opinion"}), {}};
    m[{"POST", "/api/v1/capacity"}] = {"Set the open capacity of an area's feeder (R4), insert or update by (area, feeder); 201 when new",
                                       "project_manager, command_center, admin",
                                       obj({{"area", str()}, {"feeder", str()}, {"voltage_kv", num()}, {"capacity_kva", num()}, {"available_kva", num()}, {"note", str()}},
                                           {"area", "feeder", "voltage_kv", "capacity_kva", "available_kva"}), {}};
    m[{"POST", "/api/v1/capacity/query"}] = {"Open grid capacity of an area (R4); every query is logged (user, time, area, client address), "
                                             "hence a POST; throttled without login. Body {area}: area name or part of it, absent: all",
                                             "anyone", obj({{"area", str()}}, {}), {}};
    // rule M7: work-ticket grabbing (抢单).
    m[{"GET", "/api/v1/pool"}] = {"The applications offered to the customer managers' pool, oldest first, with the grab settings (company settings, M7)",
                                  "customer manager, command center, admin", nullptr, {}};
    m[{"POST", "/api/v1/pool/{number}/grab"}] = {"Take a pooled application: first claim wins; 409 already_taken / window_closed / over_load_cap (M7)",
                                                 "customer manager", nullptr, {}};
    m[{"GET", "/api/v1/capacity/queries"}] = {"The capacity query log, newest first", "staff", nullptr, {page_params[0], page_params[1]}};
    const std::vector<json> period = {q("from", "YYYY-MM-DD", true), q("to", "YYYY-MM-DD", true), q("customer_type", "one customer type, or all")};
    m[{"GET", "/api/v1/indicators"}] = {"Indicators of a period (M4): received, completed, average/p90 working days per step and in total, on-time rate, "
                                        "steps, cost, online / hall share (D2: the kiosk counts as hall), proactive share, satisfaction, per manager. Customer and project managers: their own",
                                        "staff", nullptr, period};
    m[{"GET", "/api/v1/indicators.csv"}] = {"The same figures as a CSV download (UTF-8 with BOM)", "staff", nullptr, period};
    m[{"POST", "/api/v1/outages"}] = {"Record an outage (JSON {area,start,end,customers_affected,feeder?,cause?}) or import outages "
                                      "(CSV area,start,end,customers_affected[,feeder,cause]; all or nothing, errors by line) (G5)",
                                      "command_center, admin", csv_or_json, {}};
    m[{"GET", "/api/v1/reliability"}] = {"Urban and rural reliability vs targets (G5): ASAI, average outage hours and count per customer; "
                                         "409 until the customers per area are set", "staff", nullptr,
                                         {q("from", "YYYY-MM-DD", true), q("to", "YYYY-MM-DD", true)}};
    m[{"PUT", "/api/v1/admin/settings/customers"}] = {"Customers served per area (G5)", "admin",
                                                      obj({{"urban", {{"type", "integer"}}}, {"rural", {{"type", "integer"}}}}, {"urban", "rural"}), {}};
    m[{"GET", "/api/v1/admin/config"}] = {"The service configuration (company settings, each with its source company_setting: change-of-use limits, stage split (T6), asset-transfer review days (S5/T5), LV outage plan when others are cut (O1), reserve works heuristic (R1), back-filling hours (M5), work-ticket grabbing (M7); supervision phone; SLA thresholds) "
                                          "with what each part is", "admin", nullptr, {}};
    m[{"PUT", "/api/v1/admin/config"}] = {"Replace the configuration, whole or in part (given keys replace); 400 naming the field", "admin",
                                          obj({{"company", {{"type", "object"}}}, {"product", {{"type", "object"}}}, {"service_hall", {{"type", "object"}}},
                                               {"supervision_phone", str()}, {"change_of_use_limits", {{"type", "object"}}}, {"sla", {{"type", "object"}}},
                                               {"stage_split", obj({{"hv_application", {{"type", "integer"}}}, {"hv_supply_plan", {{"type", "integer"}}},
                                                                    {"hv_connect", {{"type", "integer"}}}, {"lv_application", {{"type", "integer"}}}})},
                                               {"reserve_works", obj({{"t_connection_max_kw", num()}, {"overhead_line_max_kw", num()}})},
                                               {"asset_transfer_review", obj({{"design_review", {{"type", "integer"}}}, {"mid_inspection", {{"type", "integer"}}}})},
                                               {"lv_outage_plan_affecting_others", {{"type", "string"}, {"enum", {"monthly", "weekly", "daily", "on_request"}}}},
                                               {"backfill_after_hours", {{"type", "integer"}, {"minimum", 1}, {"maximum", 720}}},
                                               {"grab", obj({{"enabled", {{"type", "boolean"}}}, {"window_minutes", {{"type", "integer"}}},
                                                             {"load_cap", {{"type", "integer"}}}})},
                                               {"cost_consultation", {{"type", "object"}}},
                                               {"case_handling_hours", {{"type", "integer"}, {"minimum", 1}, {"maximum", 2160}}}}), {}};
    m[{"POST", "/api/v1/admin/calendar/{year}"}] = {"Publish a year's holidays (e.g. 2027): loaded at once, kept, loaded again at start-up; "
                                                    "400 naming the field", "admin",
                                                    obj({{"notice", str()}, {"holidays", {{"type", "array"}}}, {"workdays", {{"type", "array"}}}},
                                                        {"holidays", "workdays"}), {}};
    m[{"GET", "/api/v1/calendar"}] = {"The calendar's years: published holidays and make-up working days, with confirmed flags", "anyone", nullptr, {}};
    m[{"GET", "/api/v1/openapi.json"}] = {"This document", "anyone", nullptr, {}};
    // --- rule P4 (issue 11): cost consultation and temporary-transformer rental packages.
    const json load_item = obj({{"kind", str()}, {"count", {{"type", "integer"}, {"minimum", 1}, {"maximum", 10000}}}, {"kw_each", num()}},
                               {"kind", "count", "kw_each"});
    m[{"POST", "/api/v1/cost-consultations"}] = {
        "Ask a cost consultation (P4): the load (equipment, use, voltage wanted, area, address); a firm with only a business licence names "
        "company and credit_code (R2). 201 with the first estimate (installed kW x demand factor / power factor, rounded up to a standard "
        "transformer size, with the typical design's equipment: company settings, source company_setting) and the answer's due time "
        "(limit_working_days, a company setting). 400 names the field (e.g. equipment[1].count)", "customer",
        obj({{"equipment", {{"type", "array"}, {"items", load_item}, {"maxItems", 50}}},
             {"use", {{"type", "string"}, {"enum", {"residential", "commercial", "industrial", "agricultural", "public_service"}}}},
             {"voltage_kv", {{"type", "number"}, {"enum", {0.22, 0.38, 10, 35, 110}}}}, {"area", str()}, {"address", str()}, {"note", str()},
             {"company", str()}, {"credit_code", str()}},
            {"equipment", "use", "voltage_kv", "area", "address"}), {}};
    m[{"GET", "/api/v1/cost-consultations"}] = {"Cost consultations: all for customer managers and the command center (with the customer), their own for customers; 403 for other staff",
                                                "logged in", nullptr,
                                                {q("status", "open|answered|rated"), q("use", "residential|commercial|industrial|agricultural|public_service"),
                                                 q("area", "exact area"), page_params[0], page_params[1]}};
    m[{"GET", "/api/v1/cost-consultations/{id}"}] = {"One cost consultation: the load, the estimate, the answer's due time and SLA level, the answer and the rating; 404 for another customer's",
                                                     "its customer; customer_manager, command_center", nullptr, {}};
    m[{"POST", "/api/v1/cost-consultations/{id}/answer"}] = {"Answer (once, 409 already_answered): recommended applied capacity, standard equipment, cost reference text; the customer is notified",
                                                             "customer_manager, command_center",
                                                             obj({{"recommended_capacity_kva", num()}, {"standard_equipment", str()}, {"cost_reference", str()}},
                                                                 {"recommended_capacity_kva", "standard_equipment", "cost_reference"}), {}};
    m[{"POST", "/api/v1/cost-consultations/{id}/rating"}] = {"Rate the answer 1-5 with an optional comment (once, after the answer: 409 not_answered / already_rated)", "its customer",
                                                             obj({{"score", {{"type", "integer"}, {"minimum", 1}, {"maximum", 5}}}, {"comment", str()}}, {"score"}), {}};
    const json package_body = obj({{"name", str()}, {"capacity_kva", num()}, {"monthly_price_yuan", num()}, {"deposit_yuan", num()},
                                   {"min_term_months", {{"type", "integer"}, {"minimum", 1}, {"maximum", 60}}}, {"active", boolean()}},
                                  {"name", "capacity_kva", "monthly_price_yuan", "deposit_yuan", "min_term_months"});
    m[{"GET", "/api/v1/rental-packages"}] = {"Temporary-transformer rental packages (P4) to compare: the active ones, smallest first; all=1 also the retired ones (admin, command_center)",
                                             "anyone (all=1: admin, command_center)", nullptr, {q("all", "0|1")}};
    m[{"POST", "/api/v1/rental-packages"}] = {"Define a rental package (P4); 201; money in yuan with at most two decimals", "admin, command_center", package_body, {}};
    m[{"PUT", "/api/v1/rental-packages/{id}"}] = {"Replace a rental package's terms or retire it (active false); applications keep the terms they chose", "admin, command_center", package_body, {}};
    // Issue 11, rule P3: published information (资质信息公开, 公开信息).
    {
      const json contractor = obj({{"kind", {{"type", "string"}, {"enum", {"design", "construction", "test"}}}},
                                   {"categories", {{"type", "array"}, {"items", {{"type", "string"}, {"enum", {"install", "repair", "test"}}}}}},
                                   {"name", str()}, {"credit_code", str()}, {"licence_number", str()},
                                   {"licence_class", {{"type", "string"}, {"enum", {"一级", "二级", "三级", "四级", "五级", "甲级", "乙级", "丙级"}}}},
                                   {"scope", str()}, {"valid_from", {{"type", "string"}, {"format", "date"}}},
                                   {"valid_until", {{"type", "string"}, {"format", "date"}}}, {"county", str()}, {"phone", str()}},
                                  {"kind", "name", "credit_code", "licence_number", "licence_class", "scope", "valid_from", "valid_until", "county", "phone"});
      m[{"GET", "/api/v1/contractors"}] = {
          "The contractor directory (P3): design, construction (承装/承修/承试) and test units with licence, class, scope, validity, county; "
          "status valid|expiring|expired|not_yet_valid|withdrawn judged today (expiring within licence_expiring_days, a company setting). "
          "Public, no login; ETag + Cache-Control, 304 on If-None-Match; anonymous callers rate-limited (429)", "anyone", nullptr,
          {q("kind", "design|construction|test"), q("q", "name, licence number or credit code"), q("county", "county or area"),
           q("page", "1..", false, "integer"), q("page_size", "1..100", false, "integer")}};
      m[{"GET", "/api/v1/contractors/{id}"}] = {"One contractor with its licence status (P3); public, cacheable", "anyone", nullptr, {}};
      m[{"POST", "/api/v1/contractors"}] = {"Add a contractor (P3); 400 naming the field; 409 when its licence number is listed; traced; 201",
                                           "command_center, admin", contractor, {}};
      m[{"PUT", "/api/v1/contractors/{id}"}] = {"Edit a contractor (P3), all fields; the earlier record is kept in the trace",
                                                "command_center, admin", contractor, {}};
      m[{"POST", "/api/v1/contractors/{id}/expire"}] = {"Expire a licence by hand (revoked; never deleted): status withdrawn; 409 when already; traced",
                                                        "command_center, admin", obj({{"reason", str()}}, {"reason"}), {}};
      m[{"POST", "/api/v1/contractors/import"}] = {
          "Import contractors from CSV or a JSON array of bodies like POST /contractors (P3): CSV header kind,categories,name,credit_code,licence_number,licence_class,scope,valid_from,valid_until,"
          "county,phone; all or nothing: 400 lists every bad line in `errors` (field \"line N: column\" or \"[i].field\"), also licence numbers already listed; 201 {imported}",
          "command_center, admin", csv_or_json, {}};
      m[{"PUT", "/api/v1/admin/settings/licence-expiring-days"}] = {
          "The company setting behind the directory's \"expiring\" status (P3 gives no figure; default 30 days): {days: 1..365}; traced",
          "admin", obj({{"days", {{"type", "integer"}, {"minimum", 1}, {"maximum", 365}}}}, {"days"}), {}};
      m[{"GET", "/api/v1/publications"}] = {
          "Published documents (P3): the current version of each kind (tariff_policy, fee_list, typical_design, procedures, supervision) "
          "with its attachments. Public, no login; ETag + Cache-Control, 304; anonymous callers rate-limited", "anyone", nullptr, {}};
      m[{"GET", "/api/v1/publications/versions"}] = {"Every version of one kind, newest first (earlier versions are kept)", "staff", nullptr,
                                                     {q("kind", "tariff_policy|fee_list|typical_design|procedures|supervision", true)}};
      m[{"POST", "/api/v1/publications"}] = {
          "Publish a new version (multipart: kind, title, body, file × 0–5; PDF/PNG/JPEG recognised by content); earlier versions kept; traced; 201",
          "command_center, admin",
          {{"type", "object"}, {"x-content-type", "multipart/form-data"},
           {"properties", {{"kind", str()}, {"title", str()}, {"body", str()}, {"file", {{"type", "string"}, {"format", "binary"}}}}},
           {"required", {"kind", "title", "body"}}}, {}};
      m[{"GET", "/api/v1/publications/files/{id}"}] = {
          "An attachment: of a current version to anyone (cacheable, 304), of an earlier version to staff only (else 404)", "anyone; staff for earlier versions",
          nullptr, {}};
    }
    // Issue 11, rules M6/M5: customer requests and reports, call-backs.
    const json case_body = obj({{"kind", {{"type", "string"}, {"enum", {"complaint", "report", "opinion", "suggestion"}}}}, {"category", str()},
                                {"text", str()}, {"contact_name", str()}, {"contact_phone", str()}, {"application_number", str()}, {"anonymous", boolean()}},
                               {"kind", "category", "text"});
    m[{"POST", "/api/v1/cases"}] = {"Submit a complaint, report (举报), opinion or suggestion (M6): a logged-in customer, anyone with a mobile number "
                                    "(throttled), the kiosk, or the command center for a caller (channel phone). Categories: the seed's ten prohibitions "
                                    "(complaints and reports only) and general ones; application_number only one the submitter owns (or whose phone they give); "
                                    "anonymous: reports only. 201 with the case (a report comes back redacted: text and identity only for the discipline inspector)",
                                    "anyone (throttled without login); customer; command_center (phone)", case_body, {}};
    m[{"GET", "/api/v1/cases"}] = {"Cases: customers their own (reports redacted); command center/admin every complaint, opinion and suggestion (never a report); "
                                   "discipline_inspector every report; other staff those assigned to them", "logged in", nullptr,
                                   {q("kind", "complaint|report|opinion|suggestion"), q("status", "received|assigned|answered|closed"), page_params[0], page_params[1]}};
    m[{"GET", "/api/v1/cases/{number}"}] = {"One case; 404 for anyone it is not shown to (a report: to everyone but the discipline inspector and, redacted, its reporter)",
                                            "its customer; its desk; its assignee", nullptr, {}};
    m[{"POST", "/api/v1/cases/{number}/assign"}] = {"Assign to a department and a person with the company-set handling limit (case_handling_hours, a company setting), "
                                                    "warned and escalated by the SLA watch (subject case:<id>); again until answered. Reports: to a discipline inspector",
                                                    "command_center, admin; discipline_inspector for reports",
                                                    obj({{"department", {{"type", "string"}, {"enum", {"marketing", "equipment", "dispatch_control", "materials", "development"}}}},
                                                         {"assignee", {{"type", "integer"}}}}, {"department", "assignee"}), {}};
    m[{"POST", "/api/v1/cases/{number}/answer"}] = {"The assignee's answer (stops the handling limit)", "the assignee", obj({{"answer", str()}}, {"answer"}), {}};
    m[{"POST", "/api/v1/cases/{number}/close"}] = {"Close an answered case: founded or not; a founded ten-prohibitions case names the responsible department, team and person (M6)",
                                                   "command_center, admin; discipline_inspector for reports",
                                                   obj({{"founded", boolean()}, {"note", str()}, {"responsible_department", str()}, {"responsible_team", str()},
                                                        {"responsible_person", {{"type", "integer"}}}}, {"founded"}), {}};
    m[{"POST", "/api/v1/cases/{number}/rate"}] = {"Rate a closed case once (1..5)", "its customer",
                                                  obj({{"score", {{"type", "integer"}}}, {"comment", str()}}, {"score"}), {}};
    m[{"POST", "/api/v1/cases/lookup"}] = {"A case's status and outcome without login (like /track): number + the submitter's phone; one 404 for an unknown number or "
                                           "a wrong phone; never the text or the identity; throttled", "anyone", obj({{"number", str()}, {"phone", str()}}, {"number", "phone"}), {}};
    m[{"POST", "/api/v1/cases/lookup/rate"}] = {"Rate a closed case without login: number + phone + score (1..5); throttled", "anyone",
                                                obj({{"number", str()}, {"phone", str()}, {"score", {{"type", "integer"}}}, {"comment", str()}}, {"number", "phone", "score"}), {}};
    m[{"GET", "/api/v1/cases/prohibitions"}] = {"Founded ten-prohibitions cases closed in a month, per category, department, team and person (M6)",
                                                "command_center, admin, discipline_inspector", nullptr, {q("month", "YYYY-MM", true)}};
    m[{"POST", "/api/v1/callbacks"}] = {"Record a telephone call-back (M5) after energizing (a completed application) or a closed case: reached, satisfied, what the "
                                        "customer says happened; each answer contradicting the record (an extra document, D1; a fee, F1; more than one visit, G1; "
                                        "a limit the record says was kept) opens a complaint in the matching ten-prohibitions category (M6); 201",
                                        "command_center, admin",
                                        obj({{"application_number", str()}, {"case_number", str()}, {"reached", boolean()}, {"satisfied", boolean()},
                                             {"said", obj({{"extra_document", boolean()}, {"visited_more_than_once", boolean()}, {"asked_to_pay", boolean()},
                                                           {"exceeded_time", boolean()}})}, {"other", str()}}, {"reached"}), {}};
    m[{"GET", "/api/v1/callbacks"}] = {"Call-backs, newest first, with the cases their mismatches opened", "command_center, admin", nullptr, {page_params[0], page_params[1]}};
    m[{"GET", "/api/v1/callbacks/accountability"}] = {"Back-filled steps (补录, by who recorded them; threshold backfill_after_hours, a company setting) and call-back "
                                                      "mismatches (by the application's customer manager) in a month (M5)", "command_center, admin", nullptr,
                                                      {q("month", "YYYY-MM", true)}};
    return m;
  }();
  return d;
}

// "/api/v1/applications/([A-Za-z0-9-]{1,40})/documents/(\\d{1,18})" -> "/api/v1/applications/{number}/documents/{id}"
std::string openapi_path(std::string pattern) {
  auto replace = [&](const std::string& what, const std::string& with) {
    for (auto p = pattern.find(what); p != std::string::npos; p = pattern.find(what)) pattern.replace(p, what.size(), with);
  };
  replace(kNumber, "{number}");
  replace(kId, "{id}");
  replace(kApprovalNumber, "{approval_number}");
  replace(kYear, "{year}");
  return pattern;
}

// The answer's schema of operations whose body is a shared DTO (gp/dto/): the name of its example
// in gp::dto::dto_examples(), whose derived schema is in components.schemas (issue 16: the
// document describes the types the server writes; tests/server/wire_contract_test.cpp checks the
// live bodies against the same types).
const std::map<std::pair<std::string, std::string>, std::string>& response_dtos() {
  static const std::map<std::pair<std::string, std::string>, std::string> m = {
      {{"GET", "/api/v1/applications/{number}"}, "ApplicationDetail"},
      {{"POST", "/api/v1/applications/{number}/actions"}, "ApplicationDetail"},
      {{"GET", "/api/v1/applications"}, "ApplicationPage"},
      {{"GET", "/api/v1/board"}, "Board"},
      {{"POST", "/api/v1/track"}, "Track"},
      {{"GET", "/api/v1/indicators"}, "Indicators"},
      {{"GET", "/api/v1/reliability"}, "Reliability"},
      {{"GET", "/api/v1/managers"}, "Managers"},
      {{"POST", "/api/v1/auth/login"}, "Session"},
      {{"GET", "/api/v1/auth/me"}, "Me"},
      {{"GET", "/api/v1/auth/session"}, "Me"},
      {{"GET", "/api/v1/notifications"}, "Notifications"},
      {{"POST", "/api/v1/reservations"}, "Reservation"},
      {{"GET", "/api/v1/reservations/{number}"}, "Reservation"},
      {{"POST", "/api/v1/consultations"}, "Consultation"},
      {{"GET", "/api/v1/consultations/{id}"}, "Consultation"},
      {{"POST", "/api/v1/capacity/query"}, "CapacityAnswer"},
      {{"GET", "/api/v1/applications/{number}/contract"}, "ContractText"},
      {{"GET", "/api/v1/applications/{number}/works-contract"}, "WorksContractText"},
      {{"GET", "/api/v1/reserve"}, "ReservePage"},
      {{"GET", "/api/v1/reserve/{approval_number}"}, "ReserveItem"},
      {{"GET", "/api/v1/catalog"}, "Catalog"},
      {{"GET", "/api/v1/health"}, "Health"},
      {{"GET", "/api/v1/reservations"}, "ReservationList"},
      {{"GET", "/api/v1/consultations"}, "ConsultationPage"},
      {{"POST", "/api/v1/auth/logout"}, "Ok"},
      {{"POST", "/api/v1/auth/logout-all"}, "Ok"},
      {{"POST", "/api/v1/auth/password"}, "Ok"},
      {{"POST", "/api/v1/auth/register"}, "Session"},
      {{"POST", "/api/v1/auth/totp/setup"}, "TotpSetup"},
      {{"POST", "/api/v1/auth/totp/confirm"}, "TotpState"},
      {{"POST", "/api/v1/auth/totp/disable"}, "TotpState"},
      {{"POST", "/api/v1/notifications/read"}, "Marked"},
      {{"POST", "/api/v1/reserve/import"}, "Imported"},
      {{"GET", "/api/v1/kiosk/device"}, "KioskFlag"},
      {{"GET", "/api/v1/calendar/add"}, "CalendarDate"},
      {{"GET", "/api/v1/calendar/count"}, "WorkingDayCount"},
      {{"GET", "/api/v1/admin/users"}, "Users"},
      {{"POST", "/api/v1/admin/users"}, "UserCreated"},
      {{"POST", "/api/v1/admin/users/{id}/disabled"}, "UserDisabled"},
      {{"POST", "/api/v1/admin/sla/sweep"}, "SweepReport"},
      {{"POST", "/api/v1/test/clock"}, "TestClock"},
      {{"GET", "/api/v1/pool"}, "Pool"},  // rule M7
      {{"POST", "/api/v1/pool/{number}/grab"}, "GrabAnswer"},
      // Issue 16, the last bodies (gp/dto/admin.h, outcomes.h, plan.h; "A|B": one of the two).
      {{"GET", "/api/v1/admin/config"}, "AdminConfig"},
      {{"PUT", "/api/v1/admin/config"}, "AdminConfig"},
      {{"GET", "/api/v1/calendar"}, "CalendarYears"},
      {{"POST", "/api/v1/admin/calendar/{year}"}, "CalendarPublished"},
      {{"GET", "/api/v1/admin/kiosks"}, "KioskList"},
      {{"POST", "/api/v1/admin/kiosks"}, "KioskRegistered"},
      {{"POST", "/api/v1/admin/kiosks/{id}/revoke"}, "KioskDevice"},
      {{"GET", "/api/v1/admin/sms/outbox"}, "SmsOutbox"},
      {{"PUT", "/api/v1/admin/settings/customers"}, "CustomersServed"},
      {{"POST", "/api/v1/applications"}, "ApplicationCreated"},
      {{"POST", "/api/v1/applications/claim"}, "ApplicationDetail"},
      {{"GET", "/api/v1/applications/pending"}, "PendingClaims"},
      {{"POST", "/api/v1/applications/pending/{number}/accept"}, "ApplicationDetail"},
      {{"POST", "/api/v1/applications/{number}/acknowledge"}, "Acknowledged"},
      {{"POST", "/api/v1/applications/{number}/documents"}, "Document"},
      {{"POST", "/api/v1/applications/{number}/contract/sign"}, "ContractText"},
      {{"POST", "/api/v1/applications/{number}/works-contract/sign"}, "WorksContractText"},
      {{"POST", "/api/v1/applications/{number}/rating"}, "ApplicationDetail"},
      {{"POST", "/api/v1/applications/{number}/manager"}, "ApplicationDetail"},
      {{"POST", "/api/v1/consultations/{id}/reply"}, "Consultation"},
      {{"POST", "/api/v1/reserve/{approval_number}/convert"}, "ReserveConverted"},
      {{"POST", "/api/v1/reservations/{number}/actions"}, "Reservation|ReservationConverted"},
      {{"POST", "/api/v1/auth/sms-code"}, "SmsCodeSent"},
      {{"POST", "/api/v1/outages"}, "OutageRecorded|Imported"},
      {{"POST", "/api/v1/capacity"}, "CapacitySaved"},
      {{"GET", "/api/v1/capacity/queries"}, "CapacityQueryLog"},
      {{"POST", "/api/v1/rules/evaluate"}, "Plan"},
      // --- rule P4 (issue 11)
      {{"POST", "/api/v1/cost-consultations"}, "CostConsultation"},
      {{"GET", "/api/v1/cost-consultations"}, "CostConsultationPage"},
      {{"GET", "/api/v1/cost-consultations/{id}"}, "CostConsultation"},
      {{"POST", "/api/v1/cost-consultations/{id}/answer"}, "CostConsultation"},
      {{"POST", "/api/v1/cost-consultations/{id}/rating"}, "CostConsultation"},
      {{"GET", "/api/v1/rental-packages"}, "RentalPackageList"},
      {{"POST", "/api/v1/rental-packages"}, "RentalPackage"},
      {{"PUT", "/api/v1/rental-packages/{id}"}, "RentalPackage"},
      // Issue 11, rule P3: published information.
      {{"GET", "/api/v1/contractors"}, "ContractorPage"},
      {{"GET", "/api/v1/contractors/{id}"}, "Contractor"},
      {{"POST", "/api/v1/contractors"}, "Contractor"},
      {{"PUT", "/api/v1/contractors/{id}"}, "Contractor"},
      {{"POST", "/api/v1/contractors/{id}/expire"}, "Contractor"},
      {{"POST", "/api/v1/contractors/import"}, "Imported"},
      {{"GET", "/api/v1/publications"}, "PublicationList"},
      {{"PUT", "/api/v1/admin/settings/licence-expiring-days"}, "ExpiringDays"},
      {{"GET", "/api/v1/publications/versions"}, "PublicationList"},
      {{"POST", "/api/v1/publications"}, "Publication"},
      // Issue 11, rules M6/M5.
      {{"POST", "/api/v1/cases"}, "Case"},
      {{"GET", "/api/v1/cases"}, "CasePage"},
      {{"GET", "/api/v1/cases/{number}"}, "Case"},
      {{"POST", "/api/v1/cases/{number}/assign"}, "Case"},
      {{"POST", "/api/v1/cases/{number}/answer"}, "Case"},
      {{"POST", "/api/v1/cases/{number}/close"}, "Case"},
      {{"POST", "/api/v1/cases/{number}/rate"}, "Case"},
      {{"POST", "/api/v1/cases/lookup"}, "Case"},
      {{"POST", "/api/v1/cases/lookup/rate"}, "Case"},
      {{"GET", "/api/v1/cases/prohibitions"}, "ProhibitionCounts"},
      {{"POST", "/api/v1/callbacks"}, "Callback"},
      {{"GET", "/api/v1/callbacks"}, "CallbackPage"},
      {{"GET", "/api/v1/callbacks/accountability"}, "Accountability"},
  };
  return m;
}

json ref(const std::string& name) { return {{"$ref", "#/components/schemas/" + name}}; }

// "A|B" (an answer that depends on the action or the media type): oneOf the two.
json schema_ref(const std::string& names) {
  if (names.find('|') == std::string::npos) return ref(names);
  json one_of = json::array();
  for (std::size_t from = 0, bar = 0; bar != std::string::npos; from = bar + 1) {
    bar = names.find('|', from);
    const std::string name = names.substr(from, bar == std::string::npos ? std::string::npos : bar - from);
    one_of.push_back(ref(name));
  }
  return {{"oneOf", one_of}};
}

}  // namespace

void register_openapi_routes(Router& r, AppContext& /*ctx*/) {
  r.get("/api/v1/openapi.json", [&r](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    json paths = json::object();
    for (const auto& [method, pattern] : r.listing()) {
      const std::string path = openapi_path(pattern);
      std::string lower = method;
      for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      json op = {{"responses", {{"200", {{"description", "OK (201 for creations)"}}},
                                {"4XX", {{"description", "{\"error\":{\"code\",\"message\",\"message_zh\",\"message_en\",\"field\"}}"},
                                         {"content", {{"application/json", {{"schema", ref("Error")}}}}}}}}}};
      if (auto d = response_dtos().find({method, openapi_path(pattern)}); d != response_dtos().end())
        op["responses"]["200"]["content"] = {{"application/json", {{"schema", schema_ref(d->second)}}}};
      auto it = docs().find({method, path});
      if (it == docs().end()) {
        op["x-undocumented"] = true;
      } else {
        op["summary"] = it->second.summary;
        op["x-access"] = it->second.access;
        json params = json::array();
        for (const auto& p : it->second.params) params.push_back(p);
        for (const char* name : {"number", "id", "approval_number", "year"})
          if (path.find(std::string("{") + name + "}") != std::string::npos)
            params.push_back({{"name", name}, {"in", "path"}, {"required", true}, {"schema", {{"type", "string"}}}});
        if (!params.empty()) op["parameters"] = params;
        if (!it->second.request.is_null()) {
          // "x-content-type": the media type(s) when not JSON (multipart uploads, CSV imports).
          const json& types = it->second.request.contains("x-content-type") ? it->second.request.at("x-content-type") : json("application/json");
          json content = json::object();
          for (const auto& t : types.is_array() ? types : json::array({types})) content[t.get<std::string>()] = {{"schema", it->second.request}};
          op["requestBody"] = {{"required", true}, {"content", content}};
        }
      }
      paths[path][lower] = op;
    }
    json schemas = json::object();
    for (const auto& e : gp::dto::dto_examples()) schemas[e.name] = gp::dto::schema_of(e.full, e.bare);
    json doc = {{"openapi", "3.0.3"},
                {"info", {{"title", "GetPower 阳光业扩一站通 API"}, {"version", "1"},
                          {"description", "Applications for electricity, online: the county power-supply company's JSON API. "
                                          "Errors: {\"error\":{\"code\",\"message\",\"message_zh\",\"message_en\",\"field\"}}. "
                                          "Authenticate with Authorization: Bearer <token> (or the browser's HttpOnly cookie)."}}},
                {"servers", json::array({{{"url", "/"}}})},
                {"components", {{"securitySchemes", {{"bearer", {{"type", "http"}, {"scheme", "bearer"}}}}}, {"schemas", schemas}}},
                {"paths", paths}};
    write_json(res, 200, doc);
  });
}

}  // namespace gp::server
