// The event history: append-only, one hash chain over every event (rule M5). Updates and deletes
// are refused by triggers; `verify_chain` recomputes every hash.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/conn.h"

#include "gp/workflow.h"

namespace gp::store {

struct StoredEvent {
  gp::Event event;              // seq = row id
  std::optional<std::int64_t> actor_id;
  std::int64_t application_id = 0;  // 0 when none
  std::int64_t reservation_id = 0;
  std::string hash;
};

// The hash of an application's last event ("" when none): what its replayed state is cached by.
std::string last_event_hash(SQLite::Database& db, std::int64_t application_id);

// Append inside the caller's write transaction. `actor_id` empty = the system.
StoredEvent append_event(SQLite::Database& db, std::int64_t application_id, std::int64_t reservation_id,
                         const gp::Event& e, std::optional<std::int64_t> actor_id);

std::vector<StoredEvent> events_of_application(SQLite::Database& db, std::int64_t application_id);

// Which applications gained events, for answers kept in memory that derive from an application's
// events (ApplicationService::track). One counter per bucket of application ids, moved after the
// commit that added the events (Database::write calls publish_appended_events). Read it before
// reading the database: an answer derived from those reads holds while the counter stays. A
// bucket is shared by many applications: a neighbour's event only makes a cache look again.
std::uint64_t events_epoch(std::int64_t application_id);
void publish_appended_events();  // after a commit: the events this thread appended are visible
void discard_appended_events();  // before a transaction: forget what a rolled-back one appended
std::vector<StoredEvent> events_of_reservation(SQLite::Database& db, std::int64_t reservation_id);

struct ChainReport {
  bool ok = true;
  std::int64_t events = 0;
  std::int64_t first_bad_id = 0;  // 0 when ok
  std::string problem;
};
ChainReport verify_chain(SQLite::Database& db);

}  // namespace gp::store
