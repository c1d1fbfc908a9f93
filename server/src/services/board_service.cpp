#include "services/board_service.h"

#include <algorithm>
#include <map>
#include <set>

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

json named_json(const std::string& code, const std::string& zh, const std::string& en) {
  return {{"code", code}, {"name_zh", zh}, {"name_en", en}};
}

}  // namespace

json BoardService::board() {
  auto& db = env_.db.reader();
  const auto cal = env_.cal.current();
  const auto cfg = env_.cfg.current();
  const gp::Instant now = env_.clock.now();

  std::map<std::int64_t, std::string> names;
  auto person = [&](std::optional<std::int64_t> id) -> json {
    if (!id) return nullptr;
    auto it = names.find(*id);
    if (it == names.end()) {
      auto u = store::find_user(db, *id);
      it = names.emplace(*id, u ? u->name : "").first;
    }
    return json{{"id", *id}, {"name", it->second}};
  };

  json items = json::array();
  {
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
      const gp::PlanStage* st = app.state.current_stage();
      // The second clock (rules T4, W1): the open supporting works, the most urgent first.
      json works_clock = nullptr;
      for (std::size_t i = 0; i < view.works.size() && i < app.state.works.size(); ++i) {
        const auto& w = app.state.works[i];
        const auto& ws = view.works[i];
        if (w.done) continue;
        if (!works_clock.is_null() && level_rank(works_clock["level"]) <= level_rank(gp::to_string(ws.level))) continue;
        works_clock = {{"item", i + 1}, {"kind", named_json(gp::to_string(w.item.kind), gp::named(w.item.kind).zh, gp::named(w.item.kind).en)},
                       {"level", gp::to_string(ws.level)}, {"limit_working_days", w.limit_working_days},
                       {"elapsed_working_days", ws.used}, {"remaining_working_days", ws.remaining},
                       {"deadline", ws.deadline ? json(gp::format_datetime_cst(*ws.deadline)) : json(nullptr)},
                       {"agreed_completion_date", w.agreed_completion.iso()}, {"rule", "W1"}};
      }
      int breaches = 0;  // rule W2: supporting works past their agreed date (违约)
      for (const auto& w : app.state.works) breaches += gp::works_breached(w, now) ? 1 : 0;
      int backfilled = 0;  // rule M5: steps recorded as 补录; the events are the proof
      for (const auto& e : app.events)
        if (e.event.data.is_object() && e.event.data.value("backfilled", false)) ++backfilled;
      items.push_back({{"kind", "application"},
                       {"works_breach", breaches},
                       {"backfilled", backfilled},
                       {"number", row->number},
                       {"status", gp::to_string(app.state.status)},
                       {"waiting_for", app.state.waiting_for},
                       {"level", gp::to_string(view.level)},
                       {"escalation", escalation},
                       {"escalation_to", gp::to_string(static_cast<gp::Escalation>(escalation))},
                       {"acknowledged", any && all_acked},
                       {"age_working_days", view.overall.used},
                       {"time_limit_working_days", app.state.plan.time_limit_working_days},
                       {"limit_excludes_supporting_works", gp::limit_excludes_supporting_works(app.state.plan)},
                       {"application_level", gp::to_string(view.overall.level)},
                       {"supporting_works", works_clock},
                       {"remaining_working_days", view.overall.remaining},
                       {"deadline", view.overall.deadline ? json(gp::format_datetime_cst(*view.overall.deadline)) : json(nullptr)},
                       {"stage", st ? named_json(gp::to_string(st->code), st->name_zh, st->name_en) : json(nullptr)},
                       {"customer_type", gp::to_string(app.state.plan.facts.customer_type)},
                       {"contact_name", row->contact_name},
                       {"address", row->address},
                       {"submitted_at", gp::format_datetime_cst(row->submitted_at)},
                       {"customer_manager", person(row->customer_manager_id)},
                       {"project_manager", person(row->project_manager_id)}});
    }
  }
  {
    // rule D4: open reservations on their clock-time limits (20 minutes to dispatch, 18 hours to contact).
    for (const auto& r : store::open_reservations(db)) {
      gp::SlaInput in;
      in.start = r.created_at;
      in.limit = static_cast<double>(r.due_at - in.start);
      const auto sla = gp::evaluate_clock_time(in, now, cfg->sla);
      const bool phone = r.channel == "phone";
      const std::optional<std::int64_t> cm = r.customer_manager_id;
      items.push_back({{"kind", "reservation"},
                       {"number", r.number},
                       {"status", "open"},
                       {"channel", r.channel},
                       {"level", gp::to_string(sla.level)},
                       {"escalation", static_cast<int>(sla.escalation)},
                       {"escalation_to", gp::to_string(sla.escalation)},
                       {"acknowledged", false},
                       {"age_working_days", gp::elapsed_working_time(*cal, in.start, now, {}).working_days},
                       {"due_at", gp::format_datetime_cst(r.due_at)},
                       {"remaining_seconds", sla.remaining},
                       {"stage", phone ? named_json("reservation_dispatch", "预约待派单", "Reservation to dispatch")
                                       : named_json("reservation_contact", "预约待联系", "Reservation to contact")},
                       {"contact_name", r.name},
                       {"address", r.address},
                       {"submitted_at", gp::format_datetime_cst(in.start)},
                       {"customer_manager", person(cm)},
                       {"project_manager", nullptr}});
    }
  }

  std::vector<json> sorted(items.begin(), items.end());
  std::stable_sort(sorted.begin(), sorted.end(), [](const json& a, const json& b) {
    const int la = level_rank(a.at("level")), lb = level_rank(b.at("level"));
    if (la != lb) return la < lb;
    if (a.at("escalation") != b.at("escalation")) return a.at("escalation").get<int>() > b.at("escalation").get<int>();
    return a.at("age_working_days").get<double>() > b.at("age_working_days").get<double>();
  });

  json by_level = {{"normal", 0}, {"warning", 0}, {"overdue", 0}};
  json by_escalation = {{"0", 0}, {"1", 0}, {"2", 0}, {"3", 0}};
  json by_kind = {{"application", 0}, {"reservation", 0}};
  int works_breach = 0;  // rule W2
  int backfilled = 0;    // rule M5: applications with 补录 steps
  std::map<std::string, json> by_manager, by_stage;  // keyed for a stable order
  auto bump = [](json& bucket, const std::string& level) {
    bucket["total"] = bucket.value("total", 0) + 1;
    if (level != "normal") bucket[level] = bucket.value(level, 0) + 1;
  };
  for (const auto& it : sorted) {
    const std::string level = it.at("level");
    by_level[level] = by_level[level].get<int>() + 1;
    const std::string esc = std::to_string(it.at("escalation").get<int>());
    by_escalation[esc] = by_escalation[esc].get<int>() + 1;
    by_kind[it.at("kind").get<std::string>()] = by_kind[it.at("kind").get<std::string>()].get<int>() + 1;
    if (it.value("works_breach", 0) > 0) ++works_breach;
    if (it.value("backfilled", 0) > 0) ++backfilled;
    const json& m = it.at("customer_manager");
    const std::string mkey = m.is_null() ? "~" : std::to_string(m.at("id").get<std::int64_t>());
    json& mb = by_manager[mkey];
    if (mb.is_null()) mb = {{"id", m.is_null() ? json(nullptr) : m.at("id")}, {"name", m.is_null() ? json("") : m.at("name")},
                            {"total", 0}, {"warning", 0}, {"overdue", 0}};
    bump(mb, level);
    const json& s = it.at("stage");
    const std::string skey = s.is_null() ? "~" : s.at("code").get<std::string>();
    json& sb = by_stage[skey];
    if (sb.is_null()) {
      sb = s.is_null() ? named_json("", "", "") : s;
      sb["total"] = 0;
      sb["warning"] = 0;
      sb["overdue"] = 0;
    }
    bump(sb, level);
  }
  json managers = json::array(), stages = json::array();
  for (auto& [k, v] : by_manager) managers.push_back(v);
  for (auto& [k, v] : by_stage) stages.push_back(v);
  return {{"now", gp::format_datetime_cst(now)},
          {"items", sorted},
          {"counts", {{"total", static_cast<int>(sorted.size())}, {"by_kind", by_kind}, {"by_level", by_level},
                      {"by_escalation", by_escalation}, {"by_manager", managers}, {"by_stage", stages},
                      {"works_breach", works_breach}, {"backfilled", backfilled},
                      {"backfill_after_hours", {{"value", cfg->backfill_after_hours}, {"source", "company_setting"}}}}},
          {"rules", {"M1", "M2", "G6", "D4", "W2", "M5"}}};
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
    json subjects = json::array();
    int recorded = 0;
    for (const auto& s : raised) {
      recorded += store::record_sla_mark(db, s.id, "ack_" + std::to_string(s.escalation), now) ? 1 : 0;
      subjects.push_back({{"subject", s.id}, {"stage", s.stage}, {"level", gp::to_string(s.level)}, {"escalation", s.escalation}});
    }
    if (!recorded) fail(K::conflict, "already_acknowledged", "", "该预警已处理", "this warning has already been handled");
    gp::Event e;
    e.at = now;
    e.type = "warning_acknowledged";
    e.role = c.role;
    e.channel = c.channel;
    e.data = {{"level", gp::to_string(view.level)},
              {"escalation", escalation},
              {"escalation_to", gp::to_string(static_cast<gp::Escalation>(escalation))},
              {"note", note},
              {"subjects", subjects},
              {"stops_rise_to_leadership", escalation >= 2},
              {"rule", "M2"}};
    apps_.append(db, app, e, c.user_id, /*notify=*/false);  // internal: the customer is not told
    return json{{"acknowledged", e.data}, {"application", apps_.render(db, c, app)}};
  });
  return out;
}

}  // namespace gp::server
