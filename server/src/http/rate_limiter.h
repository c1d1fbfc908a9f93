// A small in-memory limiter for anonymous endpoints (tracking, kiosk reservations): at most
// `limit` requests per `window_seconds` per key (the client address). Guessing application
// numbers is slow and visible; ordinary use never notices. A limit of 0 allows everything
// (--public-rate-limit 0, for load benchmarks from one address).
#pragma once
#include <chrono>
#include <map>
#include <mutex>
#include <string>

namespace gp::server {

class RateLimiter {
 public:
  RateLimiter(int limit, int window_seconds) : limit_(limit), window_(window_seconds) {}
  // True when allowed (and counted); false when over the limit. `retry_after` gets the seconds to wait.
  bool allow(const std::string& key, int* retry_after = nullptr) {
    if (limit_ <= 0) return true;
    const long long now = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
    std::lock_guard<std::mutex> lock(mu_);
    if (buckets_.size() > 100000) buckets_.clear();  // bounded memory under a flood of addresses
    auto& b = buckets_[key];
    if (now - b.start >= window_) b = {now, 0};
    if (b.count >= limit_) {
      if (retry_after) *retry_after = static_cast<int>(window_ - (now - b.start));
      return false;
    }
    ++b.count;
    return true;
  }

 private:
  struct Bucket { long long start = 0; int count = 0; };
  int limit_;
  int window_;
  std::mutex mu_;
  std::map<std::string, Bucket> buckets_;
};

}  // namespace gp::server
