// The server's notion of "now". Real time, unless the server runs with --test-clock, where tests
// (and demos) may move it forward to exercise time limits and escalation (rules M1, M2).
#pragma once
#include <atomic>
#include <chrono>

#include "gp/date.h"

namespace gp::server {

class Clock {
 public:
  gp::Instant now() const {
    const gp::Instant fixed = fixed_.load();
    if (fixed) return fixed;
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
  }
  bool settable() const { return settable_; }
  // True while a test has fixed "now".
  bool fixed() const { return fixed_.load() != 0; }
  void make_settable() { settable_ = true; }
  // Only when settable (tests): fix "now" at t; 0 returns to real time.
  bool set(gp::Instant t) {
    if (!settable_) return false;
    fixed_.store(t);
    return true;
  }

 private:
  std::atomic<gp::Instant> fixed_{0};
  bool settable_ = false;
};

}  // namespace gp::server
