// A small in-memory limiter for anonymous endpoints (tracking, kiosk reservations): at most
// `limit` requests per `window_seconds` per key. Keys are "<purpose>:<client address>"; an IPv6
// address counts by its /64 (one customer's line gets a whole /64, so counting single addresses
// would let one client rotate through 2^64 of them). Guessing application numbers is slow and
// visible; ordinary use never notices. A limit of 0 allows everything (--public-rate-limit 0, for
// load benchmarks from one address). Memory is bounded: when `max_keys` buckets exist, expired
// ones are dropped and then the oldest — never all at once, so flooding addresses does not reset
// everyone's counters.
#pragma once
#include <arpa/inet.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace gp::server {

// The address group a limit counts: IPv4 as is, IPv6 by its /64 ("2001:db8:1:2::/64"); an
// IPv4-mapped IPv6 address is its IPv4 address. Anything else is returned unchanged.
inline std::string address_group(const std::string& address) {
  if (address.find(':') == std::string::npos) return address;
  unsigned char b[16];
  if (inet_pton(AF_INET6, address.c_str(), b) != 1) return address;
  static const unsigned char mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
  if (std::equal(mapped, mapped + 12, b)) {
    char v4[16];
    std::snprintf(v4, sizeof v4, "%u.%u.%u.%u", b[12], b[13], b[14], b[15]);
    return v4;
  }
  char out[48];
  std::snprintf(out, sizeof out, "%x:%x:%x:%x::/64", (b[0] << 8) | b[1], (b[2] << 8) | b[3], (b[4] << 8) | b[5], (b[6] << 8) | b[7]);
  return out;
}

class RateLimiter {
 public:
  RateLimiter(int limit, int window_seconds, std::size_t max_keys = 100000)
      : limit_(limit), window_(window_seconds), max_keys_(max_keys) {}
  // True when allowed (and counted); false when over the limit. `retry_after` gets the seconds to wait.
  bool allow(const std::string& key, int* retry_after = nullptr) { return allow_at(key, now_seconds(), retry_after); }
  // The same at a given steady-clock second (tests).
  bool allow_at(const std::string& raw_key, long long now, int* retry_after = nullptr) {
    if (limit_ <= 0) return true;
    const std::string key = group_key(raw_key);
    std::lock_guard<std::mutex> lock(mu_);
    if (buckets_.size() >= max_keys_ && buckets_.find(key) == buckets_.end()) evict(now);
    auto& b = buckets_[key];
    if (b.count == 0 || now - b.start >= window_) b = {now, 0};
    if (b.count >= limit_) {
      if (retry_after) *retry_after = static_cast<int>(window_ - (now - b.start));
      return false;
    }
    ++b.count;
    return true;
  }
  std::size_t size() {
    std::lock_guard<std::mutex> lock(mu_);
    return buckets_.size();
  }

 private:
  struct Bucket { long long start = 0; int count = 0; };

  static long long now_seconds() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
  }
  // "<purpose>:<address>" with the address replaced by its group.
  static std::string group_key(const std::string& key) {
    const auto colon = key.find(':');
    if (colon == std::string::npos) return key;
    return key.substr(0, colon + 1) + address_group(key.substr(colon + 1));
  }
  // Called when full: drop expired buckets; if that frees less than a tenth, drop a tenth,
  // fewest requests first, then the oldest: a flood of fresh addresses (one request each) pushes
  // out its own buckets before the counter of a client that is near its limit. Amortized O(1)
  // per new key.
  void evict(long long now) {
    for (auto it = buckets_.begin(); it != buckets_.end();) {
      if (now - it->second.start >= window_) it = buckets_.erase(it);
      else ++it;
    }
    const std::size_t target = max_keys_ - std::max<std::size_t>(1, max_keys_ / 10);
    if (buckets_.size() <= target) return;
    std::vector<std::pair<std::pair<int, long long>, std::string>> order;
    order.reserve(buckets_.size());
    for (const auto& [k, b] : buckets_) order.push_back({{b.count, b.start}, k});
    const std::size_t drop = buckets_.size() - target;
    std::nth_element(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(drop - 1), order.end());
    for (std::size_t i = 0; i < drop; ++i) buckets_.erase(order[i].second);
  }

  int limit_;
  int window_;
  std::size_t max_keys_;
  std::mutex mu_;
  std::map<std::string, Bucket> buckets_;
};

}  // namespace gp::server
