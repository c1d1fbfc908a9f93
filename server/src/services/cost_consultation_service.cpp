#include "services/cost_consultation_service.h"

#include <set>

#include "gp/cost_consultation.h"
#include "gp/dto/cost.h"
#include "gp/sla.h"
#include "services/service_error.h"
#include "services/trace.h"
#include "store/conn.h"
#include "store/cost_consultations.h"
#include "store/sla_marks.h"
#include "store/users.h"

namespace gp::server {
namespace {

using nlohmann::json;
using K = ServiceError::Kind;

// Rule P4: answered by the customer's side of the company (customer managers) and the command
// center that watches the limit; they alone see every consultation. Other staff: 403.
bool answers_cost(gp::Role r) { return r == gp::Role::customer_manager || r == gp::Role::command_center; }

void require_customer_or_answerer(const Caller& c) {
  if (c.role != gp::Role::customer && !answers_cost(c.role))
    fail(K::forbidden, "forbidden", "", "造价咨询由客户经理和指挥中心处理", "cost consultations are handled by customer managers and the command center");
}

gp::SlaStatus answer_clock(const store::CostConsultationRow& row, const gp::Calendar& cal, gp::Instant now, const gp::SlaPolicy& p) {
  gp::SlaInput in;
  in.start = row.created_at;
  in.limit = row.limit_working_days;
  if (row.recommended_capacity_kva) in.done = row.answered_at;
  return gp::evaluate_working_days(cal, in, now, p);
}

gp::dto::CostConsultationDto render_row(store::Conn& db, const store::CostConsultationRow& row, const Env& env, bool staff) {
  const auto cfg = env.cfg.current();
  auto req = gp::parse_cost_request(json::parse(row.request));
  if (!req) throw std::runtime_error("stored cost consultation " + std::to_string(row.id) + " does not parse");
  const gp::CostRequest& r = req.value();
  const gp::CostEstimate est = gp::estimate_cost(r, cfg->cost_consultation);
  gp::dto::CostConsultationDto d;
  d.id = row.id;
  d.status = row.score ? "rated" : row.recommended_capacity_kva ? "answered" : "open";
  for (const auto& li : r.equipment) d.equipment.push_back({li.kind, li.count, li.kw_each});
  d.use = gp::dto::code_name(gp::cost_use_named(r.use));
  d.voltage_kv = r.voltage_kv;
  d.area = r.area;
  d.address = r.address;
  d.note = r.note;
  if (!r.company.empty()) d.company = r.company;
  if (!r.credit_code.empty()) d.credit_code = r.credit_code;
  d.created_at = gp::format_datetime_cst(row.created_at);
  const auto st = answer_clock(row, *env.cal.current(), env.clock.now(), cfg->sla);
  d.due_at = st.deadline ? gp::format_datetime_cst(*st.deadline) : "";
  d.limit_working_days = row.limit_working_days;
  d.level = gp::to_string(st.level);
  d.estimate.installed_kw = est.installed_kw;
  d.estimate.demand_factor = est.demand_factor;
  d.estimate.power_factor = est.power_factor;
  d.estimate.demand_kva = est.demand_kva;
  d.estimate.low_voltage = est.low_voltage;
  d.estimate.beyond_table = est.beyond_table;
  d.estimate.suggested_capacity = est.suggested_capacity;
  d.estimate.unit = est.unit;
  d.estimate.equipment_zh = est.equipment_zh;
  d.estimate.equipment_en = est.equipment_en;
  d.estimate.note_zh = est.note_zh;
  d.estimate.note_en = est.note_en;
  if (row.recommended_capacity_kva) {
    gp::dto::CostAnswerDto a;
    a.recommended_capacity_kva = *row.recommended_capacity_kva;
    a.standard_equipment = row.standard_equipment;
    a.cost_reference = row.cost_reference;
    a.answered_at = gp::format_datetime_cst(row.answered_at);
    if (row.answered_by)
      if (auto u = store::find_user(db, *row.answered_by)) a.answered_by = gp::dto::NameRefDto{u->id, u->name};
    d.answer = a;
  }
  if (row.score) d.rating = gp::dto::CostRatingDto{*row.score, row.rating_comment, gp::format_datetime_cst(row.rated_at)};
  if (staff)
    if (auto u = store::find_user(db, row.customer_id)) d.customer = gp::dto::Person{u->id, u->name, u->phone, ""};
  return d;
}

store::CostConsultationRow visible_row(store::Conn& db, const Caller& c, std::int64_t id) {
  require_customer_or_answerer(c);
  auto row = store::find_cost_consultation(db, id);
  if (!row) not_found("造价咨询", "cost consultation");
  if (c.role == gp::Role::customer && row->customer_id != c.user_id) not_found("造价咨询", "cost consultation");  // never another's
  return *row;
}

}  // namespace

json CostConsultationService::create(const Caller& c, const json& body) {
  if (c.role != gp::Role::customer)
    fail(K::forbidden, "forbidden", "", "造价咨询由客户本人提出", "a cost consultation is asked by the customer");
  auto req = gp::parse_cost_request(body);  // rule P4 (and R2 for a firm): field-precise
  if (!req) fail(K::invalid, req.error());
  const auto cfg = env_.cfg.current();
  return env_.db.write([&](store::Conn& db) {
    const gp::Instant now = env_.clock.now();
    store::CostConsultationRow row;
    row.customer_id = c.user_id;
    row.request = gp::to_json(req.value()).dump();
    row.use = req->use;
    row.area = req->area;
    row.created_at = now;
    row.limit_working_days = cfg->cost_consultation.answer_limit_working_days;  // company setting, frozen when asked
    row.id = store::insert_cost_consultation(db, row);
    const gp::CostEstimate est = gp::estimate_cost(req.value(), cfg->cost_consultation);
    trace(db, c, "cost_consultation_created",
          {{"cost_consultation", row.id}, {"use", row.use}, {"area", row.area}, {"installed_kw", est.installed_kw},
           {"suggested_capacity", est.suggested_capacity}, {"unit", est.unit}, {"rule", "P4"}},
          now);
    return json(render_row(db, row, env_, false));
  });
}

json CostConsultationService::list(const Caller& c, const Filter& f) {
  require_customer_or_answerer(c);
  auto& db = env_.db.reader();
  const bool staff = gp::is_staff(c.role);
  store::CostConsultationQuery q;
  if (!staff) q.customer_id = c.user_id;
  q.status = f.status;
  q.use = f.use;
  q.area = f.area;
  q.limit = f.page_size;
  q.offset = (f.page - 1) * f.page_size;
  gp::dto::CostConsultationPageDto out;
  for (const auto& row : store::list_cost_consultations(db, q, &out.total)) out.items.push_back(render_row(db, row, env_, staff));
  out.page = f.page;
  out.page_size = f.page_size;
  return out;
}

json CostConsultationService::get(const Caller& c, std::int64_t id) {
  auto& db = env_.db.reader();
  return render_row(db, visible_row(db, c, id), env_, gp::is_staff(c.role));
}

json CostConsultationService::answer(const Caller& c, std::int64_t id, const json& body) {
  if (!answers_cost(c.role))
    fail(K::forbidden, "forbidden", "", "造价咨询由客户经理或指挥中心答复", "cost consultations are answered by customer managers or the command center");
  auto a = gp::parse_cost_answer(body);
  if (!a) fail(K::invalid, a.error());
  json out = env_.db.write([&](store::Conn& db) {
    const gp::Instant now = env_.clock.now();
    auto row = visible_row(db, c, id);
    if (row.recommended_capacity_kva) fail(K::conflict, "already_answered", "", "该造价咨询已答复", "this cost consultation has already been answered");
    store::answer_cost_consultation(db, id, a->recommended_capacity_kva, a->standard_equipment, a->cost_reference, c.user_id, now);
    const auto st = answer_clock(row, *env_.cal.current(), now, env_.cfg.current()->sla);
    trace(db, c, "cost_consultation_answered",
          {{"cost_consultation", id}, {"recommended_capacity_kva", a->recommended_capacity_kva}, {"on_time", st.level != gp::SlaLevel::overdue},
           {"rule", "P4"}},
          now);
    Notice n;
    n.user_id = row.customer_id;
    n.kind = "cost_consultation_answered";
    n.title_zh = "造价咨询已答复：建议报装容量 " + std::to_string(static_cast<long long>(a->recommended_capacity_kva)) + " kVA";
    n.title_en = "Cost consultation answered: applied capacity " + std::to_string(static_cast<long long>(a->recommended_capacity_kva)) + " kVA suggested";
    n.body_zh = a->standard_equipment;
    n.body_en = a->standard_equipment;
    env_.notifier.add(db, n, now);
    return json(render_row(db, *store::find_cost_consultation(db, id), env_, true));
  });
  env_.notifier.announce();
  return out;
}

json CostConsultationService::rate(const Caller& c, std::int64_t id, const json& body) {
  if (c.role != gp::Role::customer) fail(K::forbidden, "forbidden", "", "由提出咨询的客户评价", "the customer who asked rates the answer");
  auto r = gp::parse_cost_rating(body);
  if (!r) fail(K::invalid, r.error());
  return env_.db.write([&](store::Conn& db) {
    const gp::Instant now = env_.clock.now();
    auto row = visible_row(db, c, id);
    if (!row.recommended_capacity_kva) fail(K::conflict, "not_answered", "", "答复之后才能评价", "the answer can be rated once it is given");
    if (row.score) fail(K::conflict, "already_rated", "", "已评价", "already rated");
    store::rate_cost_consultation(db, id, r->score, r->comment, now);
    trace(db, c, "cost_consultation_rated", {{"cost_consultation", id}, {"score", r->score}, {"rule", "P4"}}, now);
    return json(render_row(db, *store::find_cost_consultation(db, id), env_, false));
  });
}

int CostConsultationService::sweep(gp::Instant now) {
  const auto open = store::open_cost_consultations(env_.db.reader());
  if (open.empty()) return 0;
  const auto cal = env_.cal.current();
  const auto policy = env_.cfg.current()->sla;
  int recorded = 0;
  env_.db.write([&](store::Conn& db) {
    std::vector<std::int64_t> cc, leaders;
    for (const auto& u : store::users_with_role(db, gp::Role::command_center)) cc.push_back(u.id);
    for (const auto& u : store::users_with_role(db, gp::Role::admin)) leaders.push_back(u.id);  // leadership (README)
    for (const auto& row : open) {
      const auto st = answer_clock(row, *cal, now, policy);
      if (st.level == gp::SlaLevel::normal) continue;
      const std::string subject = "cost:" + std::to_string(row.id);
      const std::set<std::string> marks = store::sla_marks_of(db, subject);
      struct Step { bool reached; const char* mark; const char* type; int escalation; };
      const int esc = static_cast<int>(st.escalation);
      for (const Step& s : {Step{true, "warning", "sla_warning", 1}, Step{st.level == gp::SlaLevel::overdue, "overdue", "sla_overdue", 2},
                            Step{esc >= 3, "escalation_3", "escalated", 3}}) {
        if (!s.reached || marks.count(s.mark) || !gp::may_record_escalation(s.escalation, marks)) continue;
        if (!store::record_sla_mark(db, subject, s.mark, now)) continue;
        ++recorded;
        gp::Event e;
        e.at = now;
        e.type = s.type;
        e.role = gp::Role::system;
        e.channel = "system";
        e.data = {{"subject", subject}, {"cost_consultation", row.id}, {"level", gp::to_string(st.level)}, {"escalation", s.escalation},
                  {"deadline", st.deadline ? json(gp::format_datetime_cst(*st.deadline)) : json(nullptr)}, {"rule", "P4"}};
        store::append_event(db, 0, 0, e, std::nullopt);
        // The command center watches every level; leadership hears of level 3 (rule M2).
        std::vector<std::int64_t> to = cc;
        if (s.escalation >= 3) to.insert(to.end(), leaders.begin(), leaders.end());
        const gp::Named nm = gp::event_named(s.type);
        for (auto u : to) {
          Notice n;
          n.user_id = u;
          n.kind = s.type;
          n.title_zh = "造价咨询 #" + std::to_string(row.id) + " 答复" + nm.zh;
          n.title_en = "Cost consultation #" + std::to_string(row.id) + " answer " + nm.en;
          n.body_zh = "答复时限 " + std::to_string(row.limit_working_days) + " 个工作日（公司设定）";
          n.body_en = "Answer limit " + std::to_string(row.limit_working_days) + " working days (company setting)";
          env_.notifier.add(db, n, now);
        }
      }
    }
  });
  if (recorded) env_.notifier.announce();
  return recorded;
}

}  // namespace gp::server
