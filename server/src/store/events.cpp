#include "store/events.h"

#include "store/sql.h"

#include <atomic>

#include "store/hash.h"
#include "store/prepared.h"

namespace gp::store {
namespace {

using nlohmann::json;

// The bytes a hash covers: the previous hash and every stored field, in a fixed order.
std::string content(const std::string& prev, std::int64_t app, std::int64_t res, const gp::Event& e,
                    std::optional<std::int64_t> actor, const std::string& data) {
  return prev + "\n" + std::to_string(app) + "\n" + std::to_string(res) + "\n" + std::to_string(e.at) + "\n" + e.type +
         "\n" + (actor ? std::to_string(*actor) : "") + "\n" + gp::to_string(e.role) + "\n" + e.channel + "\n" + data;
}

const char* kGenesis = "0000000000000000000000000000000000000000000000000000000000000000";

StoredEvent read_row(SQLite::Statement& q) {
  StoredEvent s;
  s.event.seq = q.getColumn(0).getInt64();
  s.application_id = q.getColumn(1).isNull() ? 0 : q.getColumn(1).getInt64();
  s.reservation_id = q.getColumn(2).isNull() ? 0 : q.getColumn(2).getInt64();
  s.event.at = q.getColumn(3).getInt64();
  s.event.type = q.getColumn(4).getString();
  if (!q.getColumn(5).isNull()) s.actor_id = q.getColumn(5).getInt64();
  s.event.actor = s.actor_id ? std::to_string(*s.actor_id) : "";
  s.event.role = gp::parse_role(q.getColumn(6).getString()).value_or(gp::Role::system);
  s.event.channel = q.getColumn(7).getString();
  s.event.data = json::parse(q.getColumn(8).getString(), nullptr, false);
  s.hash = q.getColumn(10).getString();
  return s;
}

constexpr const char* kSelect =
    "SELECT id, application_id, reservation_id, at, type, actor_id, role, channel, data, prev_hash, hash FROM events ";

// store::events_epoch: a counter per bucket of application ids.
constexpr std::size_t kEpochBuckets = 1 << 16;
std::atomic<std::uint64_t> g_epochs[kEpochBuckets];
thread_local std::vector<std::int64_t> t_appended;  // by the thread holding the write lock

std::atomic<std::uint64_t>& epoch_of(std::int64_t app) { return g_epochs[static_cast<std::uint64_t>(app) % kEpochBuckets]; }

}  // namespace

std::uint64_t events_epoch(std::int64_t application_id) { return epoch_of(application_id).load(std::memory_order_acquire); }

void publish_appended_events() {
  for (auto app : t_appended) epoch_of(app).fetch_add(1, std::memory_order_acq_rel);
  t_appended.clear();
}

void discard_appended_events() { t_appended.clear(); }

StoredEvent append_event(SQLite::Database& db, std::int64_t app, std::int64_t res, const gp::Event& e,
                         std::optional<std::int64_t> actor) {
  if (app) t_appended.push_back(app);
  std::string prev = kGenesis;
  {
    Query q(db, "SELECT hash FROM events ORDER BY id DESC LIMIT 1");
    if (q->executeStep()) prev = q->getColumn(0).getString();
  }
  const std::string data = e.data.dump();
  const std::string hash = sha256_hex(content(prev, app, res, e, actor, data));
  Query ins(db,
            "INSERT INTO events(application_id, reservation_id, at, type, actor_id, role, channel, data, prev_hash, hash) "
            "VALUES (?,?,?,?,?,?,?,?,?,?)");
  if (app) ins->bind(1, static_cast<std::int64_t>(app)); else ins->bind(1);
  if (res) ins->bind(2, static_cast<std::int64_t>(res)); else ins->bind(2);
  ins->bind(3, static_cast<std::int64_t>(e.at));
  ins->bind(4, e.type);
  if (actor) ins->bind(5, static_cast<std::int64_t>(*actor)); else ins->bind(5);
  ins->bind(6, gp::to_string(e.role));
  ins->bind(7, e.channel);
  ins->bind(8, data);
  ins->bind(9, prev);
  ins->bind(10, hash);
  ins->exec();
  StoredEvent s;
  s.event = e;
  s.event.seq = db.getLastInsertRowid();
  s.actor_id = actor;
  s.application_id = app;
  s.reservation_id = res;
  s.hash = hash;
  return s;
}

std::string last_event_hash(SQLite::Database& db, std::int64_t application_id) {
  Query q(db, "SELECT hash FROM events WHERE application_id = ? ORDER BY id DESC LIMIT 1");
  q->bind(1, application_id);
  return q->executeStep() ? q->getColumn(0).getString() : std::string();
}

std::vector<StoredEvent> events_of_application(SQLite::Database& db, std::int64_t app) {
  Query q(db, std::string(kSelect) + "WHERE application_id = ? ORDER BY id");
  q->bind(1, static_cast<std::int64_t>(app));
  std::vector<StoredEvent> out;
  while (q->executeStep()) out.push_back(read_row(*q));
  return out;
}

std::vector<StoredEvent> events_of_reservation(SQLite::Database& db, std::int64_t res) {
  SQLite::Statement q(db, std::string(kSelect) + "WHERE reservation_id = ? ORDER BY id");
  q.bind(1, static_cast<std::int64_t>(res));
  std::vector<StoredEvent> out;
  while (q.executeStep()) out.push_back(read_row(q));
  return out;
}

ChainReport verify_chain(SQLite::Database& db) {
  ChainReport r;
  std::string prev = kGenesis;
  SQLite::Statement q(db, std::string(kSelect) + "ORDER BY id");
  while (q.executeStep()) {
    ++r.events;
    const std::int64_t id = q.getColumn(0).getInt64();
    const std::string stored_prev = q.getColumn(9).getString();
    StoredEvent s = read_row(q);
    const std::string data = q.getColumn(8).getString();
    if (stored_prev != prev) {
      r = {false, r.events, id, "prev_hash does not match the event before"};
      return r;
    }
    const std::string expect = sha256_hex(content(prev, s.application_id, s.reservation_id, s.event, s.actor_id, data));
    if (expect != s.hash) {
      r = {false, r.events, id, "hash does not match the event's content"};
      return r;
    }
    prev = s.hash;
  }
  return r;
}

}  // namespace gp::store
