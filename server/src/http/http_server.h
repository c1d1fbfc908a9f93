// The HTTP edge: one httplib::Server with its limits, the route groups, static files, and the
// single translation of every failure into the JSON error shape (style.md #7).
#pragma once
#include <httplib.h>

#include "app/context.h"
#include "http/edge_server.h"
#include "http/router.h"
#include "http/static_files.h"

namespace gp::server {

class HttpServer {
 public:
  // Configures everything; throws std::runtime_error when --site cannot be used.
  explicit HttpServer(AppContext& ctx);

  // Bind (port 0: any free port). Returns the bound port, or -1 on failure.
  int bind(const std::string& host, int port);
  // Serve until stop(). False when the listening loop could not run.
  bool listen();
  // Safe from another thread; in-flight requests finish. A no-op until listen() is running
  // (httplib), so callers that may race start-up wait for is_running() first.
  void stop();
  bool is_running() const { return svr_.is_running(); }

 private:
  void configure_limits();
  void install_edge_handlers();
  httplib::Server::HandlerResponse answer_error(const httplib::Request& req, httplib::Response& res);

  AppContext& ctx_;
  int listen_fd_ = -1;  // set by httplib's socket-options hook when it creates the listening socket
  EdgeServer svr_;  // httplib::Server with our connection loop (edge_server.h)
  Router router_;
  StaticFiles static_files_;
};

// Worker threads when --threads is not given: long requests (and, later, event streams) each
// hold a worker, so more than the CPU count, but bounded.
int default_thread_count();

}  // namespace gp::server
