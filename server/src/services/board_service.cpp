#include "services/board_service.h"

#include <algorithm>
#include <map>
#include <set>

#include "gp/dto/outcomes.h"
#include "gp/dto/lists.h"
#include "gp/work_clock.h"
#include "gp/works_contract.h"
#include "services/json_fields.h"
#include "services/service_error.h"
#include "store/applications.h"
#include "store/reservation_clock.h"
#include "store/sla_marks.h"

namespace gp::server {
namespace {

using nlohmann::json;
using K = ServiceError::Kind;

// One supervised subject of an application now: the whole application, or its active step.
struct Subject {
  std::string id;     // sla_marks subject: "app:<id>" or "app:<id>:stage:<i>"
  std::string stage;  // "" for the whole application
  gp::SlaLevel level = gp::SlaLevel::normal;
  int escalation = 0;  // the clock's, capped at 2 once acknowledged at level 2 (rule M2)
  bool acknowledged = false;  // "ack_<escalation>" recorded
};

std::vector<Subject> subjects_of(store::Conn& db, const LoadedApplication& app, const gp::AppView& view) {
  std::vector<Subject> out;
  if (app.state.finished()) return out;
  const std::string base = "app:" + std::to_string(app.row.id);
  auto add = [&](const std::string& id, const std::string& stage, const gp::SlaStatus& st) {
    Subject s{id, stage, st.level, static_cast<int>(st.escalation), false};
    const auto marks = store::sla_marks_of(db, id);
    s.escalation = gp::escalation_standing(s.escalation, marks);  // rule M2: capped at 2 once acknowledged there
    s.acknowledged = s.escalation >= 1 && marks.count("ack_" + std::to_string(s.escalation));
    out.push_back(s);
  };
  add(base, "", view.overall);
  for (std::size_t i = 0; i < view.stages.size(); ++i) {
    const auto& sv = view.stages[i];
    if (sv.state == gp::StageState::active && sv.sla) add(base + ":stage:" + std::to_string(i), gp::to_string(sv.stage->code), *sv.sla);
  }
  // rule W1: open supporting works, each on its own clock (SlaJob records "app:<id>:works:<n>").
  for (std::size_t i = 0; i < view.works.size() && i < app.state.works.size(); ++i)
    if (!app.state.works[i].done) add(base + ":works:" + std::to_string(i + 1), "supporting_works", view.works[i]);
  return out;
}

int level_rank(const std::string& level) { return level == "overdue" ? 0 : level == "warning" ? 1 : 2; }

}  // namespace

json BoardService::board() {
  auto& db = env_.db.reader();
  const auto cal = env_.cal.current();
  const auto cfg = env_.cfg.current();
  const gp::Instant now = env_.clock.now();

  std::map<std::int64_t, std::string> names;
  auto person = [&](std::optional<std::int64_t> id) -> std::optional<gp::dto::NameRefDto> {
    if (!id) return std::nullopt;
    auto it = names.find(*id);
    if (it == names.end()) {
      auto u = store::find_user(db, *id);
      it = names.emplace(*id, u ? u->name : "").first;
    }
    return gp::dto::NameRefDto{*id, it->second};
  };

  gp::dto::BoardDto board;  // the shared wire type (gp/dto/lists.h)
  auto& items = board.items;
  for (auto id : store::open_application_ids(db)) {
    auto row = store::find_application(db, id);
    if (!row) continue;
    auto app = apps_.load(db, *row);
    const auto view = gp::view_of(app.state, *cal, now, cfg->sla);
    int escalation = 0;
    bool any = false, all_acked = true;
    for (const auto& s : subjects_of(db, app, view)) {
      escalation = std::max(escalation, s.escalation);
      if (s.escalation >= 1) {
        any = true;
        all_acked = all_acked && s.acknowledged;
      }
    }
    gp::dto::BoardItemDto it;
    it.kind = "application";
    // The second clock (rules T4, W1): the open supporting works, the most urgent first.
    for (std::size_t i = 0; i < view.works.size() && i < app.state.works.size(); ++i) {
      const auto& w = app.state.works[i];
      const auto& ws = view.works[i];
      if (w.done) continue;
      if (it.supporting_works && level_rank(it.supporting_works->level) <= level_rank(gp::to_string(ws.level))) continue;
      gp::dto::BoardWorksClockDto wc{static_cast<int>(i + 1), gp::dto::code_name(gp::named(w.item.kind)), gp::to_string(ws.level),
                                     w.limit_working_days, ws.used, ws.remaining, std::nullopt, w.agreed_completion.iso(), "W1"};
      if (ws.deadline) wc.deadline = gp::format_datetime_cst(*ws.deadline);
      it.supporting_works = wc;
    }
    for (const auto& w : app.state.works) it.works_breach += gp::works_breached(w, now) ? 1 : 0;  // rule W2 (违约)
    for (const auto& e : app.events)  // rule M5: steps recorded as 补录; the events are the proof
      if (e.event.data.is_object() && e.event.data.value("backfilled", false)) ++it.backfilled;
    it.number = row->number;
    it.status = gp::to_string(app.state.status);
    it.waiting_for = app.state.waiting_for;
    it.level = gp::to_string(view.level);
    it.escalation = escalation;
    it.escalation_to = gp::to_string(static_cast<gp::Escalation>(escalation));
    it.acknowledged = any && all_acked;
    it.age_working_days = view.overall.used;
    it.time_limit_working_days = app.state.plan.time_limit_working_days;
    it.limit_excludes_supporting_works = gp::limit_excludes_supporting_works(app.state.plan);
    it.application_level = gp::to_string(view.overall.level);
    it.remaining_working_days = view.overall.remaining;
    if (view.overall.deadline) it.deadline = gp::format_datetime_cst(*view.overall.deadline);
    if (const gp::PlanStage* st = app.state.current_stage()) it.stage = gp::dto::CodeName{gp::to_string(st->code), st->name_zh, st->name_en};
    it.customer_type = gp::to_string(app.state.plan.facts.customer_type);
    it.contact_name = row->contact_name;
    it.address = row->address;
    it.submitted_at = gp::format_datetime_cst(row->submitted_at);
    it.customer_manager = person(row->customer_manager_id);
    it.project_manager = person(row->project_manager_id);
    items.push_back(std::move(it));
  }
  // rule D4: open reservations on their clock-time limits (20 minutes to dispatch, 18 hours to contact).
  for (const auto& r : store::open_reservations(db)) {
    gp::SlaInput in;
    in.start = r.created_at;
    in.limit = static_cast<double>(r.due_at - in.start);
    const auto sla = gp::evaluate_clock_time(in, now, cfg->sla);
    gp::dto::BoardItemDto it;
    it.kind = "reservation";
    it.number = r.number;
    it.status = "open";
    it.channel = r.channel;
    it.level = gp::to_string(sla.level);
    it.escalation = static_cast<int>(sla.escalation);
    it.escalation_to = gp::to_string(sla.escalation);
    it.age_working_days = gp::elapsed_working_time(*cal, in.start, now, {}).working_days;
    it.due_at = gp::format_datetime_cst(r.due_at);
    it.remaining_seconds = sla.remaining;
    it.stage = r.channel == "phone" ? gp::dto::CodeName{"reservation_dispatch", "预约待派单", "Reservation to dispatch"}
                                    : gp::dto::CodeName{"reservation_contact", "预约待联系", "Reservation to contact"};
    it.contact_name = r.name;
    it.address = r.address;
    it.submitted_at = gp::format_datetime_cst(in.start);
    it.customer_manager = person(r.customer_manager_id);
    items.push_back(std::move(it));
  }

  std::stable_sort(items.begin(), items.end(), [](const gp::dto::BoardItemDto& a, const gp::dto::BoardItemDto& b) {
    const int la = level_rank(a.level), lb = level_rank(b.level);
    if (la != lb) return la < lb;
    if (a.escalation != b.escalation) return a.escalation > b.escalation;
    return a.age_working_days > b.age_working_days;
  });

  auto& counts = board.counts;
  counts.total = static_cast<int>(items.size());
  counts.by_level = {{"normal", 0}, {"warning", 0}, {"overdue", 0}};
  counts.by_escalation = {{"0", 0}, {"1", 0}, {"2", 0}, {"3", 0}};
  counts.by_kind = {{"application", 0}, {"reservation", 0}};
  std::map<std::string, gp::dto::BoardBucketDto> by_manager, by_stage;  // keyed for a stable order
  auto bump = [](gp::dto::BoardBucketDto& bucket, const std::string& level) {
    ++bucket.total;
    if (level == "warning") ++bucket.warning;
    if (level == "overdue") ++bucket.overdue;
  };
  for (const auto& it : items) {
    ++counts.by_level[it.level];
    ++counts.by_escalation[std::to_string(it.escalation)];
    ++counts.by_kind[it.kind];
    if (it.works_breach > 0) ++counts.works_breach;  // rule W2
    if (it.backfilled > 0) ++counts.backfilled;      // rule M5: applications with 补录 steps
    const auto& m = it.customer_manager;
    auto [mb, new_manager] = by_manager.try_emplace(m ? std::to_string(m->id) : "~");
    if (new_manager && m) {
      mb->second.id = m->id;
      mb->second.name = m->name;
    }
    bump(mb->second, it.level);
    auto [sb, new_stage] = by_stage.try_emplace(it.stage ? it.stage->code : "~");
    if (new_stage) sb->second.stage = it.stage.value_or(gp::dto::CodeName{});
    bump(sb->second, it.level);
  }
  for (auto& [k, v] : by_manager) counts.by_manager.push_back(v);
  for (auto& [k, v] : by_stage) counts.by_stage.push_back(v);
  counts.backfill_after_hours = cfg->backfill_after_hours;
  board.now = gp::format_datetime_cst(now);
  board.rules = {"M1", "M2", "G6", "D4", "W2", "M5"};
  return board;
}

json BoardService::acknowledge(const Caller& c, const std::string& number, const json& body) {
  int caller_level = 0;  // the escalation level the caller answers for (rule M2)
  switch (c.role) {
    case gp::Role::customer_manager: caller_level = 1; break;
    case gp::Role::command_center: caller_level = 2; break;
    case gp::Role::admin: caller_level = 3; break;
    default: fail(K::forbidden, "forbidden", "", "您的角色无权处理预警", "your role may not handle warnings");
  }
  fields::require_object(body);
  fields::only_keys(body, {"note"});
  const std::string note = fields::text(body, "note", true, 1, 500);

  json out = env_.db.write([&](store::Conn& db) {
    // A customer manager sees (and may handle) only applications assigned to them: others are 404.
    auto app = apps_.load_visible(db, c, number);
    if (app.state.finished()) fail(K::conflict, "not_allowed_now", "", "申请已办结，没有需要处理的预警", "the application is finished; nothing to handle");
    const gp::Instant now = env_.clock.now();
    const auto cal = env_.cal.current();
    const auto view = gp::view_of(app.state, *cal, now, env_.cfg.current()->sla);
    std::vector<Subject> raised;
    int escalation = 0;
    for (const auto& s : subjects_of(db, app, view))
      if (s.escalation >= 1) {
        raised.push_back(s);
        escalation = std::max(escalation, s.escalation);
      }
    if (raised.empty())
      fail(K::conflict, "nothing_to_acknowledge", "", "该申请当前没有预警", "the application has no warning to handle");
    if (escalation > caller_level)
      fail(K::conflict, "escalated_beyond_role", "",
           "预警已升级至" + std::string(escalation >= 3 ? "公司领导" : "供电服务指挥中心") + "，由其处理",
           std::string("the warning has been escalated to ") + (escalation >= 3 ? "leadership" : "the command center") + ", who handles it now");
    gp::dto::AcknowledgementDto ack;  // the event's data and the answer's (gp/dto/outcomes.h)
    int recorded = 0;
    for (const auto& s : raised) {
      recorded += store::record_sla_mark(db, s.id, "ack_" + std::to_string(s.escalation), now) ? 1 : 0;
      ack.subjects.push_back({s.id, s.stage, gp::to_string(s.level), s.escalation});
    }
    if (!recorded) fail(K::conflict, "already_acknowledged", "", "该预警已处理", "this warning has already been handled");
    gp::Event e;
    e.at = now;
    e.type = "warning_acknowledged";
    e.role = c.role;
    e.channel = c.channel;
    ack.level = gp::to_string(view.level);
    ack.escalation = escalation;
    ack.escalation_to = gp::to_string(static_cast<gp::Escalation>(escalation));
    ack.note = note;
    ack.stops_rise_to_leadership = escalation >= 2;
    e.data = ack;
    apps_.append(db, app, e, c.user_id, /*notify=*/false);  // internal: the customer is not told
    return json(gp::dto::AcknowledgedDto{ack, apps_.detail(db, c, app)});
  });
  return out;
}

}  // namespace gp::server
