// The JSON of one application as a given caller may see it: timeline with deadlines (rule P2),
// who holds each step, documents and checklist (rules D5, D7), events (rule M5), next actions.
#include <algorithm>

#include "gp/fees.h"
#include "services/application_service.h"

#include "gp/works_contract.h"
#include "store/contract_rows.h"
#include "store/documents.h"
#include "store/rating_rows.h"
#include "store/works_contracts.h"

namespace gp::server {
namespace {

using nlohmann::json;

json opt_time(const std::optional<gp::Instant>& t) { return t ? json(gp::format_datetime_cst(*t)) : json(nullptr); }

json names_of(const gp::Named& n) { return {{"code", n.code}, {"name_zh", n.zh}, {"name_en", n.en}}; }

json sla_json(const gp::SlaStatus& s) {
  return {{"deadline", opt_time(s.deadline)},
          {"warning_at", opt_time(s.warning_at)},
          {"elapsed_working_days", s.used},
          {"remaining_working_days", s.remaining},
          {"used_fraction", s.used_fraction},
          {"level", gp::to_string(s.level)},
          {"escalation", static_cast<int>(s.escalation)},
          {"escalation_to", gp::to_string(s.escalation)},
          {"paused", s.paused},
          {"done", s.done},
          {"on_time", s.on_time},
          {"calendar_confirmed", s.confirmed}};
}

json field_json(const gp::FieldSpec& f) {
  json opts = json::array();
  for (const auto& o : f.options) opts.push_back({{"value", o.value}, {"label_zh", o.label_zh}, {"label_en", o.label_en}});
  json j = {{"name", f.name}, {"type", gp::to_string(f.type)}, {"required", f.required}, {"options", opts},
            {"label_zh", f.label_zh}, {"label_en", f.label_en}};
  if (f.type == gp::FieldType::string || f.type == gp::FieldType::text) j["max_length"] = f.max_length;
  if (f.type == gp::FieldType::number) {
    j["min"] = f.min;
    j["max"] = f.max;
  }
  return j;
}

// Events a customer does not see: internal notes and the supervision trail.
bool internal_event(const std::string& type) {
  return type == "add_note" || type == "sla_warning" || type == "sla_overdue" || type == "escalated" ||
         type == "warning_acknowledged";
}

// rule P1: who the application waits for and why, in both languages ("party":"customer": the
// company's clock is paused meanwhile); null when it waits for no one.
json waiting_json(const std::string& w) {
  if (w.empty()) return nullptr;
  const gp::WaitingText t = gp::waiting_text(w);
  return {{"for", w}, {"party", t.party}, {"message_zh", t.zh}, {"message_en", t.en}};
}

}  // namespace

json ApplicationService::render(store::Conn& db, const Caller& c, const LoadedApplication& app) const {
  const gp::AppState& s = app.state;
  const gp::Plan& plan = s.plan;
  const bool staff = gp::is_staff(c.role);
  auto cal = cal_.current();
  const gp::Instant now = clock_.now();
  const auto view = gp::view_of(s, *cal, now, cfg_.current()->sla);

  std::map<std::int64_t, std::optional<store::User>> users;
  auto user = [&](std::int64_t id) -> const std::optional<store::User>& {
    auto it = users.find(id);
    if (it == users.end()) it = users.emplace(id, store::find_user(db, id)).first;
    return it->second;
  };
  auto person = [&](const std::string& id_text) -> json {
    if (id_text.empty() || id_text.find_first_not_of("0123456789") != std::string::npos) return nullptr;
    const auto& u = user(std::stoll(id_text));
    if (!u) return nullptr;
    // Staff contact details are public to the customer (rule P2: who holds the step).
    json p = {{"id", u->id}, {"name", u->name}, {"role", gp::to_string(u->role)},
            {"phone", u->profile.value("phone", std::string())}};
    // Login names are for staff screens only: a customer who knows a staff username could aim
    // password guesses at it (issue 15, hole 5).
    if (staff) p["username"] = u->username;
    return p;
  };
  const json cm = person(s.customer_manager);
  const json pm = person(s.project_manager);

  json plan_json = plan;
  // rule F1: the one fee, as recorded with the supply plan (dual-power customers only).
  if (s.high_reliability_fee_fen)
    plan_json["high_reliability_fee"] = {{"fen", *s.high_reliability_fee_fen}, {"yuan", gp::format_yuan(*s.high_reliability_fee_fen)},
                                         {"rule", "F1"}};
  json stages = json::array();
  for (std::size_t i = 0; i < view.stages.size(); ++i) {
    const auto& sv = view.stages[i];
    json st = {{"code", gp::to_string(sv.stage->code)}, {"name_zh", sv.stage->name_zh}, {"name_en", sv.stage->name_en},
               {"state", gp::to_string(sv.state)}, {"customer_side", sv.stage->customer_side},
               {"limit_working_days", sv.stage->limit_working_days ? json(*sv.stage->limit_working_days) : json(nullptr)},
               {"started_at", opt_time(sv.started)}, {"done_at", opt_time(sv.done)}, {"rules", sv.stage->rules},
               {"source", sv.stage->source.empty() ? json(nullptr) : json(sv.stage->source)}};  // rule T6
    if (sv.sla) {
      json sj = sla_json(*sv.sla);
      for (auto it = sj.begin(); it != sj.end(); ++it) st[it.key()] = it.value();
    } else {
      st["deadline"] = nullptr;
      st["remaining_working_days"] = nullptr;
      st["level"] = "normal";
    }
    // Who holds the step: the customer on their own time, the project manager for works, else the customer manager.
    if (sv.stage->customer_side || (sv.state == gp::StageState::active && !s.waiting_for.empty()))
      st["holder"] = {{"role", "customer"}};
    else
      st["holder"] = cm.is_null() ? json{{"role", "command_center"}} : cm;
    stages.push_back(st);
  }

  // Documents and the checklist (rules D5, D7).
  json docs = json::array();
  for (const auto& d : store::documents_of_application(db, app.row.id))
    docs.push_back({{"id", d.id}, {"kind", d.kind}, {"filename", d.filename},
                    {"mime", d.mime}, {"size", d.size}, {"sha256", d.sha256},
                    {"uploaded_at", gp::format_datetime_cst(d.uploaded_at)},
                    {"url", "/api/v1/applications/" + app.row.number + "/documents/" + std::to_string(d.id)}});
  json checklist = json::array();
  for (const auto& d : plan.documents) {
    const bool present = s.documents.count(d.code) != 0;
    checklist.push_back({{"code", gp::to_string(d.code)}, {"name_zh", gp::named(d.code).zh}, {"name_en", gp::named(d.code).en},
                         {"state", present ? "present" : "missing"}, {"rule", d.rule}});
  }
  json archive = json::array();
  for (const auto& e : gp::archive_checklist_for(plan.facts, plan.design_review))
    archive.push_back({{"stage", e.item->stage}, {"stage_zh", e.item->stage_zh}, {"stage_en", e.item->stage_en},
                       {"code", e.item->code}, {"name_zh", e.item->zh}, {"name_en", e.item->en},
                       {"mark", e.mark == gp::Mark::required ? "required" : "conditional"},
                       {"state", e.needed ? (e.mark == gp::Mark::required ? "required" : "needed") : "conditional"}});

  // Supporting works with their W1 limits and W2 contract dates.
  json works = json::array();
  auto wsla = gp::works_sla(s, *cal, now, cfg_.current()->sla);
  for (std::size_t i = 0; i < s.works.size(); ++i) {
    const auto& w = s.works[i];
    json wj = {{"item", i + 1}, {"kind", gp::to_string(w.item.kind)}, {"name_zh", gp::named(w.item.kind).zh},
               {"name_en", gp::named(w.item.kind).en}, {"voltage_kv", w.item.voltage_kv}, {"urgent", w.item.urgent},
               {"limit_working_days", w.limit_working_days}, {"funding_route", gp::named(w.funding).code},
               {"funding_route_zh", gp::named(w.funding).zh}, {"agreed_completion_date", w.agreed_completion.iso()},
               {"started_at", gp::format_datetime_cst(w.started)}, {"done_at", opt_time(w.done)}};
    json sj = sla_json(wsla[i]);
    for (auto it = sj.begin(); it != sj.end(); ++it) wj[it.key()] = it.value();
    wj["breach"] = gp::works_breached(w, now);  // rule W2: the agreed date missed (违约)
    wj["contract_signed"] = i < s.works_contract_signed;
    works.push_back(wj);
  }
  // Rule W2: the works contract (服务契约): its latest version and whether the customer signed it.
  json works_contract = nullptr;
  if (auto wc = store::latest_works_contract(db, app.row.id)) {
    bool breach = false;
    for (const auto& w : s.works) breach = breach || gp::works_breached(w, now);
    works_contract = {{"version", wc->version}, {"sha256", wc->sha256}, {"signed", wc->signed_at.has_value()},
                      {"signed_at", opt_time(wc->signed_at)}, {"breach", breach},
                      {"url", "/api/v1/applications/" + app.row.number + "/works-contract"}};
  }

  // The two clocks (rule T4): the application's limit, company time only, and the supporting works'
  // own clock (W1 limits, W2 agreed dates). For 10 kV and above the first excludes the second.
  json clocks = {{"application", {{"rule", plan.time_limit_rule},
                                  {"limit_working_days", plan.time_limit_working_days},
                                  {"excludes_supporting_works", gp::limit_excludes_supporting_works(plan)},
                                  {"excludes_customer_time", true}}}};
  {
    json sj = sla_json(view.overall);
    for (auto it = sj.begin(); it != sj.end(); ++it) clocks["application"][it.key()] = it.value();
  }
  if (!s.works.empty()) {
    int limit = 0, open = 0;
    std::optional<gp::Date> agreed;
    for (const auto& w : s.works) {
      limit = std::max(limit, w.limit_working_days);
      if (!w.done) ++open;
      if (!agreed || *agreed < w.agreed_completion) agreed = w.agreed_completion;
    }
    clocks["supporting_works"] = {{"rules", {"W1", "W2"}},
                                  {"limit_working_days", limit},
                                  {"elapsed_working_days", gp::supporting_works_working_days(s, *cal, now)},
                                  {"items", s.works.size()},
                                  {"open_items", open},
                                  {"agreed_completion_date", agreed ? json(agreed->iso()) : json(nullptr)},
                                  {"level", gp::to_string(view.works_level)},
                                  {"counted_in_application_limit", !gp::limit_excludes_supporting_works(plan)}};
  } else {
    clocks["supporting_works"] = nullptr;
  }

  json events = json::array();
  for (const auto& se : app.events) {
    const auto& e = se.event;
    if (!staff && internal_event(e.type)) continue;
    const gp::Named n = gp::event_named(e.type);
    json actor = nullptr;
    if (se.actor_id) {
      const auto& u = user(*se.actor_id);
      if (u) actor = {{"id", u->id}, {"name", u->name}, {"role", gp::to_string(u->role)}};
    } else {
      actor = {{"role", "system"}, {"name", "系统"}};
    }
    events.push_back({{"seq", e.seq}, {"at", gp::format_datetime_cst(e.at)}, {"type", e.type}, {"label_zh", n.zh},
                      {"label_en", n.en}, {"actor", actor}, {"role", gp::to_string(e.role)}, {"channel", e.channel},
                      {"data", e.data}});
  }

  json next = json::array();
  for (const auto& a : gp::next_actions(s, actor_for(c, app.row), option_lists(db, app))) {
    json fields = json::array();
    for (const auto& f : a.fields) fields.push_back(field_json(f));
    json aj = {{"action", a.action}, {"label_zh", a.label_zh}, {"label_en", a.label_en}, {"fields", fields}};
    if (!a.route.empty()) {  // rule P1: e.g. signing the contract, at its own route (not .../actions)
      aj["method"] = "POST";
      aj["route"] = "/api/v1/applications/" + app.row.number + "/" + a.route;
      if (!a.read.empty()) aj["read"] = "/api/v1/applications/" + app.row.number + "/" + a.read;
    }
    next.push_back(aj);
  }

  json contract = {{"available", s.contract_available()}, {"signed", s.contract_signed}};
  if (auto c = store::contract_summary(db, app.row.id)) {
    contract["sha256"] = c->sha256;
    contract["signed_at"] = c->signed_at ? json(gp::format_datetime_cst(*c->signed_at)) : json(nullptr);
    contract["method"] = c->method ? json(*c->method) : json(nullptr);
  }
  json rating = nullptr;
  if (auto r = store::rating_of(db, app.row.id))
    rating = {{"service_score", r->service_score},
              {"manager_score", r->manager_score ? json(*r->manager_score) : json(nullptr)},
              {"comment", r->comment}, {"at", gp::format_datetime_cst(r->at)}};

  const gp::PlanStage* cur = s.current_stage();
  json out = {
      {"number", app.row.number},
      {"status", gp::to_string(s.status)},
      {"business", names_of(gp::named(plan.facts.business))},
      {"customer_type", names_of(gp::named(plan.facts.customer_type))},
      {"channel", app.row.channel},
      {"submitted_at", gp::format_datetime_cst(app.row.submitted_at)},
      {"completed_at", opt_time(s.completed_at)},
      {"withdrawn_at", opt_time(s.withdrawn_at)},
      {"address", app.row.address},
      {"contact_name", app.row.contact_name},
      {"contact_phone", app.row.contact_phone},
      {"meter_location", app.row.meter_lat ? json{{"latitude", *app.row.meter_lat}, {"longitude", *app.row.meter_lng}} : json(nullptr)},
      {"plan", plan_json},
      {"time_limit_working_days", plan.time_limit_working_days},
      {"sla", sla_json(view.overall)},
      {"clocks", clocks},
      {"deadline", opt_time(view.overall.deadline)},
      {"remaining_working_days", view.overall.remaining},
      {"level", gp::to_string(view.level)},
      {"escalation", static_cast<int>(view.escalation)},
      {"current_stage", cur ? json{{"code", gp::to_string(cur->code)}, {"name_zh", cur->name_zh}, {"name_en", cur->name_en}} : json(nullptr)},
      {"stages", stages},
      {"waiting_for", s.waiting_for},
      {"waiting_message", s.waiting_message},
      {"waiting", waiting_json(s.waiting_for)},
      {"customer_manager", cm},
      {"project_manager", pm},
      {"documents", docs},
      {"checklist", checklist},
      {"archive_checklist", archive},
      {"supporting_works", works},
      {"contract", contract},
      {"works_contract", works_contract},
      {"intended_connection_date", s.intended_connection_date ? json(s.intended_connection_date->iso()) : json(nullptr)},
      {"rating", rating},
      {"events", events},
      {"next_actions", next},
  };
  if (staff) {
    if (const auto& u = user(app.row.customer_id)) {
      // A hall record has no phone of its own (issue 15): staff see the number they typed.
      const bool hall_record = u->phone.empty() && u->profile.contains("hall_phone");
      out["customer"] = {{"id", u->id}, {"name", u->name},
                         {"phone", hall_record ? u->profile.at("hall_phone").get<std::string>() : u->phone}};
      if (hall_record) out["customer"]["online_account"] = false;  // not yet claimed with the receipt's code
    }
  }
  return out;
}

}  // namespace gp::server
