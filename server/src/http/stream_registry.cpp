#include "http/stream_registry.h"

namespace gp::server {

std::shared_ptr<StreamRegistry::Slot> StreamRegistry::acquire(std::int64_t user, Refusal* why) {
  std::lock_guard<std::mutex> lock(mu_);
  if (total_ >= kMaxStreams) {
    *why = Refusal::server_full;
    return nullptr;
  }
  int& mine = per_user_[user];
  if (mine >= kMaxStreamsPerUser) {
    *why = Refusal::user_full;
    return nullptr;
  }
  ++mine;
  ++total_;
  *why = Refusal::none;
  return std::make_shared<Slot>(*this, user);
}

void StreamRegistry::release(std::int64_t user) {
  std::lock_guard<std::mutex> lock(mu_);
  --total_;
  auto it = per_user_.find(user);
  if (it != per_user_.end() && --it->second <= 0) per_user_.erase(it);
}

int StreamRegistry::open() const {
  std::lock_guard<std::mutex> lock(mu_);
  return total_;
}

int StreamRegistry::open_for(std::int64_t user) const {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = per_user_.find(user);
  return it == per_user_.end() ? 0 : it->second;
}

}  // namespace gp::server
