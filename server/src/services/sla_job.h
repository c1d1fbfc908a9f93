// The command center's 7x24 watch (rules M1, M2, D4): a sweep looks at every open application
// whose SLA level may have changed and at every open reservation, records each warning, overdue and
// escalation exactly once (sla_marks; idempotent across restarts), appends it as an event and
// notifies the people responsible. "now" is a parameter, so tests can move time.
#pragma once
#include <atomic>
#include <thread>

#include "services/application_service.h"

namespace gp::server {

struct SweepReport {
  int applications_checked = 0;
  int reservations_checked = 0;
  int marks_recorded = 0;
  double seconds = 0;
};

class SlaJob {
 public:
  explicit SlaJob(ApplicationService& apps) : apps_(apps) {}
  ~SlaJob() { stop(); }

  SweepReport sweep(gp::Instant now);
  // Runs sweep(clock.now()) every `period_seconds` on a background thread.
  void start(int period_seconds);
  void stop();

 private:
  struct Recipients;
  // One application inside the caller's write transaction; the number of marks recorded.
  int sweep_application(SQLite::Database& db, const Recipients& to_staff, std::int64_t id, gp::Instant now);
  int sweep_reservations(gp::Instant now, int* checked);
  ApplicationService& apps_;
  std::atomic<bool> running_{false};
  std::thread thread_;
  std::mutex sweep_mu_;  // one sweep at a time (timer and manual runs)
};

}  // namespace gp::server
