// The body of one application as a given caller may see it (the shared wire type
// gp::dto::ApplicationDetail): timeline with deadlines (rule P2), who holds each step, documents
// and checklist (rules D5, D7), events (rule M5), next actions (rule P1).
#include <algorithm>
#include <map>

#include "gp/dto/plan.h"
#include "gp/dto/application.h"
#include "gp/fees.h"
#include "gp/works_contract.h"
#include "services/application_service.h"
#include "services/rental_package_service.h"
#include "store/contract_rows.h"
#include "store/documents.h"
#include "store/rating_rows.h"
#include "store/works_contracts.h"

namespace gp::server {
namespace {

using nlohmann::json;

std::optional<std::string> opt_time(const std::optional<gp::Instant>& t) {
  return t ? std::optional<std::string>(gp::format_datetime_cst(*t)) : std::nullopt;
}

// Events a customer does not see: internal notes and the supervision trail.
bool internal_event(const std::string& type) {
  return type == "add_note" || type == "sla_warning" || type == "sla_overdue" || type == "escalated" ||
         type == "warning_acknowledged";
}

// rule P1: who the application waits for and why, in both languages ("party":"customer": the
// company's clock is paused meanwhile); none when it waits for no one.
std::optional<gp::dto::WaitingDto> waiting_of(const std::string& w) {
  if (w.empty()) return std::nullopt;
  const gp::WaitingText t = gp::waiting_text(w);
  return gp::dto::WaitingDto{w, t.party, t.zh, t.en};
}

}  // namespace

json ApplicationService::render(store::Conn& db, const Caller& c, const LoadedApplication& app) const {
  return detail(db, c, app);
}

gp::dto::ApplicationDetail ApplicationService::detail(store::Conn& db, const Caller& c, const LoadedApplication& app) const {
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
  auto person = [&](const std::string& id_text) -> std::optional<gp::dto::PartyDto> {
    if (id_text.empty() || id_text.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
    const auto& u = user(std::stoll(id_text));
    if (!u) return std::nullopt;
    // Staff contact details are public to the customer (rule P2: who holds the step). Login names
    // are for staff screens only: a customer who knows a staff username could aim password
    // guesses at it (issue 15, hole 5).
    gp::dto::PartyDto p{u->id, u->name, u->profile.value("phone", std::string()), std::nullopt, gp::to_string(u->role)};
    if (staff) p.username = u->username;
    return p;
  };

  gp::dto::ApplicationDetail d;
  d.number = app.row.number;
  d.status = gp::to_string(s.status);
  d.business = gp::dto::code_name(gp::named(plan.facts.business));
  d.customer_type = gp::dto::code_name(gp::named(plan.facts.customer_type));
  d.channel = app.row.channel;
  d.submitted_at = gp::format_datetime_cst(app.row.submitted_at);
  d.completed_at = opt_time(s.completed_at);
  d.withdrawn_at = opt_time(s.withdrawn_at);
  d.address = app.row.address;
  d.contact_name = app.row.contact_name;
  d.contact_phone = app.row.contact_phone;
  if (app.row.meter_lat) d.meter_location = gp::dto::LocationDto{*app.row.meter_lat, *app.row.meter_lng};
  d.customer_manager = person(s.customer_manager);
  d.project_manager = person(s.project_manager);

  d.plan = plan;  // a gp/dto/plan.h PlanDto on the wire (tests/server/wire_contract_test.cpp decodes it strictly)
  // rule F1: the one fee, as recorded with the supply plan (dual-power customers only).
  if (s.high_reliability_fee_fen)
    d.plan["high_reliability_fee"] = gp::dto::HighReliabilityFeeDto{*s.high_reliability_fee_fen, gp::format_yuan(*s.high_reliability_fee_fen), "F1"};
  // rule P4: the temporary-transformer rental package chosen at intake, as offered then.
  if (auto rental = rental_package_json(db, app.row.id); !rental.is_null()) d.plan["rental_package"] = rental;
  d.time_limit_working_days = plan.time_limit_working_days;
  d.sla = gp::dto::sla_dto(view.overall);
  d.deadline = opt_time(view.overall.deadline);
  d.remaining_working_days = view.overall.remaining;
  d.level = gp::to_string(view.level);
  d.escalation = static_cast<int>(view.escalation);
  if (const gp::PlanStage* cur = s.current_stage()) d.current_stage = gp::dto::CodeName{gp::to_string(cur->code), cur->name_zh, cur->name_en};

  for (const auto& sv : view.stages) {
    gp::dto::StageDto st;
    st.code = gp::to_string(sv.stage->code);
    st.name_zh = sv.stage->name_zh;
    st.name_en = sv.stage->name_en;
    st.state = gp::to_string(sv.state);
    st.customer_side = sv.stage->customer_side;
    st.limit_working_days = sv.stage->limit_working_days;
    st.started_at = opt_time(sv.started);
    st.done_at = opt_time(sv.done);
    st.rules = sv.stage->rules;
    if (!sv.stage->source.empty()) st.source = sv.stage->source;  // rule T6
    if (sv.sla) st.sla = gp::dto::sla_dto(*sv.sla);
    // Who holds the step: the customer on their own time, the project manager for works, else the customer manager.
    if (sv.stage->customer_side || (sv.state == gp::StageState::active && !s.waiting_for.empty())) st.holder.role = "customer";
    else if (d.customer_manager) st.holder = *d.customer_manager;
    else st.holder.role = "command_center";
    d.stages.push_back(std::move(st));
  }
  d.waiting_for = s.waiting_for;
  d.waiting_message = s.waiting_message;
  d.waiting = waiting_of(s.waiting_for);

  // Documents and the checklists (rules D5, D7).
  for (const auto& doc : store::documents_of_application(db, app.row.id))
    d.documents.push_back({doc.id, doc.kind, doc.filename, doc.mime, doc.size, doc.sha256, gp::format_datetime_cst(doc.uploaded_at),
                           "/api/v1/applications/" + app.row.number + "/documents/" + std::to_string(doc.id)});
  for (const auto& doc : plan.documents)
    d.checklist.push_back({gp::to_string(doc.code), gp::named(doc.code).zh, gp::named(doc.code).en,
                           s.documents.count(doc.code) != 0 ? "present" : "missing", doc.rule});
  for (const auto& e : gp::archive_checklist_for(plan.facts, plan.design_review))
    d.archive_checklist.push_back({e.item->stage, e.item->stage_zh, e.item->stage_en, e.item->code, e.item->zh, e.item->en,
                                   e.mark == gp::Mark::required ? "required" : "conditional",
                                   e.needed ? (e.mark == gp::Mark::required ? "required" : "needed") : "conditional"});

  // Supporting works with their W1 limits and W2 contract dates.
  auto wsla = gp::works_sla(s, *cal, now, cfg_.current()->sla);
  bool breach = false;
  for (std::size_t i = 0; i < s.works.size(); ++i) {
    const auto& w = s.works[i];
    gp::dto::WorksItemDto wd;
    wd.item = static_cast<int>(i + 1);
    wd.kind = gp::to_string(w.item.kind);
    wd.name_zh = gp::named(w.item.kind).zh;
    wd.name_en = gp::named(w.item.kind).en;
    wd.voltage_kv = w.item.voltage_kv;
    wd.urgent = w.item.urgent;
    wd.limit_working_days = w.limit_working_days;
    wd.funding_route = gp::named(w.funding).code;
    wd.funding_route_zh = gp::named(w.funding).zh;
    wd.agreed_completion_date = w.agreed_completion.iso();
    wd.started_at = gp::format_datetime_cst(w.started);
    wd.done_at = opt_time(w.done);
    wd.sla = gp::dto::sla_dto(wsla[i]);
    wd.breach = gp::works_breached(w, now);  // rule W2: the agreed date missed (违约)
    wd.contract_signed = i < s.works_contract_signed;
    breach = breach || wd.breach;
    d.supporting_works.push_back(std::move(wd));
  }
  // Rule W2: the works contract (服务契约): its latest version and whether the customer signed it.
  if (auto wc = store::latest_works_contract(db, app.row.id))
    d.works_contract = gp::dto::WorksContractDto{wc->version, wc->sha256, wc->signed_at.has_value(), opt_time(wc->signed_at), breach,
                                                 "/api/v1/applications/" + app.row.number + "/works-contract"};

  // The two clocks (rule T4): the application's limit, company time only, and the supporting works'
  // own clock (W1 limits, W2 agreed dates). For 10 kV and above the first excludes the second.
  d.clocks.application = {plan.time_limit_rule, plan.time_limit_working_days, gp::limit_excludes_supporting_works(plan), true, d.sla};
  if (!s.works.empty()) {
    gp::dto::WorksClockDto wc;
    std::optional<gp::Date> agreed;
    for (const auto& w : s.works) {
      wc.limit_working_days = std::max(wc.limit_working_days, w.limit_working_days);
      if (!w.done) ++wc.open_items;
      if (!agreed || *agreed < w.agreed_completion) agreed = w.agreed_completion;
    }
    wc.elapsed_working_days = gp::supporting_works_working_days(s, *cal, now);
    wc.items = static_cast<int>(s.works.size());
    if (agreed) wc.agreed_completion_date = agreed->iso();
    wc.level = gp::to_string(view.works_level);
    wc.counted_in_application_limit = !gp::limit_excludes_supporting_works(plan);
    d.clocks.supporting_works = wc;
  }

  for (const auto& se : app.events) {
    const auto& e = se.event;
    if (!staff && internal_event(e.type)) continue;
    const gp::Named n = gp::event_named(e.type);
    gp::dto::EventDto ed{e.seq, gp::format_datetime_cst(e.at), e.type, n.zh, n.en, std::nullopt, gp::to_string(e.role), e.channel, e.data};
    if (se.actor_id) {
      if (const auto& u = user(*se.actor_id)) ed.actor = gp::dto::PartyDto{u->id, u->name, std::nullopt, std::nullopt, gp::to_string(u->role)};
    } else {
      ed.actor = gp::dto::PartyDto{std::nullopt, "系统", std::nullopt, std::nullopt, "system"};
    }
    d.events.push_back(std::move(ed));
  }

  for (const auto& a : gp::next_actions(s, actor_for(c, app.row), option_lists(db, app)))
    d.next_actions.push_back(gp::dto::next_action_dto(a, app.row.number));

  d.contract.available = s.contract_available();
  d.contract.is_signed = s.contract_signed;
  if (auto k = store::contract_summary(db, app.row.id)) {
    d.contract.sha256 = k->sha256;
    d.contract.signed_at = opt_time(k->signed_at);
    d.contract.method = k->method;
  }
  if (auto r = store::rating_of(db, app.row.id)) d.rating = gp::dto::RatingDto{r->service_score, r->manager_score, r->comment, gp::format_datetime_cst(r->at)};
  if (s.intended_connection_date) d.intended_connection_date = s.intended_connection_date->iso();

  if (staff) {
    if (const auto& u = user(app.row.customer_id)) {
      // A hall record has no phone of its own (issue 15): staff see the number they typed.
      const bool hall_record = u->phone.empty() && u->profile.contains("hall_phone");
      d.customer = gp::dto::CustomerDto{u->id, u->name, hall_record ? u->profile.at("hall_phone").get<std::string>() : u->phone, std::nullopt};
      if (hall_record) d.customer->online_account = false;  // not yet claimed with the receipt's code
    }
  }
  return d;
}

}  // namespace gp::server
