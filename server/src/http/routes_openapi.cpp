// GET /api/v1/openapi.json: the whole API described (OpenAPI 3.0). Operations are documented here
// by hand; the document is assembled against the router's live route table, so a route without
// documentation shows up as "x-undocumented" (a test fails on it) and documentation of a route
// that does not exist cannot appear.
#include <map>
#include <regex>

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
    app_body["properties"]["customer"] = obj({{"phone", str()}, {"name", str()}, {"id_number", str()}}, {"phone", "name"});
    app_body["properties"]["preferred_manager"] = {{"type", "integer"}};
    app_body["required"] = {"business", "customer_type", "address"};
    m[{"GET", "/api/v1/health"}] = {"Liveness and version", "anyone", nullptr, {}};
    m[{"GET", "/api/v1/catalog"}] = {"The public catalogue: online businesses, documents, steps and limits, fees, supporting-works table, supervision phone (G1, G7, P3)", "anyone", nullptr, {}};
    m[{"GET", "/api/v1/calendar/add"}] = {"The date N working days after `from` (from not counted); confirmed=false when a year has no published holidays", "anyone", nullptr,
                                          {q("from", "YYYY-MM-DD", true), q("working_days", "0..3650", true, "integer")}};
    m[{"GET", "/api/v1/calendar/count"}] = {"Working days d with from < d <= to", "anyone", nullptr, {q("from", "YYYY-MM-DD", true), q("to", "YYYY-MM-DD", true)}};
    m[{"POST", "/api/v1/rules/evaluate"}] = {"Evaluate the policy's rules on an application's facts: the plan", "anyone", kFacts, {}};
    m[{"POST", "/api/v1/auth/register"}] = {"Register a customer (mobile number, password, name, optional resident ID); 201 with a session", "anyone",
                                            obj({{"phone", str()}, {"password", str()}, {"name", str()}, {"id_number", str()}}, {"phone", "password", "name"}), {}};
    m[{"POST", "/api/v1/auth/login"}] = {"Log in with a mobile number or staff username; sets the HttpOnly session cookie; 401 wrong credentials, 429 throttled", "anyone",
                                         obj({{"login", str()}, {"password", str()}}, {"login", "password"}), {}};
    m[{"POST", "/api/v1/auth/logout"}] = {"Revoke the current session", "logged in", nullptr, {}};
    m[{"GET", "/api/v1/auth/me"}] = {"The logged-in user", "logged in", nullptr, {}};
    m[{"POST", "/api/v1/applications"}] = {"Submit an application (customer online/kiosk, or staff at the service hall on a customer's behalf); 201 with the application", "customer, customer_manager, command_center, admin", app_body, {}};
    m[{"GET", "/api/v1/applications"}] = {"Customers: their own applications. Managers: those assigned to them. Command center/admin: the whole queue", "logged in", nullptr,
                                          {q("status", "open|in_progress|waiting_customer|completed|withdrawn"), q("stage", "stage code or done"), q("level", "normal|warning|overdue"),
                                           q("manager", "user id (command center/admin)", false, "integer"), q("q", "search number, name or phone"), q("sort", "urgency|newest"),
                                           q("page", "1..", false, "integer"), q("page_size", "1..200", false, "integer")}};
    m[{"GET", "/api/v1/applications/{number}"}] = {"One application: status, stages with deadlines and remaining working days, events, managers, documents, checklist, next_actions", "its customer; assigned managers; command center; admin", nullptr, {}};
    m[{"POST", "/api/v1/applications/{number}/actions"}] = {"Perform one of next_actions; 409 not possible now, 403 wrong role, 400 bad field", "as next_actions says",
                                                            obj({{"action", str()}, {"fields", {{"type", "object"}}}}, {"action"}), {}};
    m[{"POST", "/api/v1/applications/{number}/documents"}] = {"Upload a document (multipart: kind, file). PDF/JPEG/PNG recognised by content, at most 10 MB", "its customer; staff who see it",
                                                              {{"type", "object"}, {"x-content-type", "multipart/form-data"}, {"properties", {{"kind", str()}, {"file", {{"type", "string"}, {"format", "binary"}}}}}}, {}};
    m[{"GET", "/api/v1/applications/{number}/documents/{id}"}] = {"Download a document", "its customer; staff who see it", nullptr, {}};
    m[{"GET", "/api/v1/applications/{number}/contract"}] = {"The supply contract generated from the application (P1), with its SHA-256", "its customer; staff who see it", nullptr, {}};
    m[{"POST", "/api/v1/applications/{number}/contract/sign"}] = {"Sign the contract: re-enter the password or draw a signature; immutable once signed", "its customer",
                                                                  obj({{"sha256", str()}, {"method", {{"type", "string"}, {"enum", {"password", "drawn"}}}}, {"password", str()}, {"strokes", {{"type", "array"}}}}, {"sha256", "method"}), {}};
    m[{"POST", "/api/v1/applications/{number}/rating"}] = {"Rate the service and the customer manager once energized (M3)", "its customer",
                                                           obj({{"service_score", {{"type", "integer"}}}, {"manager_score", {{"type", "integer"}}}, {"comment", str()}}, {"service_score"}), {}};
    m[{"POST", "/api/v1/applications/{number}/manager"}] = {"Choose another customer manager (M3)", "its customer", obj({{"customer_manager", {{"type", "integer"}}}}, {"customer_manager"}), {}};
    m[{"GET", "/api/v1/managers"}] = {"Public list of customer managers: handled, average working days, satisfaction, open load (M3)", "anyone", nullptr, {}};
    m[{"GET", "/api/v1/track"}] = {"Progress without login (kiosk, SMS links): steps, states and dates only; 404 for a wrong phone; throttled", "anyone",
                                   nullptr, {q("number", "application number", true), q("phone", "the contact's mobile number", true)}};
    m[{"POST", "/api/v1/reservations"}] = {"Zero-document reservation (D4): online (contact within 18 hours) or, by staff, a phone call (dispatch within 20 minutes)", "anyone (throttled); staff for phone",
                                           obj({{"channel", str()}, {"name", str()}, {"phone", str()}, {"address", str()}, {"business", str()}, {"customer_type", str()}, {"note", str()}, {"call_ended_at", str()}}, {"customer_type", "address"}), {}};
    m[{"GET", "/api/v1/reservations"}] = {"Reservations: the customer's own; open ones for staff", "logged in", nullptr, {q("status", "open|handled|converted|cancelled")}};
    m[{"GET", "/api/v1/reservations/{number}"}] = {"One reservation", "its customer; staff", nullptr, {}};
    m[{"POST", "/api/v1/reservations/{number}/actions"}] = {"dispatch | contact | convert (into an application at the site survey) | cancel", "command center, customer managers",
                                                            obj({{"action", str()}, {"fields", {{"type", "object"}}}}, {"action"}), {}};
    m[{"GET", "/api/v1/notifications"}] = {"The inbox; `wait` seconds makes it a long poll", "logged in", nullptr,
                                           {q("after", "only ids above this", false, "integer"), q("limit", "1..200", false, "integer"), q("wait", "0..30 seconds", false, "integer")}};
    m[{"POST", "/api/v1/notifications/read"}] = {"Mark notifications read", "logged in", obj({{"ids", {{"type", "array"}}}, {"all", boolean()}}), {}};
    m[{"GET", "/api/v1/notifications/stream"}] = {"Server-sent events: one `notification` event per new item", "logged in", nullptr, {q("after", "resume after this id", false, "integer")}};
    m[{"POST", "/api/v1/admin/users"}] = {"Create a staff account", "admin",
                                          obj({{"username", str()}, {"password", str()}, {"name", str()}, {"role", str()}, {"phone", str()}}, {"username", "password", "name", "role"}), {}};
    m[{"GET", "/api/v1/admin/users"}] = {"Staff accounts", "admin, command center", nullptr, {}};
    m[{"POST", "/api/v1/admin/users/{id}/disabled"}] = {"Disable or enable a staff account (revokes its sessions)", "admin", obj({{"disabled", boolean()}}, {"disabled"}), {}};
    m[{"POST", "/api/v1/admin/sla/sweep"}] = {"Run the time-limit supervision sweep now (M1, M2)", "admin, command center", nullptr, {}};
    m[{"POST", "/api/v1/test/clock"}] = {"Tests only (--test-clock): set the server's now; 404 otherwise", "anyone, only with --test-clock", obj({{"now", str()}}, {"now"}), {}};
    m[{"GET", "/api/v1/openapi.json"}] = {"This document", "anyone", nullptr, {}};
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
  return pattern;
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
                                {"4XX", {{"description", "{\"error\":{\"code\",\"message\",\"message_zh\",\"message_en\",\"field\"}}"}}}}}};
      auto it = docs().find({method, path});
      if (it == docs().end()) {
        op["x-undocumented"] = true;
      } else {
        op["summary"] = it->second.summary;
        op["x-access"] = it->second.access;
        json params = json::array();
        for (const auto& p : it->second.params) params.push_back(p);
        for (const char* name : {"number", "id"})
          if (path.find(std::string("{") + name + "}") != std::string::npos)
            params.push_back({{"name", name}, {"in", "path"}, {"required", true}, {"schema", {{"type", "string"}}}});
        if (!params.empty()) op["parameters"] = params;
        if (!it->second.request.is_null()) {
          const bool multipart = it->second.request.contains("x-content-type");
          op["requestBody"] = {{"required", true},
                               {"content", {{multipart ? "multipart/form-data" : "application/json", {{"schema", it->second.request}}}}}};
        }
      }
      paths[path][lower] = op;
    }
    json doc = {{"openapi", "3.0.3"},
                {"info", {{"title", "GetPower 阳光业扩一站通 API"}, {"version", "1"},
                          {"description", "Applications for electricity, online: the county power-supply company's JSON API. "
                                          "Errors: {\"error\":{\"code\",\"message\",\"message_zh\",\"message_en\",\"field\"}}. "
                                          "Authenticate with Authorization: Bearer <token> (or the browser's HttpOnly cookie)."}}},
                {"servers", json::array({{{"url", "/"}}})},
                {"components", {{"securitySchemes", {{"bearer", {{"type", "http"}, {"scheme", "bearer"}}}}}}},
                {"paths", paths}};
    write_json(res, 200, doc);
  });
}

}  // namespace gp::server
