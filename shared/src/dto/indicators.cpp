#include "gp/dto/indicators.h"

#include "gp/dto/wire.h"

namespace gp::dto {

bool IndicatorsBody::operator==(const IndicatorsBody& o) const {
  return from == o.from && to == o.to && customer_type == o.customer_type && received == o.received && completed == o.completed &&
         withdrawn == o.withdrawn && average_working_days == o.average_working_days && p90_working_days == o.p90_working_days &&
         max_working_days == o.max_working_days && stages == o.stages && on_time_rate == o.on_time_rate &&
         supporting_works == o.supporting_works && average_steps == o.average_steps && cost_to_customer_fen == o.cost_to_customer_fen &&
         average_cost_to_customer_fen == o.average_cost_to_customer_fen && charged == o.charged && cost_rule == o.cost_rule &&
         online_share == o.online_share && hall_share == o.hall_share && channels_rule == o.channels_rule &&
         proactive_share == o.proactive_share && satisfaction == o.satisfaction && satisfaction_rate == o.satisfaction_rate &&
         ratings == o.ratings && managers == o.managers && backfilled == o.backfilled && callback_mismatches == o.callback_mismatches &&
         prohibition_cases == o.prohibition_cases && rule == o.rule && method == o.method &&
         scope == o.scope;
}

IndicatorsBody indicators_body(const Indicators& ind) {
  IndicatorsBody b;
  b.from = ind.from.iso();
  b.to = ind.to.iso();
  if (ind.customer_type) b.customer_type = to_string(*ind.customer_type);
  b.received = ind.received;
  b.completed = ind.completed;
  b.withdrawn = ind.withdrawn;
  b.average_working_days = ind.total_working_days.average;
  b.p90_working_days = ind.total_working_days.p90;
  b.max_working_days = ind.total_working_days.max;
  for (const auto& [code, d] : ind.stage_working_days)
    b.stages.push_back({to_string(code), named(code).zh, named(code).en, d.count, d.average, d.p90, d.max, d.average, d.p90});
  b.on_time_rate = ind.on_time_rate;
  b.supporting_works.completed = ind.works_completed;
  b.supporting_works.average_working_days = ind.works_working_days.average;
  b.supporting_works.p90_working_days = ind.works_working_days.p90;
  b.supporting_works.on_time_rate = ind.works_on_time_rate;
  b.average_steps = ind.average_steps;
  b.cost_to_customer_fen = ind.cost_to_customer_fen;
  b.average_cost_to_customer_fen = ind.average_cost_to_customer_fen;
  b.charged = ind.charged;
  b.cost_rule = "F1: the high-reliability supply fee of dual-power customers, as recorded with the supply plan; nothing else";
  b.online_share = ind.online_share;
  b.hall_share = ind.hall_share;
  b.proactive_share = ind.proactive_share;
  b.satisfaction = ind.satisfaction;
  b.satisfaction_rate = ind.satisfaction_rate;
  b.ratings = ind.ratings;
  for (const auto& m : ind.managers)
    b.managers.push_back({m.id, m.name, m.handled, m.open, m.average_working_days, m.on_time_rate, m.satisfaction, m.ratings, m.backfilled, m.callback_mismatches});
  b.backfilled = ind.backfilled;
  b.callback_mismatches = ind.callback_mismatches;  // rule M5
  b.prohibition_cases = ind.prohibition_cases;      // rule M6
  b.method =
      "durations are the company's working days (customer time excluded, T6; for 10 kV and above also the "
      "supporting works, T4, which are counted on their own clock, W1); p90 by nearest rank";
  return b;
}

void to_json(nlohmann::json& j, const StageFigureDto& v) {
  j = {{"count", v.count}, {"average", v.average}, {"p90", v.p90}, {"max", v.max}, {"stage", v.stage}, {"name_zh", v.name_zh},
       {"name_en", v.name_en}, {"average_working_days", v.average_working_days}, {"p90_working_days", v.p90_working_days}};
}
void from_json(const nlohmann::json& j, StageFigureDto& v) {
  need(j, "stage", v.stage);
  need(j, "name_zh", v.name_zh);
  need(j, "name_en", v.name_en);
  need(j, "count", v.count);
  need(j, "average", v.average);
  need(j, "p90", v.p90);
  need(j, "max", v.max);
  need(j, "average_working_days", v.average_working_days);
  need(j, "p90_working_days", v.p90_working_days);
}

void to_json(nlohmann::json& j, const WorksFiguresDto& v) {
  j = {{"completed", v.completed}, {"average_working_days", v.average_working_days}, {"p90_working_days", v.p90_working_days},
       {"on_time_rate", v.on_time_rate}, {"rules", v.rules}};
}
void from_json(const nlohmann::json& j, WorksFiguresDto& v) {
  need(j, "completed", v.completed);
  need(j, "average_working_days", v.average_working_days);
  need(j, "p90_working_days", v.p90_working_days);
  need(j, "on_time_rate", v.on_time_rate);
  need(j, "rules", v.rules);
}

void to_json(nlohmann::json& j, const ManagerFiguresDto& v) {
  j = {{"id", v.id}, {"name", v.name}, {"handled", v.handled}, {"open", v.open}, {"average_working_days", v.average_working_days},
       {"on_time_rate", v.on_time_rate}, {"satisfaction", opt(v.satisfaction)}, {"ratings", v.ratings}, {"backfilled", v.backfilled},
       {"callback_mismatches", v.callback_mismatches}};
}
void from_json(const nlohmann::json& j, ManagerFiguresDto& v) {
  need(j, "id", v.id);
  need(j, "name", v.name);
  need(j, "handled", v.handled);
  need(j, "open", v.open);
  need(j, "average_working_days", v.average_working_days);
  need(j, "on_time_rate", v.on_time_rate);
  maybe(j, "satisfaction", v.satisfaction);
  need(j, "ratings", v.ratings);
  need(j, "backfilled", v.backfilled);
  need(j, "callback_mismatches", v.callback_mismatches);
}

void to_json(nlohmann::json& j, const ScopeDto& v) {
  if (v.company) j = "company";
  else j = {{"manager", {{"id", v.manager_id}, {"name", v.manager_name}}}};
}
void from_json(const nlohmann::json& j, ScopeDto& v) {
  if (j.is_string()) {
    if (j.get<std::string>() != "company") throw DecodeError("", "expected \"company\" or {\"manager\": ...}");
    v = ScopeDto{};
    return;
  }
  nlohmann::json m;
  need(j, "manager", m);
  v.company = false;
  try {
    need(m, "id", v.manager_id);
    need(m, "name", v.manager_name);
  } catch (const DecodeError& e) {
    throw DecodeError("manager." + e.path, e.what());
  }
}

void to_json(nlohmann::json& j, const IndicatorsBody& v) {
  j = {{"from", v.from},
       {"to", v.to},
       {"customer_type", opt(v.customer_type)},
       {"received", v.received},
       {"completed", v.completed},
       {"withdrawn", v.withdrawn},
       {"average_working_days", v.average_working_days},
       {"p90_working_days", v.p90_working_days},
       {"max_working_days", v.max_working_days},
       {"stages", v.stages},
       {"on_time_rate", v.on_time_rate},
       {"supporting_works", v.supporting_works},
       {"average_steps", v.average_steps},
       {"cost_to_customer_fen", v.cost_to_customer_fen},
       {"average_cost_to_customer_fen", v.average_cost_to_customer_fen},
       {"charged", v.charged},
       {"cost_rule", v.cost_rule},
       {"online_share", v.online_share},
       {"hall_share", v.hall_share},
       {"channels_rule", v.channels_rule},
       {"proactive_share", v.proactive_share},
       {"satisfaction", opt(v.satisfaction)},
       {"satisfaction_rate", opt(v.satisfaction_rate)},
       {"ratings", v.ratings},
       {"managers", v.managers},
       {"backfilled", v.backfilled},
       {"callback_mismatches", v.callback_mismatches},
       {"prohibition_cases", v.prohibition_cases},
       {"rule", v.rule},
       {"method", v.method}};
  if (v.scope) j["scope"] = *v.scope;
}
void from_json(const nlohmann::json& j, IndicatorsBody& v) {
  need(j, "from", v.from);
  need(j, "to", v.to);
  maybe(j, "customer_type", v.customer_type);
  need(j, "received", v.received);
  need(j, "completed", v.completed);
  need(j, "withdrawn", v.withdrawn);
  need(j, "average_working_days", v.average_working_days);
  need(j, "p90_working_days", v.p90_working_days);
  need(j, "max_working_days", v.max_working_days);
  need_list(j, "stages", v.stages);
  need(j, "on_time_rate", v.on_time_rate);
  need(j, "supporting_works", v.supporting_works);
  need(j, "average_steps", v.average_steps);
  need(j, "cost_to_customer_fen", v.cost_to_customer_fen);
  need(j, "average_cost_to_customer_fen", v.average_cost_to_customer_fen);
  need(j, "charged", v.charged);
  need(j, "cost_rule", v.cost_rule);
  need(j, "online_share", v.online_share);
  need(j, "hall_share", v.hall_share);
  need(j, "channels_rule", v.channels_rule);
  need(j, "proactive_share", v.proactive_share);
  maybe(j, "satisfaction", v.satisfaction);
  maybe(j, "satisfaction_rate", v.satisfaction_rate);
  need(j, "ratings", v.ratings);
  need_list(j, "managers", v.managers);
  need(j, "backfilled", v.backfilled);
  need(j, "callback_mismatches", v.callback_mismatches);
  need(j, "prohibition_cases", v.prohibition_cases);
  need(j, "rule", v.rule);
  need(j, "method", v.method);
  maybe(j, "scope", v.scope);
}

}  // namespace gp::dto
