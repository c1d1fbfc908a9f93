#include "gp/dto/lists.h"

#include "gp/dto/wire.h"

namespace gp::dto {

using nlohmann::json;

void to_json(json& j, const NameRefDto& v) { j = {{"id", v.id}, {"name", v.name}}; }
void from_json(const json& j, NameRefDto& v) {
  need(j, "id", v.id);
  need(j, "name", v.name);
}

void to_json(json& j, const ApplicationRowDto& v) {
  j = {{"number", v.number}, {"status", v.status}, {"business", v.business}, {"customer_type", v.customer_type},
       {"stage", opt(v.stage)}, {"level", v.level}, {"escalation", v.escalation}, {"submitted_at", v.submitted_at},
       {"deadline", opt(v.deadline)}, {"remaining_working_days", v.remaining_working_days},
       {"elapsed_working_days", v.elapsed_working_days}, {"time_limit_working_days", v.time_limit_working_days},
       {"paused", v.paused}, {"waiting_for", v.waiting_for}, {"channel", v.channel}, {"address", v.address},
       {"contact_name", v.contact_name}, {"customer_manager", opt(v.customer_manager)}, {"project_manager", opt(v.project_manager)}};
  if (v.contact_phone) j["contact_phone"] = *v.contact_phone;
}
void from_json(const json& j, ApplicationRowDto& v) {
  need(j, "number", v.number);
  need(j, "status", v.status);
  need(j, "business", v.business);
  need(j, "customer_type", v.customer_type);
  maybe(j, "stage", v.stage);
  need(j, "level", v.level);
  need(j, "escalation", v.escalation);
  need(j, "submitted_at", v.submitted_at);
  maybe(j, "deadline", v.deadline);
  need(j, "remaining_working_days", v.remaining_working_days);
  need(j, "elapsed_working_days", v.elapsed_working_days);
  need(j, "time_limit_working_days", v.time_limit_working_days);
  need(j, "paused", v.paused);
  need(j, "waiting_for", v.waiting_for);
  need(j, "channel", v.channel);
  need(j, "address", v.address);
  need(j, "contact_name", v.contact_name);
  maybe(j, "customer_manager", v.customer_manager);
  maybe(j, "project_manager", v.project_manager);
  maybe(j, "contact_phone", v.contact_phone);
}

void to_json(json& j, const ApplicationPageDto& v) {
  j = {{"items", v.items}, {"total", v.total}, {"page", v.page}, {"page_size", v.page_size}};
}
void from_json(const json& j, ApplicationPageDto& v) {
  need_list(j, "items", v.items);
  need(j, "total", v.total);
  need(j, "page", v.page);
  need(j, "page_size", v.page_size);
}

void to_json(json& j, const BoardWorksClockDto& v) {
  j = {{"item", v.item}, {"kind", v.kind}, {"level", v.level}, {"limit_working_days", v.limit_working_days},
       {"elapsed_working_days", v.elapsed_working_days}, {"remaining_working_days", v.remaining_working_days},
       {"deadline", opt(v.deadline)}, {"agreed_completion_date", v.agreed_completion_date}, {"rule", v.rule}};
}
void from_json(const json& j, BoardWorksClockDto& v) {
  need(j, "item", v.item);
  need(j, "kind", v.kind);
  need(j, "level", v.level);
  need(j, "limit_working_days", v.limit_working_days);
  need(j, "elapsed_working_days", v.elapsed_working_days);
  need(j, "remaining_working_days", v.remaining_working_days);
  maybe(j, "deadline", v.deadline);
  need(j, "agreed_completion_date", v.agreed_completion_date);
  need(j, "rule", v.rule);
}

void to_json(json& j, const BoardItemDto& v) {
  j = {{"kind", v.kind}, {"number", v.number}, {"status", v.status}, {"level", v.level}, {"escalation", v.escalation},
       {"escalation_to", v.escalation_to}, {"acknowledged", v.acknowledged}, {"age_working_days", v.age_working_days},
       {"stage", opt(v.stage)}, {"contact_name", v.contact_name}, {"address", v.address}, {"submitted_at", v.submitted_at},
       {"customer_manager", opt(v.customer_manager)}, {"project_manager", opt(v.project_manager)}};
  if (v.kind == "reservation") {
    j["channel"] = v.channel;
    j["due_at"] = v.due_at;
    j["remaining_seconds"] = v.remaining_seconds;
    return;
  }
  j["works_breach"] = v.works_breach;
  j["backfilled"] = v.backfilled;
  j["waiting_for"] = v.waiting_for;
  j["time_limit_working_days"] = v.time_limit_working_days;
  j["limit_excludes_supporting_works"] = v.limit_excludes_supporting_works;
  j["application_level"] = v.application_level;
  j["supporting_works"] = opt(v.supporting_works);
  j["remaining_working_days"] = v.remaining_working_days;
  j["deadline"] = opt(v.deadline);
  j["customer_type"] = v.customer_type;
}
void from_json(const json& j, BoardItemDto& v) {
  need(j, "kind", v.kind);
  need(j, "number", v.number);
  need(j, "status", v.status);
  need(j, "level", v.level);
  need(j, "escalation", v.escalation);
  need(j, "escalation_to", v.escalation_to);
  need(j, "acknowledged", v.acknowledged);
  need(j, "age_working_days", v.age_working_days);
  maybe(j, "stage", v.stage);
  need(j, "contact_name", v.contact_name);
  need(j, "address", v.address);
  need(j, "submitted_at", v.submitted_at);
  maybe(j, "customer_manager", v.customer_manager);
  maybe(j, "project_manager", v.project_manager);
  if (v.kind == "reservation") {
    need(j, "channel", v.channel);
    need(j, "due_at", v.due_at);
    need(j, "remaining_seconds", v.remaining_seconds);
    return;
  }
  need(j, "works_breach", v.works_breach);
  need(j, "backfilled", v.backfilled);
  need(j, "waiting_for", v.waiting_for);
  need(j, "time_limit_working_days", v.time_limit_working_days);
  need(j, "limit_excludes_supporting_works", v.limit_excludes_supporting_works);
  need(j, "application_level", v.application_level);
  maybe(j, "supporting_works", v.supporting_works);
  need(j, "remaining_working_days", v.remaining_working_days);
  maybe(j, "deadline", v.deadline);
  need(j, "customer_type", v.customer_type);
}

json manager_bucket_json(const BoardBucketDto& v) {
  return {{"id", opt(v.id)}, {"name", v.name}, {"total", v.total}, {"warning", v.warning}, {"overdue", v.overdue}};
}
json stage_bucket_json(const BoardBucketDto& v) {
  const CodeName s = v.stage.value_or(CodeName{});
  return {{"code", s.code}, {"name_zh", s.name_zh}, {"name_en", s.name_en}, {"total", v.total}, {"warning", v.warning}, {"overdue", v.overdue}};
}
BoardBucketDto manager_bucket(const json& j) {
  BoardBucketDto b;
  maybe(j, "id", b.id);
  need(j, "name", b.name);
  need(j, "total", b.total);
  need(j, "warning", b.warning);
  need(j, "overdue", b.overdue);
  return b;
}
BoardBucketDto stage_bucket(const json& j) {
  BoardBucketDto b;
  b.stage = j.get<CodeName>();
  need(j, "total", b.total);
  need(j, "warning", b.warning);
  need(j, "overdue", b.overdue);
  return b;
}

void to_json(json& j, const BoardCountsDto& v) {
  json managers = json::array(), stages = json::array();
  for (const auto& b : v.by_manager) managers.push_back(manager_bucket_json(b));
  for (const auto& b : v.by_stage) stages.push_back(stage_bucket_json(b));
  j = {{"total", v.total}, {"by_kind", v.by_kind}, {"by_level", v.by_level}, {"by_escalation", v.by_escalation},
       {"by_manager", managers}, {"by_stage", stages}, {"works_breach", v.works_breach}, {"backfilled", v.backfilled},
       {"backfill_after_hours", {{"value", v.backfill_after_hours}, {"source", "company_setting"}}}};
}
void from_json(const json& j, BoardCountsDto& v) {
  need(j, "total", v.total);
  need(j, "by_kind", v.by_kind);
  need(j, "by_level", v.by_level);
  need(j, "by_escalation", v.by_escalation);
  json managers, stages, after;
  need(j, "by_manager", managers);
  need(j, "by_stage", stages);
  v.by_manager.clear();
  v.by_stage.clear();
  for (std::size_t i = 0; i < managers.size(); ++i) {
    try {
      v.by_manager.push_back(manager_bucket(managers[i]));
    } catch (const DecodeError& e) {
      throw DecodeError("by_manager[" + std::to_string(i) + "]." + e.path, e.what());
    }
  }
  for (std::size_t i = 0; i < stages.size(); ++i) {
    try {
      v.by_stage.push_back(stage_bucket(stages[i]));
    } catch (const DecodeError& e) {
      throw DecodeError("by_stage[" + std::to_string(i) + "]." + e.path, e.what());
    }
  }
  need(j, "works_breach", v.works_breach);
  need(j, "backfilled", v.backfilled);
  need(j, "backfill_after_hours", after);
  try {
    need(after, "value", v.backfill_after_hours);
  } catch (const DecodeError& e) {
    throw DecodeError("backfill_after_hours." + e.path, e.what());
  }
}

void to_json(json& j, const BoardDto& v) { j = {{"now", v.now}, {"items", v.items}, {"counts", v.counts}, {"rules", v.rules}}; }
void from_json(const json& j, BoardDto& v) {
  need(j, "now", v.now);
  need_list(j, "items", v.items);
  need(j, "counts", v.counts);
  need(j, "rules", v.rules);
}

}  // namespace gp::dto
