// httplib::Server with a connection loop of our own (issue 15, hole 4; docs/deploy.md).
//
// cpp-httplib 0.11.4 reads a request's head inside the library with no limit on the number of
// header lines (each at most 8 KB) nor on their total: 6 M lines took 683 MB that were never
// returned. There is no hook before it reads them. What 0.11.4 does offer: the per-connection
// loop, `process_and_close_socket`, is a private *virtual* member (overriding a private virtual
// is ordinary C++), and the function that serves one request, `process_request(Stream&, ...)`,
// is protected (httplib's own SSLServer is built the same way). So this class runs the
// keep-alive loop itself and hands httplib a Stream of ours, `EdgeStream`, which counts the bytes
// and lines of every request head — each request of a keep-alive connection, not only the first —
// and stops reading when a limit is crossed: httplib sees a read error, the client gets 431 and
// the connection is closed. Memory is bounded by the limits whatever the client sends.
//
// The loop also closes the socket when something throws where httplib does not catch (content
// providers, the error handler, post-routing), drains a refused body briefly before closing (so the
// client reads the answer instead of a reset), and waits for the next request with poll() instead
// of httplib's 10 ms polling.
#pragma once
#include <cstddef>

#include <httplib.h>

namespace gp::server {

struct HeadLimits {
  std::size_t max_header_lines = 100;      // header fields of one request (the request line not counted)
  std::size_t max_head_bytes = 64 * 1024;  // request line + headers + the blank line
};

class EdgeServer : public httplib::Server {
 public:
  explicit EdgeServer(HeadLimits limits = {}) : limits_(limits) {}
  const HeadLimits& head_limits() const { return limits_; }
  // Called on the connection's thread by a handler that refuses a body unread (answer_then_close):
  // when the connection ends, the rest of the body is read and dropped for up to 2 s (16 MB)
  // before the socket is closed, or the client may get a reset instead of the answer.
  static void drain_before_close();

 private:
  bool process_and_close_socket(socket_t sock) override;

  HeadLimits limits_;
};

}  // namespace gp::server
