// The worker threads of the HTTP server (issue 6, docs/performance.md, docs/deploy.md).
//
// cpp-httplib runs one task per connection for the connection's whole life, keep-alive included,
// so a fixed pool of N threads serves at most N connections at a time: connection N+1 waits until
// one of them closes (after 100 requests or 5 s idle), however little work there is. Measured at
// 32 keep-alive connections with the former fixed 16 threads: p99 51 ms for /health instead of
// under 1 ms. And a few hundred idle or slowly dripping connections took every thread.
//
// This pool keeps `min` threads and grows, one thread per waiting connection, up to `max`; threads
// above `min` leave after `idle` without work. A thread that cannot be created leaves its
// connection queued for the others (never a crash). Drop-in for httplib's TaskQueue.
#pragma once
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>

#include <httplib.h>

namespace gp::server {

class ElasticPool : public httplib::TaskQueue {
 public:
  ElasticPool(std::size_t min_threads, std::size_t max_threads,
              std::chrono::milliseconds idle = std::chrono::seconds(30));
  ~ElasticPool() override;
  ElasticPool(const ElasticPool&) = delete;
  ElasticPool& operator=(const ElasticPool&) = delete;

  void enqueue(std::function<void()> fn) override;
  // Runs what is queued, then returns once every thread has left.
  void shutdown() override;

  struct Stats {
    std::size_t threads = 0, idle = 0, queued = 0, peak_threads = 0;
  };
  Stats stats() const;

 private:
  void spawn_locked();
  void work();

  const std::size_t min_, max_;
  const std::chrono::milliseconds idle_timeout_;
  mutable std::mutex mu_;
  std::condition_variable work_cv_, exit_cv_;
  std::deque<std::function<void()>> jobs_;
  std::size_t threads_ = 0, idle_ = 0, peak_ = 0;
  bool shutdown_ = false;
};

// Large request bodies (up to --max-body-mb, uploads) are allocated with mmap and returned to the
// system when freed. glibc's default raises its mmap threshold after the first such free, so later
// bodies came from the per-thread heaps and stayed there: measured 13 -> 150 MB resident after
// bursts of 4 MB bodies, with the pool's many threads spreading them over many arenas.
void return_large_buffers_to_the_system();

// Raise this process's soft limit of open files to its hard limit: every connection is a file,
// and at the common default of 1024 a burst of clients (or of idle sockets) makes accept() fail.
// Returns the limit in force afterwards.
long raise_open_file_limit();

}  // namespace gp::server
