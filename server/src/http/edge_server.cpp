#include "http/edge_server.h"

#include <malloc.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <iostream>
#include <string>

#include "gp/error.h"
#include "http/api_error.h"

namespace gp::server {

namespace {

using Clock = std::chrono::steady_clock;

bool wait_for(int sock, short events, int timeout_ms) {
  pollfd p{sock, events, 0};
  int n;
  do n = ::poll(&p, 1, timeout_ms);
  while (n < 0 && errno == EINTR);
  return n > 0;
}

void address_of(int sock, bool peer, std::string& ip, int& port) {
  sockaddr_storage addr{};
  socklen_t len = sizeof addr;
  const int rc = peer ? ::getpeername(sock, reinterpret_cast<sockaddr*>(&addr), &len)
                      : ::getsockname(sock, reinterpret_cast<sockaddr*>(&addr), &len);
  if (rc != 0) return;
  if (addr.ss_family == AF_INET) port = ntohs(reinterpret_cast<const sockaddr_in*>(&addr)->sin_port);
  else if (addr.ss_family == AF_INET6) port = ntohs(reinterpret_cast<const sockaddr_in6*>(&addr)->sin6_port);
  else return;
  std::array<char, NI_MAXHOST> host{};
  if (::getnameinfo(reinterpret_cast<const sockaddr*>(&addr), len, host.data(), host.size(), nullptr, 0, NI_NUMERICHOST) == 0)
    ip = host.data();
}

// What httplib's SocketStream does (buffered reads, timeouts, MSG_NOSIGNAL writes, the
// "is the peer still there" check streams rely on), plus the head limits of HeadLimits.
class EdgeStream final : public httplib::Stream {
 public:
  EdgeStream(int sock, int read_ms, int write_ms, const HeadLimits& limits)
      : sock_(sock), read_ms_(read_ms), write_ms_(write_ms), limits_(limits) {}

  // Called before each request of the connection: its head is counted from zero.
  void begin_request() {
    in_head_ = true;
    first_line_ = true;
    head_bytes_ = lines_ = line_len_ = body_bytes_ = 0;
    prev_ = 0;
  }
  bool head_refused() const { return refused_; }
  // Body bytes read for the current request.
  std::size_t body_bytes() const { return body_bytes_; }

  // Keep-alive: true once the next request has begun to arrive; false after `timeout_ms` of
  // silence or when `stopping()` says the server is shutting down (checked every 100 ms).
  template <typename F>
  bool wait_for_request(int timeout_ms, F stopping) {
    if (pos_ < len_) return true;
    const auto deadline = Clock::now() + std::chrono::milliseconds(timeout_ms);
    while (!stopping()) {
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
      if (left <= 0) return false;
      if (wait_for(sock_, POLLIN, static_cast<int>(std::min<long long>(left, 100)))) return true;
    }
    return false;
  }

  bool is_readable() const override { return pos_ < len_ || wait_for(sock_, POLLIN, read_ms_); }

  bool is_writable() const override {
    if (!wait_for(sock_, POLLOUT, write_ms_)) return false;
    // A peer that has closed shows as readable with nothing to read (httplib's is_socket_alive).
    if (!wait_for(sock_, POLLIN, 0)) return true;
    char c;
    return ::recv(sock_, &c, 1, MSG_PEEK | MSG_DONTWAIT) > 0;
  }

  ssize_t read(char* ptr, std::size_t size) override {
    if (refused_) return -1;
    if (pos_ == len_) {
      if (!wait_for(sock_, POLLIN, read_ms_)) return -1;
      if (!in_head_ && size >= buf_.size()) {  // large body reads: no copy
        const ssize_t n = recv_some(ptr, size);
        if (n > 0) body_bytes_ += static_cast<std::size_t>(n);
        return n;
      }
      const ssize_t n = recv_some(buf_.data(), buf_.size());
      if (n <= 0) return n;
      pos_ = 0;
      len_ = static_cast<std::size_t>(n);
    }
    const std::size_t n = std::min(size, len_ - pos_);
    std::size_t i = 0;
    for (; in_head_ && i < n; ++i) {
      if (!count_head_byte(buf_[pos_ + i])) {
        refused_ = true;  // httplib sees a failed read and answers 400; we send 431 instead
        return -1;
      }
    }
    body_bytes_ += n - i;
    std::copy_n(buf_.data() + pos_, n, ptr);
    pos_ += n;
    return static_cast<ssize_t>(n);
  }

  ssize_t write(const char* ptr, std::size_t size) override {
    if (refused_) return static_cast<ssize_t>(size);  // httplib's 400 for the cut head: replaced by our 431
    if (!is_writable()) return -1;
    ssize_t n;
    do n = ::send(sock_, ptr, size, MSG_NOSIGNAL);
    while (n < 0 && errno == EINTR);
    return n;
  }

  void get_remote_ip_and_port(std::string& ip, int& port) const override { address_of(sock_, true, ip, port); }
  void get_local_ip_and_port(std::string& ip, int& port) const override { address_of(sock_, false, ip, port); }
  socket_t socket() const override { return sock_; }

  // 431, then the connection ends (the rest of the head is never read).
  void send_refusal() {
    const gp::Error e = make_error(
        "headers_too_large", "",
        "请求头过多或过大（最多 " + std::to_string(limits_.max_header_lines) + " 行、共 " +
            std::to_string(limits_.max_head_bytes / 1024) + " KB）",
        "too many or too large request headers (at most " + std::to_string(limits_.max_header_lines) + " lines, " +
            std::to_string(limits_.max_head_bytes / 1024) + " KB in all)");
    const std::string body = error_json(e, Lang::zh).dump();
    const std::string answer =
        "HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Type: application/json; charset=utf-8\r\n"
        "X-Content-Type-Options: nosniff\r\nCache-Control: no-store\r\nConnection: close\r\nContent-Length: " +
        std::to_string(body.size()) + "\r\n\r\n" + body;
    refused_ = false;
    for (std::size_t sent = 0; sent < answer.size();) {
      const ssize_t n = write(answer.data() + sent, answer.size() - sent);
      if (n <= 0) break;
      sent += static_cast<std::size_t>(n);
    }
    refused_ = true;
  }

 private:
  ssize_t recv_some(char* ptr, std::size_t size) {
    ssize_t n;
    do n = ::recv(sock_, ptr, size, 0);
    while (n < 0 && errno == EINTR);
    return n;
  }

  // The head ends with the first empty CRLF line after the request line (as httplib reads it:
  // a line ending in a bare LF is skipped there, and counted here).
  bool count_head_byte(char c) {
    if (++head_bytes_ > limits_.max_head_bytes) return false;
    ++line_len_;
    if (c == '\n') {
      if (!first_line_ && line_len_ == 2 && prev_ == '\r') {
        in_head_ = false;
      } else {
        if (!first_line_ && ++lines_ > limits_.max_header_lines) return false;
        first_line_ = false;
      }
      line_len_ = 0;
    }
    prev_ = c;
    return true;
  }

  const int sock_, read_ms_, write_ms_;
  const HeadLimits& limits_;
  std::array<char, 4096> buf_{};
  std::size_t pos_ = 0, len_ = 0;
  bool in_head_ = false, first_line_ = true, refused_ = false;
  std::size_t head_bytes_ = 0, lines_ = 0, line_len_ = 0, body_bytes_ = 0;
  char prev_ = 0;
};

thread_local bool t_drain = false;  // set by drain_before_close() for the current connection

// The peer may still be sending a body we refused (411, 413) or a head we cut (431): reading it
// for a moment before closing lets the client see our answer instead of a connection reset.
// Bounded in time and bytes. Otherwise only what has already arrived is dropped.
void close_after(int sock, bool drain) {
  ::shutdown(sock, SHUT_WR);
  char probe;
  if (drain || ::recv(sock, &probe, 1, MSG_PEEK | MSG_DONTWAIT) > 0) {
    const auto deadline = Clock::now() + std::chrono::seconds(drain ? 2 : 1);
    std::array<char, 16 * 1024> sink{};
    for (std::size_t total = 0; total < 16u * 1024 * 1024;) {
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
      if (left <= 0 || !wait_for(sock, POLLIN, static_cast<int>(left))) break;
      const ssize_t n = ::recv(sock, sink.data(), sink.size(), MSG_DONTWAIT);
      if (n <= 0) break;  // the client has read our answer and closed
      total += static_cast<std::size_t>(n);
    }
  }
  ::close(sock);
}

constexpr std::size_t kTrimAfterBodyBytes = 256 * 1024;

int to_ms(time_t sec, time_t usec) { return static_cast<int>(sec * 1000 + usec / 1000); }

}  // namespace

void EdgeServer::drain_before_close() { t_drain = true; }

bool EdgeServer::process_and_close_socket(socket_t sock) {
  bool ret = false;
  t_drain = false;
  try {
    EdgeStream strm(sock, to_ms(read_timeout_sec_, read_timeout_usec_), to_ms(write_timeout_sec_, write_timeout_usec_),
                    limits_);
    const auto stopping = [this] { return svr_sock_ == INVALID_SOCKET; };
    for (std::size_t left = keep_alive_max_count_; left > 0 && !stopping(); --left) {
      if (!strm.wait_for_request(static_cast<int>(keep_alive_timeout_sec_ * 1000), stopping)) break;
      strm.begin_request();
      bool connection_closed = false;
      ret = process_request(strm, left == 1, connection_closed, nullptr);
      if (strm.head_refused()) {
        strm.send_refusal();
        t_drain = true;
        ret = false;
        break;
      }
      // A large body (an import, an upload) leaves many small blocks freed in this thread's
      // malloc arena (a parsed JSON import is hundreds of thousands of them), which glibc keeps:
      // measured in the soak, RSS climbed to 629 MB. Hand them back now.
      if (strm.body_bytes() >= kTrimAfterBodyBytes) ::malloc_trim(0);
      if (!ret || connection_closed) break;
    }
  } catch (const std::exception& e) {
    // Thrown where httplib does not catch (a content provider, the error or post-routing handler):
    // the answer may be half written, so the connection ends; the thread and the server go on.
    std::cerr << "http: connection ended by an exception: " << e.what() << std::endl;
    ret = false;
  } catch (...) {
    std::cerr << "http: connection ended by an unknown exception" << std::endl;
    ret = false;
  }
  close_after(sock, t_drain);
  t_drain = false;
  return ret;
}

}  // namespace gp::server
