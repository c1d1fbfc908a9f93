#include "services/indicator_service.h"

#include <map>

#include "gp/working_days_taken.h"

#include "services/service_error.h"
#include "store/ratings.h"
// Issue 11, rules M5/M6.
#include "gp/cases.h"
#include "store/callbacks.h"
#include "store/cases.h"

namespace gp::server {

std::vector<gp::IndicatorRecord> IndicatorService::records(store::Conn& db, const gp::Date& to, gp::Instant now,
                                                           std::optional<std::int64_t> manager_id) const {
  const auto cal = env_.cal.current();
  const auto cfg = env_.cfg.current();
  std::map<std::int64_t, std::string> names;
  std::vector<gp::IndicatorRecord> out;
  const auto mismatches = store::callback_mismatch_times(db);  // rule M5
  const std::vector<std::int64_t> ids = store::application_ids_submitted_before(db, gp::cst_midnight(to.plus_days(1)), manager_id);
  for (auto id : ids) {
    auto row = store::find_application(db, id);
    if (!row) continue;
    const auto app = apps_.load(db, *row);
    const auto& s = app.state;
    const auto view = gp::view_of(s, *cal, now, cfg->sla);
    gp::IndicatorRecord r;
    r.number = row->number;
    r.customer_type = s.plan.facts.customer_type;
    r.business = s.plan.facts.business;
    r.channel = row->channel;
    r.proactive = s.plan.facts.proactive;  // rules S2, S4: 主动办电
    r.submitted_at = row->submitted_at;
    r.completed_at = s.completed_at;
    r.withdrawn = s.status == gp::AppStatus::withdrawn;
    r.open = !s.finished();
    r.working_days = gp::working_days_taken(s, *cal, now, cfg->sla);  // rules M3, M4, T6: the managers list's figure too
    r.limit_working_days = s.plan.time_limit_working_days;
    r.on_time = view.overall.on_time;
    r.stage_count = static_cast<int>(s.plan.stages.size());
    for (const auto& sv : view.stages)
      if (sv.sla)  // company steps only; customer-side steps have no company time
        r.stages.push_back({sv.stage->code, sv.sla->used, sv.state == gp::StageState::done});
    r.limit_excludes_works = gp::limit_excludes_supporting_works(s.plan);  // rule T4
    for (std::size_t i = 0; i < s.works.size() && i < view.works.size(); ++i)
      r.works.push_back({view.works[i].used, s.works[i].limit_working_days, s.works[i].done, view.works[i].on_time});
    r.cost_fen = s.high_reliability_fee_fen.value_or(0);  // rule F1: the one fee, as recorded with the plan
    if (auto scores = store::find_rating_scores(db, row->id)) {
      r.service_score = scores->service_score;
      if (scores->manager_score) r.manager_score = *scores->manager_score;
    }
    for (const auto& e : app.events)  // rule M5: steps recorded as 补录
      if (e.event.data.is_object() && e.event.data.value("backfilled", false)) ++r.backfilled;
    if (auto m = mismatches.find(row->id); m != mismatches.end()) r.callback_mismatches = m->second;  // rule M5
    r.manager_id = row->customer_manager_id;
    if (r.manager_id) {
      auto it = names.find(*r.manager_id);
      if (it == names.end()) {
        auto u = store::find_user(db, *r.manager_id);
        it = names.emplace(*r.manager_id, u ? u->name : "").first;
      }
      r.manager_name = it->second;
    }
    out.push_back(std::move(r));
  }
  return out;
}

gp::Indicators IndicatorService::indicators(const Caller& c, const gp::Date& from, const gp::Date& to,
                                            std::optional<gp::CustomerType> customer_type) {
  std::optional<std::int64_t> own;
  if (c.role == gp::Role::customer_manager || c.role == gp::Role::project_manager) own = c.user_id;
  else if (c.role != gp::Role::command_center && c.role != gp::Role::admin)
    fail(ServiceError::Kind::forbidden, "forbidden", "", "指标分析仅供工作人员使用", "indicators are for staff only");
  auto& db = env_.db.reader();
  gp::Indicators ind = gp::compute_indicators(records(db, to, env_.clock.now(), own), from, to, customer_type);
  if (!own) {  // rule M6: founded ten-prohibitions cases closed in the period (company scope)
    std::vector<std::string> cats;
    for (const auto& cat : gp::case_categories())
      if (cat.prohibition) cats.push_back(cat.code);
    for (const auto& row : store::prohibition_counts(db, cats, gp::cst_midnight(from), gp::cst_midnight(to.plus_days(1))))
      ind.prohibition_cases += row.count;
  }
  return ind;
}

}  // namespace gp::server
