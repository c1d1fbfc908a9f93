// Notifications (rule P1: progress pushed to the customer; rule M2: escalations to staff): stored in
// the inbox inside the caller's transaction, and announced to waiting streams once committed.
#pragma once
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>

#include "gp/date.h"
#include "store/conn.h"

namespace gp::server {

struct Notice {
  std::int64_t user_id = 0;
  std::int64_t application_id = 0;  // 0 = none
  std::string kind;                 // event type that caused it
  std::string title_zh, title_en, body_zh, body_en;
};

class Notifier {
 public:
  // Inside a write transaction.
  void add(store::Conn& db, const Notice& n, gp::Instant at);
  // After the transaction committed: wake every stream waiting for news.
  void announce();
  // The current generation; wait until it moves past `seen` or `timeout_ms` passes.
  std::uint64_t generation() const;
  std::uint64_t wait(std::uint64_t seen, int timeout_ms);
  // At shutdown: wake every waiter, now and from then on, so open streams and long polls end at
  // once instead of holding the server's stop for up to their 15 s wait.
  void close();
  bool closed() const;

 private:
  mutable std::mutex mu_;
  std::condition_variable cv_;
  std::uint64_t generation_ = 0;
  bool closed_ = false;
};

}  // namespace gp::server
