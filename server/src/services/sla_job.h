// The command center's 7x24 watch (rules M1, M2, D4): a sweep looks at every open application
// whose SLA level may have changed and at every open reservation, records each warning, overdue and
// escalation exactly once (sla_marks; idempotent across restarts), appends it as an event and
// notifies the people responsible. "now" is a parameter, so tests can move time.
#pragma once
#include <atomic>
#include <chrono>
#include <functional>
#include <vector>
#include <thread>

#include "services/application_service.h"

namespace gp::server {

struct SweepReport {
  int applications_checked = 0;
  int applications_left = 0;    // still due when the sweep's time budget ran out: swept next
  int applications_failed = 0;  // could not be swept (logged); tried again next time
  int reservations_checked = 0;
  int marks_recorded = 0;
  double seconds = 0;
};

class SlaJob {
 public:
  // `budget`: the work one sweep does before it stops. Where thresholds fall on a working-day
  // boundary tens of thousands of applications are due at the same instant (docs/performance.md);
  // they are worked off in consecutive sweeps, oldest due first, so no sweep holds up the
  // reservations' 20-minute clock (D4) or the rest of the loop for long.
  SlaJob(const Env& env, ApplicationService& apps, std::chrono::milliseconds budget) : env_(env), apps_(apps), budget_(budget) {}
  ~SlaJob() { stop(); }

  // Another clock the command center watches 7x24 beside applications and reservations (a cost
  // consultation's answer limit, a customer request's handling limit, a coordination item …).
  // The watch records its own marks exactly once (sla_marks) and adds the marks it recorded
  // to report.marks_recorded. Register before start(); each runs inside every sweep.
  using Watch = std::function<void(gp::Instant now, SweepReport& report)>;
  void watch(Watch w) { watches_.push_back(std::move(w)); }

  SweepReport sweep(gp::Instant now);
  // Runs sweep(clock.now()) every `period_seconds` on a background thread, and again right away
  // while applications are left.
  void start(int period_seconds);
  void stop();

 private:
  struct Recipients;
  // One application inside the caller's write transaction; the number of marks recorded.
  int sweep_application(store::Conn& db, const Recipients& to_staff, std::int64_t id, gp::Instant now);
  int sweep_reservations(gp::Instant now, int* checked);
  Env env_;
  ApplicationService& apps_;  // the replayed state of an application, its derived columns
  std::chrono::milliseconds budget_;
  std::vector<Watch> watches_;
  std::atomic<bool> running_{false};
  std::thread thread_;
  std::mutex sweep_mu_;  // one sweep at a time (timer and manual runs)
};

}  // namespace gp::server
