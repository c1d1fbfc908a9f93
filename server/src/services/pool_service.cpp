#include "services/pool_service.h"

#include <cstdio>

#include "gp/dto/pool.h"
#include "gp/grab.h"
#include "services/service_error.h"
#include "store/applications.h"
#include "store/manager_load.h"
#include "store/pool.h"
#include "store/users.h"

namespace gp::server {

using nlohmann::json;
using K = ServiceError::Kind;

namespace {
gp::dto::CodeName fact_code(const json& facts, const char* key, bool business) {
  const std::string code = facts.is_object() ? facts.value(key, std::string()) : std::string();
  if (business) {
    if (auto b = gp::parse_business(code)) return gp::dto::code_name(gp::named(*b));
  } else if (auto t = gp::parse_customer_type(code)) {
    return gp::dto::code_name(gp::named(*t));
  }
  return {code, code, code};
}

// One assign_managers event: the customer manager given, the project manager kept.
void assign(ApplicationService& apps, store::Conn& db, LoadedApplication& app, std::int64_t cm, gp::Instant now,
            gp::Role role, const std::string& channel, std::optional<std::int64_t> actor, bool grabbed) {
  gp::Event e;
  e.at = now;
  e.type = "assign_managers";
  e.role = role;
  e.channel = channel;
  e.data = {{"customer_manager", std::to_string(cm)},
            {"project_manager", app.state.project_manager},
            {"automatic", !grabbed},
            {grabbed ? "grabbed" : "pool_window_closed", true}};  // rule M7
  apps.append(db, app, e, actor);
}
}  // namespace

json PoolService::list(const Caller& c) {
  if (c.role != gp::Role::customer_manager && c.role != gp::Role::command_center && c.role != gp::Role::admin)
    fail(K::forbidden, "forbidden", "", "无权查看抢单池", "not allowed to see the pool");
  auto& db = env_.db.reader();
  const auto cfg = env_.cfg.current();
  gp::dto::PoolBody body;
  body.enabled = cfg->grab.enabled;
  body.window_minutes = cfg->grab.window_minutes;
  body.load_cap = cfg->grab.load_cap;
  if (c.role == gp::Role::customer_manager) body.my_open = store::count_open_applications_of_manager(db, c.user_id);
  for (const auto& p : store::pooled_applications(db)) {
    gp::dto::PoolItemDto it;
    it.number = p.number;
    it.business = fact_code(p.facts, "business", true);
    it.customer_type = fact_code(p.facts, "customer_type", false);
    it.address = p.address;
    it.submitted_at = gp::format_datetime_cst(p.submitted_at);
    it.closes_at = gp::format_datetime_cst(gp::pool_closes_at(p.pooled_at, cfg->grab));
    body.items.push_back(std::move(it));
  }
  return body;
}

json PoolService::grab(const Caller& c, const std::string& number) {
  if (number.empty() || number.size() > 40) not_found("申请", "application");
  const auto cfg = env_.cfg.current();
  json out = env_.db.write([&](store::Conn& db) {
    auto row = store::find_application_by_number(db, number);
    if (!row) not_found("申请", "application");
    const auto me = store::find_user(db, c.user_id);
    const auto pooled = store::pooled_at(db, row->id);
    gp::GrabAttempt a;
    a.customer_manager = c.role == gp::Role::customer_manager;
    a.disabled = !me || me->disabled;
    a.open_applications = store::count_open_applications_of_manager(db, c.user_id);
    a.in_pool = pooled.has_value();
    a.has_customer_manager = row->customer_manager_id.has_value();
    a.pooled_at = pooled.value_or(0);
    const gp::Instant now = env_.clock.now();
    if (auto why = gp::grab_refusal(a, cfg->grab, now)) {
      const auto& n = gp::named(*why);
      // Who holds it is not disclosed: an application nobody offered is as good as absent.
      if (*why == gp::GrabRefusal::not_in_pool) not_found("抢单池中的申请", "pooled application");
      fail(*why == gp::GrabRefusal::not_a_customer_manager ? K::forbidden : K::conflict, n.code, "", n.zh, n.en);
    }
    auto app = apps_.load(db, *row);
    assign(apps_, db, app, c.user_id, now, c.role, c.channel, c.user_id, true);
    gp::dto::GrabAnswer ans;
    ans.number = row->number;
    ans.customer_manager = {me->id, me->name, me->phone, gp::to_string(me->role)};
    return json(ans);
  });
  env_.notifier.announce();
  return out;
}

void PoolService::sweep(gp::Instant now, SweepReport&) {  // assignments are not warnings: no marks
  const auto cfg = env_.cfg.current();
  // Closed windows only; also when grabbing was switched off since (nothing stays unassigned).
  const gp::Instant closed_before = cfg->grab.enabled ? now - static_cast<gp::Instant>(cfg->grab.window_minutes) * 60 : now;
  const auto due = store::pooled_since(env_.db.reader(), closed_before);
  if (due.empty()) return;
  env_.db.write([&](store::Conn& db) {
    for (const auto id : due) {
      auto row = store::find_application(db, id);
      if (!row || row->customer_manager_id || !store::pooled_at(db, id)) continue;  // taken meanwhile
      const auto cm = store::least_loaded_manager(db, gp::Role::customer_manager);
      if (!cm) {
        std::fprintf(stderr, "pool: no customer manager to assign %s to\n", row->number.c_str());
        continue;
      }
      auto app = apps_.load(db, *row);
      assign(apps_, db, app, *cm, now, gp::Role::system, "system", std::nullopt, false);
    }
  });
  env_.notifier.announce();
}

}  // namespace gp::server
