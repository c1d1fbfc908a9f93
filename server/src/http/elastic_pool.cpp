#include "http/elastic_pool.h"

#include <malloc.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <system_error>
#include <thread>

namespace gp::server {

ElasticPool::ElasticPool(std::size_t min_threads, std::size_t max_threads, std::chrono::milliseconds idle)
    : min_(std::max<std::size_t>(1, min_threads)), max_(std::max(max_threads, std::max<std::size_t>(1, min_threads))),
      idle_timeout_(idle) {
  std::lock_guard<std::mutex> lock(mu_);
  for (std::size_t i = 0; i < min_; ++i) spawn_locked();
}

ElasticPool::~ElasticPool() { shutdown(); }

void ElasticPool::spawn_locked() {
  try {
    std::thread([this] { work(); }).detach();
    ++threads_;
    peak_ = std::max(peak_, threads_);
  } catch (const std::system_error& e) {
    // Out of threads (RLIMIT_NPROC, memory): the job stays queued for the threads there are.
    std::fprintf(stderr, "http: cannot start a worker thread (%s); %zu running\n", e.what(), threads_);
  }
}

void ElasticPool::enqueue(std::function<void()> fn) {
  std::lock_guard<std::mutex> lock(mu_);
  jobs_.push_back(std::move(fn));
  // More waiting connections than idle threads: one more thread, up to the ceiling.
  if (jobs_.size() > idle_ && threads_ < max_ && !shutdown_) spawn_locked();
  work_cv_.notify_one();
}

void ElasticPool::work() {
  std::unique_lock<std::mutex> lock(mu_);
  for (;;) {
    ++idle_;
    work_cv_.wait_for(lock, idle_timeout_, [this] { return shutdown_ || !jobs_.empty(); });
    --idle_;
    if (jobs_.empty()) {
      if (shutdown_ || threads_ > min_) break;  // idle above the core size, or stopping
      continue;
    }
    std::function<void()> fn = std::move(jobs_.front());
    jobs_.pop_front();
    lock.unlock();
    // One connection, to its end. httplib catches what route handlers throw and EdgeServer what
    // escapes httplib; this is the last line: a throw must never end the thread (std::terminate).
    try {
      fn();
    } catch (const std::exception& e) {
      std::fprintf(stderr, "http: a worker's task failed: %s\n", e.what());
    } catch (...) {
      std::fprintf(stderr, "http: a worker's task failed (unknown exception)\n");
    }
    fn = nullptr;
    lock.lock();
  }
  --threads_;
  // The lock is released and shutdown() told only once this thread is done with the pool's
  // members: the pool may be destroyed right after.
  std::notify_all_at_thread_exit(exit_cv_, std::move(lock));
}

void ElasticPool::shutdown() {
  std::unique_lock<std::mutex> lock(mu_);
  shutdown_ = true;
  work_cv_.notify_all();
  exit_cv_.wait(lock, [this] { return threads_ == 0; });
}

ElasticPool::Stats ElasticPool::stats() const {
  std::lock_guard<std::mutex> lock(mu_);
  return {threads_, idle_, jobs_.size(), peak_};
}

void return_large_buffers_to_the_system() {
  ::mallopt(M_MMAP_THRESHOLD, 256 * 1024);  // a fixed threshold: glibc no longer raises it
  ::mallopt(M_TRIM_THRESHOLD, 4 * 1024 * 1024);
}

long raise_open_file_limit() {
  rlimit r{};
  if (::getrlimit(RLIMIT_NOFILE, &r) != 0) return -1;
  if (r.rlim_cur < r.rlim_max) {
    rlimit want = r;
    want.rlim_cur = r.rlim_max;
    if (::setrlimit(RLIMIT_NOFILE, &want) == 0) r = want;
  }
  return r.rlim_cur == RLIM_INFINITY ? -1 : static_cast<long>(r.rlim_cur);
}

}  // namespace gp::server
