#include "services/application_service.h"
#include "services/rental_package_service.h"

#include "gp/works_contract.h"
#include "gp/dto/outcomes.h"
#include "services/hall_claim_service.h"

#include <algorithm>
#include <cstring>

#include <sodium.h>

#include "gp/dto/lists.h"
#include "gp/validate.h"
#include "services/contract_issue.h"
#include "services/service_error.h"
#include "store/documents.h"
#include "store/manager_load.h"
#include "store/pool.h"

namespace gp::server {
namespace {

using nlohmann::json;
using K = ServiceError::Kind;

const std::set<std::string> kBodyKeys = {"address", "contact_name", "contact_phone", "channel", "customer", "preferred_manager",
                                         "intended_connection_date", "rental_package_id"};  // rental: rule P4

// `prefix` names the enclosing object in errors ("customer." for the hall's customer record), so
// the client is pointed at customer.phone, not at a top-level "phone" that does not exist.
std::string text_field(const json& body, const char* key, bool required, std::size_t min_chars, std::size_t max_chars,
                       const std::string& prefix = "") {
  const std::string field = prefix + key;
  if (!body.contains(key) || body.at(key).is_null()) {
    if (required) fail(K::invalid, "required", field, "缺少必填字段 " + field, "missing required field " + field);
    return "";
  }
  if (!body.at(key).is_string()) fail(K::invalid, "invalid_type", field, field + " 应为字符串", field + " must be a string");
  std::string v = body.at(key).get<std::string>();
  if (auto e = gp::validate::text(v, field, min_chars, max_chars)) fail(K::invalid, *e);
  return v;
}

std::optional<std::int64_t> parse_id(const std::string& s) {
  if (s.empty() || s.size() > 18 || s.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  return std::stoll(s);
}

}  // namespace

ApplicationService::ApplicationService(store::Database& db, CalendarService& cal, ConfigService& cfg, Clock& clock, Notifier& n)
    : db_(db), cal_(cal), cfg_(cfg), clock_(clock), notifier_(n) {}

// ---------------------------------------------------------------------------------------------
// Loading: the state is always the replay of the events (rule M5).
// ---------------------------------------------------------------------------------------------
std::shared_ptr<const gp::AppState> ApplicationService::replay(const store::ApplicationRow& row,
                                                               const std::vector<store::StoredEvent>& events,
                                                               const std::shared_ptr<const gp::ServiceConfig>& cfg) const {
  auto facts = gp::parse_facts(row.facts);
  if (!facts) throw std::runtime_error("stored facts of " + row.number + " no longer parse: " + facts.error().message_en);
  auto plan = gp::evaluate(facts.value(), *cfg);
  if (!plan) throw std::runtime_error("stored facts of " + row.number + " no longer evaluate");
  gp::Plan p = plan.value();
  // The limits the customer was promised at submission stay in force (configuration may change).
  if (row.stage_limits.is_array() && row.stage_limits.size() == p.stages.size()) {
    for (std::size_t i = 0; i < p.stages.size(); ++i)
      if (row.stage_limits[i].is_number_integer()) p.stages[i].limit_working_days = row.stage_limits[i].get<int>();
    p.time_limit_working_days = p.limit_from(0);
  }
  gp::apply_channel(p, row.channel);  // rule D8: the archive flag follows the channel
  auto state = std::make_shared<gp::AppState>(gp::start_application(p, row.submitted_at, row.channel));
  for (const auto& e : events)
    gp::apply_event(*state, e.event);  // "submitted" too: it carries the intended connection date (rule W2)
  return state;
}

std::shared_ptr<const gp::AppState> ApplicationService::cached(std::int64_t id, const std::string& last_hash,
                                                               const std::shared_ptr<const gp::ServiceConfig>& cfg) const {
  std::lock_guard<std::mutex> lock(cache_mu_);
  auto it = cache_.find(id);
  if (it == cache_.end() || it->second.last_hash != last_hash || it->second.cfg != cfg) return nullptr;
  return it->second.state;
}

void ApplicationService::remember(std::int64_t id, const std::string& last_hash, const std::shared_ptr<const gp::ServiceConfig>& cfg,
                                  std::shared_ptr<const gp::AppState> state) const {
  std::lock_guard<std::mutex> lock(cache_mu_);
  if (cache_.size() >= kStateCacheSize && !cache_.count(id)) cache_.clear();
  cache_[id] = {last_hash, cfg, std::move(state)};
}

LoadedApplication ApplicationService::load(store::Conn& db, const store::ApplicationRow& row) const {
  LoadedApplication a;
  a.row = row;
  a.events = store::events_of_application(db, row.id);
  const auto cfg = cfg_.current();
  const std::string last = a.events.empty() ? std::string() : a.events.back().hash;
  auto state = cached(row.id, last, cfg);
  if (!state) {
    state = replay(row, a.events, cfg);
    remember(row.id, last, cfg, state);
  }
  a.state = *state;  // the caller's own copy: actions change it
  return a;
}

std::shared_ptr<const gp::AppState> ApplicationService::state_of(store::Conn& db, const store::ApplicationRow& row) const {
  const auto cfg = cfg_.current();
  if (auto state = cached(row.id, store::last_event_hash(db, row.id), cfg)) return state;
  const auto events = store::events_of_application(db, row.id);
  const std::string last = events.empty() ? std::string() : events.back().hash;
  auto state = replay(row, events, cfg);
  remember(row.id, last, cfg, state);
  return state;
}

bool ApplicationService::visible_to(const Caller& c, const store::ApplicationRow& row) const {
  switch (c.role) {
    case gp::Role::customer: return row.customer_id == c.user_id;
    case gp::Role::customer_manager: return row.customer_manager_id == c.user_id;
    case gp::Role::project_manager: return row.project_manager_id == c.user_id;
    case gp::Role::command_center:
    case gp::Role::admin: return true;
    case gp::Role::system: return true;
    case gp::Role::discipline_inspector: return false;  // rule M6: reports, not applications
  }
  return false;
}

LoadedApplication ApplicationService::load_visible(store::Conn& db, const Caller& c, const std::string& number) const {
  if (number.empty() || number.size() > 40) not_found("申请", "application");
  auto row = store::find_application_by_number(db, number);
  if (!row || !visible_to(c, *row)) not_found("申请", "application");  // never disclose another's application
  return load(db, *row);
}

gp::Actor ApplicationService::actor_for(const Caller& c, const store::ApplicationRow& row) const {
  gp::Actor a;
  a.role = c.role;
  a.owner = c.role == gp::Role::customer && row.customer_id == c.user_id;
  a.assigned_customer_manager = c.role == gp::Role::customer_manager && row.customer_manager_id == c.user_id;
  a.assigned_project_manager = c.role == gp::Role::project_manager && row.project_manager_id == c.user_id;
  return a;
}

gp::OptionLists ApplicationService::option_lists(store::Conn& db, const LoadedApplication& app) const {
  gp::OptionLists l;
  for (auto [role, key] : {std::pair{gp::Role::customer_manager, "customer_managers"}, std::pair{gp::Role::project_manager, "project_managers"}}) {
    auto& v = l[key];
    for (const auto& u : store::users_with_role(db, role))
      v.push_back({std::to_string(u.id), u.name + "（" + u.username + "）", u.name + " (" + u.username + ")"});
  }
  auto& docs = l["documents"];
  for (const auto& d : store::documents_of_application(db, app.row.id)) {
    const std::string id = std::to_string(d.id);
    docs.push_back({id, id + ". " + d.filename, id + ". " + d.filename});
  }
  return l;
}

bool ApplicationService::refresh_derived(store::Conn& db, LoadedApplication& app, gp::Instant now) {
  auto cal = cal_.current();
  auto view = gp::view_of(app.state, *cal, now, cfg_.current()->sla);
  store::Derived d;
  d.status = gp::to_string(app.state.status);
  d.stage = app.state.current_stage() ? gp::to_string(app.state.current_stage()->code) : "done";
  d.customer_manager_id = parse_id(app.state.customer_manager);
  d.project_manager_id = parse_id(app.state.project_manager);
  d.level = gp::to_string(view.level);
  d.escalation = static_cast<int>(view.escalation);
  d.deadline = view.overall.deadline;
  d.completed_at = app.state.completed_at ? app.state.completed_at : app.state.withdrawn_at;
  d.updated_at = app.row.updated_at;
  d.sla_next_at = gp::next_sla_change(app.state, *cal, now, cfg_.current()->sla);
  const bool changed = d.status != app.row.status || d.stage != app.row.stage || d.customer_manager_id != app.row.customer_manager_id ||
                       d.project_manager_id != app.row.project_manager_id || d.level != app.row.level ||
                       d.escalation != app.row.escalation || d.deadline != app.row.deadline || d.completed_at != app.row.completed_at ||
                       d.sla_next_at != app.row.sla_next_at;
  if (!changed) return false;
  store::update_derived(db, app.row.id, d);
  app.row.status = d.status;
  app.row.stage = d.stage;
  app.row.customer_manager_id = d.customer_manager_id;
  app.row.project_manager_id = d.project_manager_id;
  app.row.level = d.level;
  app.row.escalation = d.escalation;
  app.row.deadline = d.deadline;
  app.row.completed_at = d.completed_at;
  app.row.sla_next_at = d.sla_next_at;
  return true;
}

void ApplicationService::append(store::Conn& db, LoadedApplication& app, const gp::Event& e,
                                std::optional<std::int64_t> actor, bool notify) {
  auto stored = store::append_event(db, app.row.id, 0, e, actor);
  gp::apply_event(app.state, stored.event);
  app.events.push_back(stored);
  issue_contract_if_due(db, app, *cfg_.current(), e.at);  // rule P1: the step that settles the terms writes the contract
  issue_works_contract_if_due(db, app, *cfg_.current(), e.at);  // rule W2: recorded works write the 服务契约
  app.row.updated_at = e.at;
  refresh_derived(db, app, e.at);
  store::set_updated_at(db, app.row.id, e.at);
  if (!notify) return;
  // rule P1: progress pushed to the customer; the managers hear of the customer's moves.
  const gp::Named n = gp::event_named(e.type);
  const std::string stage_zh = app.state.current_stage() ? app.state.current_stage()->name_zh : "已办结";
  const std::string stage_en = app.state.current_stage() ? app.state.current_stage()->name_en : "finished";
  Notice notice;
  notice.application_id = app.row.id;
  notice.kind = e.type;
  notice.title_zh = app.row.number + " " + n.zh;
  notice.title_en = app.row.number + " " + n.en;
  notice.body_zh = "当前环节：" + stage_zh;
  notice.body_en = "Current step: " + stage_en;
  const bool internal = e.type == "add_note";
  if (!internal && actor != app.row.customer_id) {
    notice.user_id = app.row.customer_id;
    notifier_.add(db, notice, e.at);
  }
  if (e.role == gp::Role::customer || e.role == gp::Role::system) {
    for (auto m : {app.row.customer_manager_id, app.row.project_manager_id})
      if (m && m != actor) {
        notice.user_id = *m;
        notifier_.add(db, notice, e.at);
      }
  }
}

// ---------------------------------------------------------------------------------------------
// Use cases
// ---------------------------------------------------------------------------------------------
json ApplicationService::create(const Caller& c, const json& body) {
  auto result = db_.write([&](store::Conn& db) { return create_in(db, c, body); });
  notifier_.announce();
  return result;
}

// The body of create() inside the caller's write transaction, so that a reservation's conversion
// creates the application and links it in one transaction (two clicks cannot make two).
json ApplicationService::create_in(store::Conn& db, const Caller& c, const json& body) {
  if (!body.is_object()) fail(K::invalid, "invalid_type", "", "请求体应为 JSON 对象", "the body must be a JSON object");
  const bool staff = gp::is_staff(c.role);
  if (staff && c.role == gp::Role::project_manager)
    fail(K::forbidden, "forbidden", "", "项目经理不受理申请", "project managers do not take applications");

  // The facts, validated and evaluated by shared/ — the same code the browser ran.
  auto plan = gp::evaluate_json(body, *cfg_.current(), kBodyKeys);
  if (!plan) fail(K::invalid, plan.error());

  const std::string address = text_field(body, "address", true, 2, 200);
  // rule W2: the customer's intended connection date bounds the supporting works when the plan has
  // no customer-works step; optional.
  std::optional<gp::Date> intended;
  if (body.contains("intended_connection_date") && !body.at("intended_connection_date").is_null()) {
    if (!body.at("intended_connection_date").is_string())
      fail(K::invalid, "invalid_type", "intended_connection_date", "期望接电日期应为文字 YYYY-MM-DD", "intended_connection_date must be a string YYYY-MM-DD");
    auto d = gp::parse_intended_connection_date(body.at("intended_connection_date").get<std::string>(), gp::cst_date(clock_.now()),
                                                "intended_connection_date");
    if (!d) fail(K::invalid, d.error());
    intended = d.value();
  }
  std::string channel = staff ? "service_hall" : "online";
  if (body.contains("channel")) {
    if (!body.at("channel").is_string()) fail(K::invalid, "invalid_type", "channel", "channel 应为字符串", "channel must be a string");
    channel = body.at("channel").get<std::string>();
    // rule D2: only two intake channels, the service hall and online (the kiosk stands in the hall).
    // Proactive service (主动办电, rules S2, S4, R3) is no intake: staff start it themselves from a
    // reserve record, so "proactive" is accepted from staff only for facts that say proactive.
    const bool ok = staff ? (channel == "service_hall" || (channel == "proactive" && plan->facts.proactive))
                          : (channel == "online" || channel == "kiosk");
    // "kiosk" only from a registered kiosk device (issue 15: the caller's channel says so).
    if (ok && !staff && channel == "kiosk" && c.channel != "kiosk")
      fail(K::forbidden, "kiosk_device_required", "channel", "只有已登记的营业厅自助终端可以使用 kiosk 渠道",
           "the kiosk channel needs a registered kiosk device");
    if (!ok)
      fail(K::invalid, "invalid", "channel", staff ? "工作人员代客户办理的渠道为 service_hall" : "渠道应为 online 或 kiosk",
           staff ? "staff take applications at the service hall (service_hall)" : "channel must be online or kiosk");
  }

  const gp::Instant now = clock_.now();
  {
    // Whose application: the caller, or (staff at the hall) the customer named in the body.
    store::User customer;
    std::optional<HallCustomer> hall;
    if (!staff) {
      auto u = store::find_user(db, c.user_id);
      if (!u) fail(K::unauthorized, "unauthorized", "", "请重新登录", "please log in again");
      customer = *u;
    } else {
      if (!body.contains("customer") || !body.at("customer").is_object())
        fail(K::invalid, "required", "customer", "代客户办理时须提供客户信息 {phone, name}", "staff must give the customer {phone, name}");
      const json& cj = body.at("customer");
      for (auto it = cj.begin(); it != cj.end(); ++it)
        if (it.key() != "phone" && it.key() != "name" && it.key() != "id_number")
          fail(K::invalid, "unknown_field", "customer." + it.key(), "未知字段：customer." + it.key(), "unknown field: customer." + it.key());
      const std::string phone = text_field(cj, "phone", true, 1, 20, "customer.");
      if (auto e = gp::validate::mobile_phone(phone, "customer.phone")) fail(K::invalid, *e);
      const std::string name = text_field(cj, "name", true, 1, 40, "customer.");
      if (auto e = gp::validate::person_name(name, "customer.name")) fail(K::invalid, *e);
      const std::string idn = text_field(cj, "id_number", false, 0, 18, "customer.");
      if (!idn.empty())
        if (auto e = gp::validate::resident_id(idn, "customer.id_number", gp::cst_date(now))) fail(K::invalid, *e);
      // Issue 15: the number staff type proves nothing; see hall_claim_service.h.
      hall = hall_customer_in(db, gp::validate::normalize_mobile(phone), name, idn, now);
      customer = hall->customer;
    }

    std::string contact_name = customer.name;
    if (body.contains("contact_name")) {
      contact_name = text_field(body, "contact_name", true, 1, 40);
      if (auto e = gp::validate::person_name(contact_name, "contact_name")) fail(K::invalid, *e);
    }
    std::string contact_phone = hall ? hall->phone : customer.phone;
    if (body.contains("contact_phone") || contact_phone.empty()) {
      contact_phone = text_field(body, "contact_phone", true, 1, 20);
      if (auto e = gp::validate::mobile_phone(contact_phone, "contact_phone")) fail(K::invalid, *e);
      contact_phone = gp::validate::normalize_mobile(contact_phone);
    }

    // Rule M3: the customer may choose the customer manager; otherwise the least loaded one.
    std::optional<std::int64_t> cm, pm;
    if (body.contains("preferred_manager") && !body.at("preferred_manager").is_null()) {
      const json& pmj = body.at("preferred_manager");
      std::optional<std::int64_t> id = pmj.is_number_integer() ? std::optional<std::int64_t>(pmj.get<std::int64_t>())
                                       : pmj.is_string() ? parse_id(pmj.get<std::string>()) : std::nullopt;
      auto u = id ? store::find_user(db, *id) : std::nullopt;
      if (!u || u->role != gp::Role::customer_manager || u->disabled)
        fail(K::invalid, "invalid", "preferred_manager", "所选客户经理不存在", "no such customer manager");
      cm = u->id;
    }
    // Rule D3: a customer manager who takes the application at the hall keeps it (adds the papers
    // brought, collects the rest at the survey); without this the least loaded colleague got it
    // and the taker could no longer even see it.
    if (!cm && c.role == gp::Role::customer_manager) cm = c.user_id;
    // Rule M7: with grabbing on, an application nobody chose a manager for is offered to the
    // managers' pool (services/pool_service.h); what nobody grabs is assigned when the window closes.
    const bool pooled = !cm && cfg_.current()->grab.enabled;
    if (!cm && !pooled) cm = store::least_loaded_manager(db, gp::Role::customer_manager);
    pm = store::least_loaded_manager(db, gp::Role::project_manager);

    store::ApplicationRow row;
    row.number = store::next_application_number(db, gp::cst_date(now));
    row.customer_id = customer.id;
    row.created_by = c.user_id;
    row.channel = channel;
    row.facts = plan->facts;
    json limits = json::array();
    for (const auto& s : plan->stages) limits.push_back(s.limit_working_days ? json(*s.limit_working_days) : json(nullptr));
    row.stage_limits = limits;
    row.contact_name = contact_name;
    row.contact_phone = contact_phone;
    row.address = address;
    if (plan->facts.meter_location) {
      row.meter_lat = plan->facts.meter_location->latitude;
      row.meter_lng = plan->facts.meter_location->longitude;
    }
    row.submitted_at = now;
    row.status = "in_progress";
    row.stage = gp::to_string(plan->stages.front().code);
    row.updated_at = now;
    row.id = store::insert_application(db, row);
    if (pooled) store::mark_pooled(db, row.id, now);
    // rule P4: a temporary-supply applicant's rental package, checked and its terms kept.
    choose_rental_package_in(db, body, plan->facts.business, plan->facts.capacity_kw, row.id, now);

    LoadedApplication app;
    app.row = row;
    gp::apply_channel(plan.value(), channel);  // rule D8: the archive flag follows the channel
    app.state = gp::start_application(plan.value(), now, channel);
    gp::Event sub;
    sub.at = now;
    sub.type = "submitted";
    sub.role = c.role;
    sub.channel = channel;
    sub.data = {{"number", row.number}, {"business", gp::to_string(plan->facts.business)},
                {"customer_type", gp::to_string(plan->facts.customer_type)}, {"address", address},
                {"time_limit_working_days", plan->time_limit_working_days}};
    if (staff) sub.data["on_behalf_of"] = customer.id;
    if (intended) sub.data["intended_connection_date"] = intended->iso();  // rule W2
    if (body.contains("rental_package_id") && !body.at("rental_package_id").is_null())  // rule P4
      sub.data["rental_package_id"] = body.at("rental_package_id");
    if (hall) sub.data["customer_name_at_hall"] = hall->name;  // what staff typed is kept, never ignored
    append(db, app, sub, c.user_id);
    if (cm || pm) {  // rule G6: both managers from the start
      gp::Event as;
      as.at = now;
      as.type = "assign_managers";
      as.role = gp::Role::system;
      as.channel = "system";
      as.data = {{"customer_manager", cm ? std::to_string(*cm) : ""}, {"project_manager", pm ? std::to_string(*pm) : ""},
                 {"automatic", true}, {"chosen_by_customer", body.contains("preferred_manager") && !body.at("preferred_manager").is_null()}};
      if (pooled) as.data["pooled"] = true;  // rule M7: the customer manager comes from the pool
      append(db, app, as, std::nullopt);
    }
    Caller viewer = c;
    if (staff) viewer.role = c.role;
    gp::dto::ApplicationCreatedDto out;  // gp/dto/outcomes.h
    static_cast<gp::dto::ApplicationDetail&>(out) = detail(db, viewer, app);
    if (hall && hall->needs_claim) out.claim = issue_hall_claim_in(db, notifier_, *hall, row, now);
    return out;
  }
}

json ApplicationService::get(const Caller& c, const std::string& number) {
  auto& db = db_.reader();
  auto app = load_visible(db, c, number);
  return render(db, c, app);
}

namespace {
// One action in the caller's write transaction: validate with shared/workflow, append, return.
LoadedApplication perform_in(ApplicationService& svc, store::Conn& db, const Caller& c, const std::string& number,
                             const std::string& action, const json& fields, gp::Instant now, int backfill_after_hours) {
  auto app = svc.load_visible(db, c, number);
  auto lists = svc.option_lists(db, app);
  // rule M5: the company's backfill threshold flags late records (补录) in the event's data.
  auto data = gp::validate_action(app.state, svc.actor_for(c, app.row), action, fields, now, lists,
                                  backfill_after_hours);
  if (!data) {
    const auto& e = data.error();
    fail(e.code == "forbidden" ? K::forbidden : e.code == "not_allowed_now" ? K::conflict : K::invalid, e);
  }
  gp::Event ev;
  ev.at = now;
  ev.type = action;
  ev.role = c.role;
  ev.channel = c.channel;
  ev.data = data.value();
  svc.append(db, app, ev, c.user_id);
  return app;
}
}  // namespace

void ApplicationService::perform(const Caller& c, const std::string& number, const std::string& action, const json& fields) {
  db_.write([&](store::Conn& db) { perform_in(*this, db, c, number, action, fields, clock_.now(), cfg_.current()->backfill_after_hours); });
  notifier_.announce();
}

json ApplicationService::act(const Caller& c, const std::string& number, const json& body) {
  if (!body.is_object()) fail(K::invalid, "invalid_type", "", "请求体应为 JSON 对象", "the body must be a JSON object");
  for (auto it = body.begin(); it != body.end(); ++it)
    if (it.key() != "action" && it.key() != "fields")
      fail(K::invalid, "unknown_field", it.key(), "未知字段：" + it.key(), "unknown field: " + it.key());
  if (!body.contains("action")) fail(K::invalid, "required", "action", "缺少 action", "missing action");
  if (!body.at("action").is_string()) fail(K::invalid, "invalid_type", "action", "action 应为字符串", "action must be a string");
  const std::string action = body.at("action").get<std::string>();
  const json fields = body.contains("fields") && !body.at("fields").is_null() ? body.at("fields") : json::object();
  auto result = db_.write([&](store::Conn& db) {
    auto app = perform_in(*this, db, c, number, action, fields, clock_.now(), cfg_.current()->backfill_after_hours);
    return render(db, c, app);
  });
  notifier_.announce();
  return result;
}

json ApplicationService::list(const Caller& c, const ListParams& p) {
  auto& db = db_.reader();
  store::ApplicationQuery q;
  switch (c.role) {
    case gp::Role::customer: q.customer_id = c.user_id; break;
    case gp::Role::customer_manager:
    case gp::Role::project_manager: q.manager_id = c.user_id; break;
    case gp::Role::discipline_inspector: q.manager_id = c.user_id; break;  // rule M6: no queue of applications
    default: q.manager_id = p.manager_id; break;
  }
  q.status = p.status;
  q.stage = p.stage;
  q.level = p.level;
  q.search = p.search;
  q.sort = p.sort;
  q.limit = p.page_size;
  q.offset = (p.page - 1) * p.page_size;
  std::int64_t total = 0;
  auto rows = store::list_applications(db, q, &total);
  auto cal = cal_.current();
  const gp::Instant now = clock_.now();
  std::map<std::int64_t, std::string> names;
  auto name_of = [&](std::optional<std::int64_t> id) -> std::optional<gp::dto::NameRefDto> {
    if (!id) return std::nullopt;
    auto it = names.find(*id);
    if (it == names.end()) {
      auto u = store::find_user(db, *id);
      it = names.emplace(*id, u ? u->name : "").first;
    }
    return gp::dto::NameRefDto{*id, it->second};
  };
  gp::dto::ApplicationPageDto page;  // the shared wire type (gp/dto/lists.h)
  page.total = total;
  page.page = p.page;
  page.page_size = p.page_size;
  for (const auto& r : rows) {
    auto state = state_of(db, r);
    const gp::AppState& as = *state;
    auto view = gp::view_of(as, *cal, now, cfg_.current()->sla);
    gp::dto::ApplicationRowDto item;
    item.number = r.number;
    item.status = r.status;
    item.business = gp::dto::code_name(gp::named(as.plan.facts.business));
    item.customer_type = gp::dto::code_name(gp::named(as.plan.facts.customer_type));
    if (const gp::PlanStage* st = as.current_stage()) item.stage = gp::dto::CodeName{gp::to_string(st->code), st->name_zh, st->name_en};
    item.level = gp::to_string(view.level);
    item.escalation = static_cast<int>(view.escalation);
    item.submitted_at = gp::format_datetime_cst(r.submitted_at);
    if (view.overall.deadline) item.deadline = gp::format_datetime_cst(*view.overall.deadline);
    item.remaining_working_days = view.overall.remaining;
    item.elapsed_working_days = view.overall.used;
    item.time_limit_working_days = as.plan.time_limit_working_days;
    item.paused = view.overall.paused;
    item.waiting_for = as.waiting_for;
    item.channel = r.channel;
    item.address = r.address;
    item.contact_name = r.contact_name;
    item.customer_manager = name_of(r.customer_manager_id);
    item.project_manager = name_of(r.project_manager_id);
    if (gp::is_staff(c.role)) item.contact_phone = r.contact_phone;
    page.items.push_back(std::move(item));
  }
  return page;
}

}  // namespace gp::server
