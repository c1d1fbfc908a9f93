#include "gp/dto/track.h"

#include "gp/dto/wire.h"

namespace gp::dto {

using nlohmann::json;

void to_json(json& j, const TrackStageDto& v) {
  j = {{"code", v.code}, {"name_zh", v.name_zh}, {"name_en", v.name_en}, {"state", v.state}, {"started_at", opt(v.started_at)},
       {"done_at", opt(v.done_at)}, {"limit_working_days", opt(v.limit_working_days)}, {"source", opt(v.source)},
       {"deadline", opt(v.deadline)}};
}
void from_json(const json& j, TrackStageDto& v) {
  need(j, "code", v.code);
  need(j, "name_zh", v.name_zh);
  need(j, "name_en", v.name_en);
  need(j, "state", v.state);
  maybe(j, "started_at", v.started_at);
  maybe(j, "done_at", v.done_at);
  maybe(j, "limit_working_days", v.limit_working_days);
  maybe(j, "source", v.source);
  maybe(j, "deadline", v.deadline);
}

void to_json(json& j, const TrackWorksDto& v) {
  j = {{"name_zh", v.name_zh}, {"name_en", v.name_en}, {"limit_working_days", v.limit_working_days},
       {"agreed_completion_date", v.agreed_completion_date}, {"started_at", v.started_at}, {"done_at", opt(v.done_at)},
       {"deadline", opt(v.deadline)}};
}
void from_json(const json& j, TrackWorksDto& v) {
  need(j, "name_zh", v.name_zh);
  need(j, "name_en", v.name_en);
  need(j, "limit_working_days", v.limit_working_days);
  need(j, "agreed_completion_date", v.agreed_completion_date);
  need(j, "started_at", v.started_at);
  maybe(j, "done_at", v.done_at);
  maybe(j, "deadline", v.deadline);
}

void to_json(json& j, const TrackDto& v) {
  j = {{"number", v.number}, {"status", v.status}, {"business", v.business}, {"submitted_at", v.submitted_at},
       {"time_limit_working_days", v.time_limit_working_days}, {"deadline", opt(v.deadline)},
       {"waiting_for_customer", v.waiting_for_customer}, {"limit_excludes_supporting_works", v.limit_excludes_supporting_works},
       {"supporting_works", v.supporting_works}, {"stages", v.stages}};
}
void from_json(const json& j, TrackDto& v) {
  need(j, "number", v.number);
  need(j, "status", v.status);
  need(j, "business", v.business);
  need(j, "submitted_at", v.submitted_at);
  need(j, "time_limit_working_days", v.time_limit_working_days);
  maybe(j, "deadline", v.deadline);
  need(j, "waiting_for_customer", v.waiting_for_customer);
  need(j, "limit_excludes_supporting_works", v.limit_excludes_supporting_works);
  need_list(j, "supporting_works", v.supporting_works);
  need_list(j, "stages", v.stages);
}

}  // namespace gp::dto
