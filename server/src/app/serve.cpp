#include "app/serve.h"

#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <chrono>
#include <iostream>
#include <thread>

#include "app/context.h"
#include "app/demo_operations.h"
#include "app/demo_cost.h"
#include "app/demo_published.h"  // issue 11, rule P3
#include "app/demo_cases.h"
#include "app/demo_seed.h"
#include "app/data_dir.h"
#include "app/version.h"
#include "http/http_server.h"

namespace gp::server {

namespace {

// SIGINT/SIGTERM are blocked in every thread and taken by one waiting thread, which stops the
// server from ordinary code (not from a signal handler, where little is allowed).
sigset_t stop_signals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  return set;
}

}  // namespace

int serve(const ServeOptions& options) {
  // A client that hangs up mid-response must not kill the process: writes then fail with EPIPE.
  ::signal(SIGPIPE, SIG_IGN);
  const sigset_t signals = stop_signals();
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);  // before any thread starts, so all inherit it

  try {
    ensure_data_dir(options.data_dir);
    AppContext ctx(options);
    if (options.demo) {
      seed_demo(ctx.db, ctx.calendar, ctx.config, ctx.notifier, ctx.clock.now(), std::cerr);
      seed_demo_operations(ctx, std::cerr);  // reserve pool, capacity, outages (issue 5)
      seed_demo_cost(ctx, std::cerr);  // rule P4 (issue 11): packages, cost consultations
      seed_demo_published(ctx, std::cerr);   // issue 11, rule P3: contractors, published documents
      seed_demo_cases(ctx, std::cerr);       // requests, reports, call-backs (issue 11, M6/M5)
    }
    HttpServer http(ctx);
    ctx.sla.start(options.sla_period_seconds);  // rules M1, M2: the 7x24 watch
    ctx.sms.start();  // the SMS outbox's sender (issue 15)
    if (ctx.sms.development())
      std::cerr << "SMS: no --sms-gateway: the DEVELOPMENT ONLY outbox writes every SMS, codes included, to this log "
                   "(and admins see them at /api/v1/admin/sms/outbox); nothing reaches a phone" << std::endl;
    else
      std::cerr << "SMS: gateway " << options.sms_gateway << " (provider " << options.sms_provider << ")" << std::endl;

    const int port = http.bind(options.host, options.port);
    if (port < 0) {
      std::cerr << "getpower-server: cannot listen on " << options.host << ":" << options.port << std::endl;
      return 1;
    }

    std::atomic<bool> stopping{false};
    std::atomic<bool> listen_returned{false};
    std::thread waiter([&] {
      int sig = 0;
      sigwait(&signals, &sig);
      stopping = true;
      // A signal right after start-up may come before the listening loop runs, when stop()
      // would do nothing: wait for the loop first.
      while (!http.is_running() && !listen_returned) std::this_thread::sleep_for(std::chrono::milliseconds(1));
      http.stop();
      ctx.notifier.close();  // notification streams end now, not after their 15 s wait
    });

    std::cerr << "getpower-server " << kVersion << ": data " << options.data_dir << ", site "
              << (ctx.site_root.empty() ? "(none: API only)" : ctx.site_root) << std::endl;
    // The one line on stdout, flushed: tests and scripts wait for it to learn the port.
    std::cout << "listening on http://" << options.host << ":" << port << std::endl;
    const bool ok = http.listen();
    listen_returned = true;

    if (!stopping) pthread_kill(waiter.native_handle(), SIGTERM);  // wake the waiter to join it
    waiter.join();
    ctx.sla.stop();
    ctx.sms.stop();
    if (!ok && !stopping) {
      std::cerr << "getpower-server: the server stopped unexpectedly" << std::endl;
      return 1;
    }
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "getpower-server: " << e.what() << std::endl;
    return 1;
  }
}

}  // namespace gp::server
