#include "services/notifier.h"

#include <chrono>

#include "store/prepared.h"

namespace gp::server {

void Notifier::add(SQLite::Database& db, const Notice& n, gp::Instant at) {
  store::Query q(db, "INSERT INTO notifications(user_id, application_id, at, kind, title_zh, title_en, body_zh, body_en) "
                    "VALUES (?,?,?,?,?,?,?,?)");
  q->bind(1, n.user_id);
  if (n.application_id) q->bind(2, n.application_id); else q->bind(2);
  q->bind(3, static_cast<std::int64_t>(at));
  q->bind(4, n.kind);
  q->bind(5, n.title_zh);
  q->bind(6, n.title_en);
  q->bind(7, n.body_zh);
  q->bind(8, n.body_en);
  q->exec();
}

void Notifier::announce() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    ++generation_;
  }
  cv_.notify_all();
}

std::uint64_t Notifier::generation() const {
  std::lock_guard<std::mutex> lock(mu_);
  return generation_;
}

std::uint64_t Notifier::wait(std::uint64_t seen, int timeout_ms) {
  std::unique_lock<std::mutex> lock(mu_);
  cv_.wait_for(lock, std::chrono::milliseconds(timeout_ms), [&] { return generation_ != seen || closed_; });
  return generation_;
}

void Notifier::close() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    closed_ = true;
  }
  cv_.notify_all();
}

bool Notifier::closed() const {
  std::lock_guard<std::mutex> lock(mu_);
  return closed_;
}

}  // namespace gp::server
