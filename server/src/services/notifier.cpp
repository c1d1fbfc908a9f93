#include "services/notifier.h"

#include <chrono>

#include "store/notifications.h"

namespace gp::server {

void Notifier::add(store::Conn& db, const Notice& n, gp::Instant at) {
  store::insert_notification(db, {n.user_id, n.application_id, at, n.kind, n.title_zh, n.title_en, n.body_zh, n.body_en});
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
