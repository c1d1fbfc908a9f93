// The use cases of an application's life (issue 3): submit, list, read, act, track. Every change
// appends an event in the same transaction as the change (rule M5), re-derives the queue columns,
// and notifies the people concerned (rule P1). Rules come from shared/ (workflow, rules, sla).
#pragma once
#include <map>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "gp/dto/application.h"
#include "gp/workflow.h"
#include "services/calendar_service.h"
#include "services/clock.h"
#include "services/config_service.h"
#include "services/env.h"
#include "services/notifier.h"
#include "store/applications.h"
#include "store/database.h"
#include "store/events.h"
#include "store/users.h"

namespace gp::server {

// The authenticated caller of a use case.
struct Caller {
  std::int64_t user_id = 0;
  gp::Role role = gp::Role::customer;
  std::string channel = "online";  // online | service_hall | kiosk
};

struct LoadedApplication {
  store::ApplicationRow row;
  gp::AppState state;
  std::vector<store::StoredEvent> events;
};

struct ListParams {
  std::string status, stage, level, search, sort = "urgency";
  std::optional<std::int64_t> manager_id;
  int page = 1;
  int page_size = 20;
};

class ApplicationService {
 public:
  ApplicationService(store::Database& db, CalendarService& cal, ConfigService& cfg, Clock& clock, Notifier& notifier);
  explicit ApplicationService(const Env& env) : ApplicationService(env.db, env.cal, env.cfg, env.clock, env.notifier) {}

  nlohmann::json create(const Caller& c, const nlohmann::json& body);
  // create() inside the caller's write transaction; call Notifier::announce() after the commit.
  nlohmann::json create_in(store::Conn& db, const Caller& c, const nlohmann::json& body);
  nlohmann::json list(const Caller& c, const ListParams& p);
  nlohmann::json get(const Caller& c, const std::string& number);
  nlohmann::json act(const Caller& c, const std::string& number, const nlohmann::json& body);
  // The action without rendering (act = perform + render); used by the demo seeder too.
  void perform(const Caller& c, const std::string& number, const std::string& action, const nlohmann::json& fields);

  // --- for the other services (documents, contracts, ratings, SLA job, reservations) ---
  // Replays the events into the state.
  LoadedApplication load(store::Conn& db, const store::ApplicationRow& row) const;
  // The state alone (progress lookup, queue rows): no events read when the cache holds it.
  std::shared_ptr<const gp::AppState> state_of(store::Conn& db, const store::ApplicationRow& row) const;
  // Finds by number and checks the caller may see it; a stranger gets 404, never data.
  LoadedApplication load_visible(store::Conn& db, const Caller& c, const std::string& number) const;
  bool visible_to(const Caller& c, const store::ApplicationRow& row) const;
  // Appends an event inside `db`'s write transaction, applies it, re-derives the row and
  // notifies the customer and managers. Call Notifier::announce() after the commit.
  void append(store::Conn& db, LoadedApplication& app, const gp::Event& e, std::optional<std::int64_t> actor,
              bool notify = true);
  // Re-derive the queue columns (status, stage, SLA level...) at `now`; true when something changed.
  bool refresh_derived(store::Conn& db, LoadedApplication& app, gp::Instant now);
  // The full JSON of an application as `c` may see it.
  nlohmann::json render(store::Conn& db, const Caller& c, const LoadedApplication& app) const;
  // The same as the shared wire type (gp/dto/application.h), for answers that wrap it.
  gp::dto::ApplicationDetail detail(store::Conn& db, const Caller& c, const LoadedApplication& app) const;
  gp::Actor actor_for(const Caller& c, const store::ApplicationRow& row) const;
  gp::OptionLists option_lists(store::Conn& db, const LoadedApplication& app) const;


 private:
  std::shared_ptr<const gp::AppState> replay(const store::ApplicationRow& row, const std::vector<store::StoredEvent>& events,
                                             const std::shared_ptr<const gp::ServiceConfig>& cfg) const;
  // Replayed states by application id, valid while the application's last event (its hash: a new
  // event differs even where a rolled-back id is reused) and the configuration are the same.
  // Replaying (rules evaluated, every event parsed) was most of a progress lookup or queue row at
  // 100,000 applications (docs/performance.md). Bounded: emptied when full.
  struct CachedState {
    std::string last_hash;
    std::shared_ptr<const gp::ServiceConfig> cfg;
    std::shared_ptr<const gp::AppState> state;
  };
  static constexpr std::size_t kStateCacheSize = 4096;
  mutable std::mutex cache_mu_;
  mutable std::unordered_map<std::int64_t, CachedState> cache_;
  std::shared_ptr<const gp::AppState> cached(std::int64_t id, const std::string& last_hash,
                                             const std::shared_ptr<const gp::ServiceConfig>& cfg) const;
  void remember(std::int64_t id, const std::string& last_hash, const std::shared_ptr<const gp::ServiceConfig>& cfg,
                std::shared_ptr<const gp::AppState> state) const;

  store::Database& db_;
  CalendarService& cal_;
  ConfigService& cfg_;
  Clock& clock_;
  Notifier& notifier_;
};

}  // namespace gp::server
