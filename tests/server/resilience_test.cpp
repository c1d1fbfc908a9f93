// Resilience under faults and hostile clients (issue 6; docs/reliability.md has the table). The
// fast checks run here in `make test`; scripts/soak.sh repeats the long ones for longer.
//
//   - slow-drip headers and bodies: other clients keep being served;
//   - thousands of idle connections: the server keeps serving, and drops them on its own;
//   - oversized and chunked bodies: memory stays bounded (RSS measured);
//   - a session token chosen by the client is never accepted;
//   - guessing other customers' application numbers discloses nothing;
//   - the clock jumping back and forth under a running SLA job: each mark recorded once;
//   - a full disk under the data directory: 507 with a message, no corruption, recovery;
//   - backups of the live database during load: requests keep being served.
// Elsewhere already: kill -9 during writes (crash_test), login throttling (auth_test AuthThrottle),
// path traversal (static_files_test, bad_input_test), 411/413 status codes (http_edge_test,
// bad_input_test).
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <fstream>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

#include "api_client.h"

using gp::apitest::Account;
using gp::apitest::Api;
using gp::apitest::Reply;
using gp::apitest::show;
using gp::test::ServerProcess;
using gp::test::TempDir;
using nlohmann::json;
using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

namespace {

// A field of /proc/PID/status ("VmRSS", "VmHWM" in kB, "Threads"), -1 when unreadable.
long proc_status(pid_t pid, const std::string& key) {
  std::ifstream f("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(f, line))
    if (line.compare(0, key.size() + 1, key + ":") == 0) return std::stol(line.substr(key.size() + 1));
  return -1;
}

// User + system CPU seconds of a process so far.
double cpu_seconds(pid_t pid) {
  std::ifstream f("/proc/" + std::to_string(pid) + "/stat");
  std::string s((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  const auto close = s.rfind(')');
  if (close == std::string::npos) return -1;
  std::istringstream rest(s.substr(close + 2));
  std::string field;
  long utime = 0, stime = 0;
  for (int i = 3; rest >> field; ++i) {
    if (i == 14) utime = std::stol(field);
    if (i == 15) { stime = std::stol(field); break; }
  }
  return static_cast<double>(utime + stime) / static_cast<double>(sysconf(_SC_CLK_TCK));
}

// A plain TCP connection to the server (hostile clients speak raw bytes).
int connect_to(int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return -1;
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(static_cast<std::uint16_t>(port));
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

bool send_all(int fd, const std::string& bytes) {
  std::size_t off = 0;
  while (off < bytes.size()) {
    const ssize_t n = ::send(fd, bytes.data() + off, bytes.size() - off, MSG_NOSIGNAL);
    if (n <= 0) return false;
    off += static_cast<std::size_t>(n);
  }
  return true;
}

// True when the peer has closed (EOF or reset) within `wait`.
bool closed_by_peer(int fd, milliseconds wait) {
  pollfd p{fd, POLLIN, 0};
  if (::poll(&p, 1, static_cast<int>(wait.count())) <= 0) return false;
  char buf[4096];
  const ssize_t n = ::recv(fd, buf, sizeof buf, MSG_DONTWAIT);
  return n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK);
}

// Raise this test process's own open-file limit (it opens thousands of sockets).
void raise_nofile() {
  rlimit r{};
  if (::getrlimit(RLIMIT_NOFILE, &r) == 0 && r.rlim_cur < r.rlim_max) {
    r.rlim_cur = r.rlim_max;
    ::setrlimit(RLIMIT_NOFILE, &r);
  }
}

// Latencies of `n` GET requests on fresh connections (what a client arriving now experiences).
struct Probe {
  int ok = 0, failed = 0;
  double max_ms = 0;
};
Probe probe(int port, const std::string& path, int n, std::chrono::seconds timeout) {
  Probe p;
  for (int i = 0; i < n; ++i) {
    httplib::Client cli("127.0.0.1", port);
    cli.set_connection_timeout(timeout);
    cli.set_read_timeout(timeout);
    const auto t0 = Clock::now();
    auto res = cli.Get(path.c_str());
    const double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    p.max_ms = std::max(p.max_ms, ms);
    (res && res->status == 200 ? p.ok : p.failed)++;
  }
  return p;
}

}  // namespace

// Slowloris: connections that send their headers (or their body) a byte at a time, each byte well
// within the read timeout, hold whatever serves them. cpp-httplib gives each connection a thread
// for its life; with the former fixed pool (16 threads) 48 such clients stopped the server for
// everyone. The pool now grows (one thread per connection, up to --max-threads) and honest clients
// are served at once. (The production answer to floods beyond that is nginx in front, which reads
// whole requests before passing them on: docs/deploy.md.)
TEST(Resilience, SlowDripHeadersAndBodiesDoNotStopOtherClients) {
  TempDir dir("gp-resil-drip-");
  ServerProcess server({dir.path() / "data", {}, {"--sla-period", "86400"}});
  const int drippers = 48;
  std::vector<int> fds;
  for (int i = 0; i < drippers; ++i) {
    const int fd = connect_to(server.port());
    ASSERT_GE(fd, 0);
    fds.push_back(fd);
  }
  std::atomic<bool> stop{false};
  std::atomic<int> bytes_sent{0};
  std::thread drip([&] {
    // Headers for most, and a POST whose body never finishes for the rest.
    const std::string head = "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: slowloris\r\nX-Pad: ";
    const std::string post = "POST /api/v1/rules/evaluate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                             "Content-Length: 100000\r\n\r\n{\"business\":";
    for (std::size_t k = 0; !stop; ++k) {
      for (int i = 0; i < drippers; ++i) {
        const std::string& s = i % 4 == 0 ? post : head;
        const char c = k < s.size() ? s[k] : 'x';
        if (i % 4 == 0 && k == 0) send_all(fds[static_cast<std::size_t>(i)], post);  // the body drips from here
        else if (i % 4 != 0) send_all(fds[static_cast<std::size_t>(i)], std::string(1, c));
        else send_all(fds[static_cast<std::size_t>(i)], " ");
        ++bytes_sent;
      }
      for (int t = 0; t < 5 && !stop; ++t) std::this_thread::sleep_for(milliseconds(100));
    }
  });
  std::this_thread::sleep_for(milliseconds(1500));  // every dripper holds a connection by now
  const Probe p = probe(server.port(), "/api/v1/health", 40, std::chrono::seconds(10));
  const Probe q = probe(server.port(), "/api/v1/catalog", 10, std::chrono::seconds(10));
  const long threads = proc_status(server.pid(), "Threads");
  stop = true;
  drip.join();
  for (int fd : fds) ::close(fd);
  std::printf("      %d dripping connections (%d bytes sent): 50 other requests, max %.0f ms; server threads %ld\n",
              drippers, bytes_sent.load(), std::max(p.max_ms, q.max_ms), threads);
  EXPECT_EQ(p.ok, 40);
  EXPECT_EQ(q.ok, 10);
  EXPECT_LT(std::max(p.max_ms, q.max_ms), 2000) << "honest clients waited behind the slow ones";
}

// Idle connections (opened, never used) each hold a thread until the keep-alive timeout (5 s)
// closes them. Below the thread ceiling nobody waits; above it (here 1,500 against --max-threads
// 1024) a newcomer waits at most about one timeout. Either way the server closes them all by
// itself and stays healthy; memory and threads stay bounded.
TEST(Resilience, ThousandsOfIdleConnectionsDoNotExhaustTheServer) {
  raise_nofile();
  TempDir dir("gp-resil-idle-");
  ServerProcess server({dir.path() / "data", {}, {"--sla-period", "86400"}});
  const long rss0 = proc_status(server.pid(), "VmRSS");
  const double cpu0 = cpu_seconds(server.pid());
  std::vector<int> fds;
  auto open_idle = [&](int n) {
    for (int i = 0; i < n; ++i) {
      const int fd = connect_to(server.port());
      if (fd < 0) break;
      fds.push_back(fd);
    }
  };
  open_idle(800);
  ASSERT_EQ(fds.size(), 800u) << "could not open the idle connections";
  std::this_thread::sleep_for(milliseconds(500));
  const Probe below = probe(server.port(), "/api/v1/health", 10, std::chrono::seconds(20));
  const long threads_below = proc_status(server.pid(), "Threads");
  open_idle(700);
  const Probe above = probe(server.port(), "/api/v1/health", 5, std::chrono::seconds(30));
  const long threads_peak = proc_status(server.pid(), "Threads");
  const long rss_peak = proc_status(server.pid(), "VmRSS");
  // Every idle connection is closed by the server (keep-alive timeout 5 s, then the queued ones).
  const auto t0 = Clock::now();
  const auto deadline = t0 + std::chrono::seconds(30);
  std::size_t closed = 0;
  for (int fd : fds) {
    const auto left = std::chrono::duration_cast<milliseconds>(deadline - Clock::now());
    closed += closed_by_peer(fd, std::max(left, milliseconds(1))) ? 1 : 0;
  }
  const double close_s = std::chrono::duration<double>(Clock::now() - t0).count();
  const double cpu = cpu_seconds(server.pid()) - cpu0;
  for (int fd : fds) ::close(fd);
  const Probe after = probe(server.port(), "/api/v1/health", 5, std::chrono::seconds(5));
  std::printf("      800 idle: max wait %.0f ms (threads %ld); 1,500 idle: max wait %.0f ms (threads %ld, RSS +%ld MB); "
              "all closed by the server after %.1f s; server CPU %.1f s meanwhile\n",
              below.max_ms, threads_below, above.max_ms, threads_peak, (rss_peak - rss0) / 1024, close_s, cpu);
  EXPECT_EQ(below.ok, 10);
  EXPECT_LT(below.max_ms, 1500) << "below the thread ceiling nobody should wait";
  EXPECT_EQ(above.ok, 5) << "above the ceiling a newcomer waits, but is served";
  EXPECT_EQ(closed, fds.size()) << "idle connections must be closed by the server";
  EXPECT_LE(threads_peak, 1024 + 8);
  EXPECT_LT(rss_peak - rss0, 512 * 1024) << "kB";
  EXPECT_EQ(after.ok, 5);
}

// Bodies the server will not take: chunked ones (411 before a byte of body is read, then the
// connection ends: cpp-httplib 0.11.4 would read them whole, unbounded) and ones declared over the
// limit (413 from the declared length, before the body is read; the server drains what the client
// still sends for up to 2 s, then closes). Bodies just under the limit are read and refused.
// Memory stays bounded: the second storm adds nothing to the first.
TEST(Resilience, OversizedAndChunkedBodiesKeepMemoryBounded) {
  TempDir dir("gp-resil-body-");
  ServerProcess server({dir.path() / "data", {}, {"--sla-period", "86400", "--max-body-mb", "4"}});
  ASSERT_EQ(probe(server.port(), "/api/v1/health", 1, std::chrono::seconds(5)).ok, 1);
  std::atomic<int> answered_411{0}, answered_413{0}, cut_off{0}, refused_big{0}, other{0};
  std::atomic<long long> pushed{0};
  const std::string chunk(64 * 1024, 'a');
  auto hostile = [&](int kind, int rounds) {
    for (int r = 0; r < rounds; ++r) {
      const int fd = connect_to(server.port());
      if (fd < 0) { ++other; continue; }
      std::string head = "POST /api/v1/rules/evaluate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n";
      head += kind == 0 ? "Transfer-Encoding: chunked\r\n\r\n" : "Content-Length: 4294967296\r\n\r\n";
      send_all(fd, head);
      for (int i = 0; i < 128; ++i) {  // 8 MB (a chunked one is refused and cut off long before)
        const std::string piece = kind == 0 ? "10000\r\n" + chunk + "\r\n" : chunk;
        if (!send_all(fd, piece)) break;
        pushed += static_cast<long long>(piece.size());
      }
      ::shutdown(fd, SHUT_WR);  // no more: the 4 GB never come
      char buf[512] = {};
      const ssize_t n = ::recv(fd, buf, sizeof buf - 1, 0);
      const std::string reply = n > 0 ? std::string(buf, static_cast<std::size_t>(n)) : "";
      if (reply.find(" 411 ") != std::string::npos) ++answered_411;
      else if (reply.find(" 413 ") != std::string::npos) ++answered_413;
      else if (reply.empty()) ++cut_off;  // closed: 411 reset in flight, or a 413 client that gave up
      else ++other;
      ::close(fd);
    }
  };
  // 3.9 MB of valid JSON to an import (a route that takes --max-body-mb; JSON routes take 64 KB):
  // read whole, then refused without a session (401, checked before the body is parsed).
  auto near_limit = [&](int rounds) {
    std::string body = "{\"business\":\"new_connection\",\"customer_type\":\"lv_residential\",\"note\":\"";
    body += std::string(3900 * 1024, 'x') + "\"}";
    for (int r = 0; r < rounds; ++r) {
      httplib::Client cli("127.0.0.1", server.port());
      cli.set_read_timeout(std::chrono::seconds(20));
      auto res = cli.Post("/api/v1/outages", body, "application/json");
      (res && res->status == 401 ? refused_big : other)++;
    }
  };
  auto storm = [&] {
    std::vector<std::thread> ts;
    for (int i = 0; i < 4; ++i) ts.emplace_back(hostile, 0, 8);
    for (int i = 0; i < 4; ++i) ts.emplace_back(hostile, 1, 8);
    for (int i = 0; i < 4; ++i) ts.emplace_back(near_limit, 3);
    for (auto& t : ts) t.join();
    std::this_thread::sleep_for(milliseconds(300));
  };
  const long rss0 = proc_status(server.pid(), "VmRSS");
  storm();
  const long rss1 = proc_status(server.pid(), "VmRSS");
  storm();
  const long rss2 = proc_status(server.pid(), "VmRSS");
  const long hwm = proc_status(server.pid(), "VmHWM");
  std::printf("      2 storms: %d chunked refused 411, %d over-long refused 413, %d cut off unread, %d near-limit refused 401; "
              "%.0f MB pushed at the server; RSS %ld -> %ld -> %ld MB, peak %ld MB\n",
              answered_411.load(), answered_413.load(), cut_off.load(), refused_big.load(), static_cast<double>(pushed) / 1e6,
              rss0 / 1024, rss1 / 1024, rss2 / 1024, hwm / 1024);
  EXPECT_EQ(answered_411 + answered_413 + cut_off, 128);
  EXPECT_GT(answered_411, 0);
  EXPECT_EQ(refused_big, 24);
  EXPECT_EQ(other, 0);
  EXPECT_LT(rss2 - rss1, 16 * 1024) << "kB: the second storm must not add to the first";
  EXPECT_LT(rss2 - rss0, 48 * 1024) << "kB kept after the storms (large bodies go back to the system)";
  EXPECT_LT(hwm - rss0, 192 * 1024) << "kB at the peak: only the near-limit bodies (4 at a time) may be held";
  EXPECT_EQ(probe(server.port(), "/api/v1/health", 3, std::chrono::seconds(5)).ok, 3);
}

// Request smuggling: a body the server refuses unread (chunked; two Content-Lengths; a length that
// is not a number) ends the connection, so bytes that follow are never taken for another request.
// (Before: a request sent after a refused chunked body was answered on the same connection.)
TEST(Resilience, RefusedBodiesAreNeverReadAsRequests) {
  TempDir dir("gp-resil-smuggle-");
  ServerProcess server({dir.path() / "data", {}, {"--sla-period", "86400", "--max-body-mb", "1"}});
  const std::string head = "POST /api/v1/rules/evaluate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n";
  const std::pair<std::string, int> cases[] = {{"Transfer-Encoding: chunked\r\n", 411},
                                               {"Content-Length: 5\r\nContent-Length: 60\r\n", 400},
                                               {"Content-Length: 5, 60\r\n", 400},
                                               {"Content-Length: 0x10\r\n", 400}};
  for (const auto& [hdr, status] : cases) {
    const int fd = connect_to(server.port());
    ASSERT_GE(fd, 0);
    ASSERT_TRUE(send_all(fd, head + hdr + "\r\n"));
    std::this_thread::sleep_for(milliseconds(200));  // the "body" arrives as a request of its own
    send_all(fd, "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    std::string got;
    char buf[4096];
    pollfd p{fd, POLLIN, 0};
    const auto until = Clock::now() + std::chrono::seconds(8);
    bool eof = false;
    while (Clock::now() < until && ::poll(&p, 1, 200) >= 0) {
      const ssize_t n = ::recv(fd, buf, sizeof buf, MSG_DONTWAIT);
      if (n > 0) got.append(buf, static_cast<std::size_t>(n));
      else if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK)) { eof = true; break; }
    }
    ::close(fd);
    EXPECT_EQ(gp::test::raw_status(got), status) << hdr << got.substr(0, 200);
    EXPECT_TRUE(eof) << hdr << ": the connection stayed open after a refused body";
    std::size_t answers = 0;
    for (std::size_t at = got.find("HTTP/1.1 "); at != std::string::npos; at = got.find("HTTP/1.1 ", at + 1)) ++answers;
    EXPECT_EQ(answers, 1u) << hdr << ": the bytes after the refused body were answered as a request:\n" << got;
  }
}

// Session fixation: a token the client made up (sent as cookie or bearer) is never adopted. Login
// always issues a fresh random token; the planted one stays worthless before and after.
TEST(Resilience, ASessionTokenChosenByTheClientIsNeverAccepted) {
  TempDir dir("gp-resil-fix-");
  ServerProcess server({dir.path() / "data", {}, {"--sla-period", "86400"}});
  Api api(server);
  Account victim = gp::apitest::register_customer(api, "李固定");
  const std::string planted(64, 'a');
  const std::string planted2 = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
  for (const auto& t : {planted, planted2})
    EXPECT_EQ(api.get("/api/v1/auth/me", t).status, 401);
  const Reply r = api.post("/api/v1/auth/login", {{"login", victim.login}, {"password", victim.password}}, planted,
                           {{"Cookie", "gp_session=" + planted2}});
  ASSERT_EQ(r.status, 200) << show(r);
  const std::string issued = r.body.value("token", "");
  EXPECT_NE(issued, planted);
  EXPECT_NE(issued, planted2);
  EXPECT_EQ(issued.size(), 64u);
  EXPECT_EQ(r.header("Set-Cookie").find(planted2), std::string::npos) << r.header("Set-Cookie");
  EXPECT_NE(r.header("Set-Cookie").find(issued), std::string::npos) << r.header("Set-Cookie");
  for (const auto& t : {planted, planted2}) {
    EXPECT_EQ(api.get("/api/v1/auth/me", t).status, 401);
    EXPECT_EQ(api.get("/api/v1/auth/me", "", {{"Cookie", "gp_session=" + t}}).status, 401);
  }
  EXPECT_EQ(api.get("/api/v1/auth/me", issued).status, 200);
  // Two logins: two different tokens (none is reused or derived from the request).
  const Reply again = api.post("/api/v1/auth/login", {{"login", victim.login}, {"password", victim.password}});
  ASSERT_EQ(again.status, 200);
  EXPECT_NE(again.body.value("token", ""), issued);
}

// A customer (or a stranger) who walks the application numbers of a day learns nothing: every
// other application answers exactly like one that does not exist, in the detail, in its documents
// and in the progress lookup without login — which is throttled after 30 tries a minute.
TEST(Resilience, GuessingApplicationNumbersDisclosesNothing) {
  TempDir dir("gp-resil-guess-");
  const auto data = dir.path() / "data";
  Account admin = gp::apitest::adduser(data, "guess.admin", "admin", "Guess-Admin-1");
  ServerProcess server({data, {}, {"--sla-period", "86400"}});
  Api api(server);
  gp::apitest::login(api, admin);
  Account cm = gp::apitest::create_staff(api, admin, "customer_manager", "guess.cm", "郭经理");
  Account pm = gp::apitest::create_staff(api, admin, "project_manager", "guess.pm", "郭项目");
  Account a = gp::apitest::register_customer(api, "甲猜测");
  Account b = gp::apitest::register_customer(api, "乙猜测");
  std::vector<std::string> theirs;
  for (int i = 0; i < 3; ++i) theirs.push_back(gp::apitest::create_application(api, a).value("number", ""));
  const std::string mine = gp::apitest::create_application(api, b).value("number", "");
  ASSERT_EQ(mine.size(), 16u) << mine;
  const std::string prefix = mine.substr(0, 12);  // ZX-YYYYMMDD-

  std::set<std::string> bodies_detail, bodies_docs;
  int hits = 0;
  for (int n = 1; n <= 40; ++n) {
    char num[8];
    std::snprintf(num, sizeof num, "%04d", n);
    const std::string guess = prefix + num;
    if (guess == mine) continue;
    const Reply d = api.get("/api/v1/applications/" + guess, b);
    const Reply docs = api.get("/api/v1/applications/" + guess + "/documents/1", b);
    EXPECT_EQ(d.status, 404) << guess << " " << show(d);
    EXPECT_EQ(docs.status, 404) << guess << " " << show(docs);
    bodies_detail.insert(d.raw);
    bodies_docs.insert(docs.raw);
    if (std::find(theirs.begin(), theirs.end(), guess) != theirs.end()) ++hits;
  }
  EXPECT_EQ(hits, 3) << "the walk covered A's applications";
  EXPECT_EQ(bodies_detail.size(), 1u) << "an existing application must answer exactly like a missing one";
  EXPECT_EQ(bodies_docs.size(), 1u);

  // Progress lookup without login: the right number with a wrong phone = a missing number.
  std::set<std::string> track_bodies;
  int throttled = 0, found = 0;
  for (int n = 1; n <= 45; ++n) {
    char num[8];
    std::snprintf(num, sizeof num, "%04d", n % 6 + 1);
    const Reply t = api.post("/api/v1/track", {{"number", prefix + num}, {"phone", b.login}});
    if (t.status == 429) {
      ++throttled;
      EXPECT_FALSE(t.header("Retry-After").empty());
    } else if (t.status == 200) {
      ++found;
    } else {
      EXPECT_EQ(t.status, 404) << show(t);
      track_bodies.insert(t.raw);
    }
  }
  EXPECT_EQ(track_bodies.size(), 1u);
  EXPECT_GE(throttled, 15) << "the lookup must be throttled after 30 tries a minute";
  EXPECT_LE(found, 6) << "only B's own number with B's phone may be found";
  (void)cm;
  (void)pm;
}

// The clock jumping (the server's --test-clock): forward days, back before the applications
// existed, forward again — while the supervision job runs on its own every second and by hand. Each
// warning, overdue mark and escalation is recorded once, as one event; nothing crashes; the history
// verifies.
TEST(Resilience, ClockJumpsRecordEachSlaMarkOnce) {
  TempDir dir("gp-resil-clock-");
  const auto data = dir.path() / "data";
  Account admin = gp::apitest::adduser(data, "clock.admin", "admin", "Clock-Admin-1");
  ServerProcess server({data, {}, {"--test-clock", "--sla-period", "1"}});
  Api api(server);
  const std::string t0 = "2026-03-02T09:00:00+08:00";  // a Monday
  gp::apitest::login(api, admin);
  ASSERT_EQ(gp::apitest::set_test_clock(api, admin, t0).status, 200);
  gp::apitest::create_staff(api, admin, "customer_manager", "clock.cm", "钟经理");
  gp::apitest::create_staff(api, admin, "project_manager", "clock.pm", "钟项目");
  gp::apitest::create_staff(api, admin, "command_center", "clock.cc", "钟中心");
  Account cust = gp::apitest::register_customer(api, "钟客户");
  for (int i = 0; i < 6; ++i) gp::apitest::create_application(api, cust);

  const char* jumps[] = {"2026-03-03T09:00:00+08:00", "2026-03-05T17:00:00+08:00", "2026-02-20T09:00:00+08:00",
                         "2026-03-20T09:00:00+08:00", "2026-03-04T09:00:00+08:00", "2026-04-30T09:00:00+08:00",
                         "2026-03-02T09:00:01+08:00", "2026-06-01T09:00:00+08:00"};
  int sweeps_ok = 0;
  for (const char* at : jumps) {
    ASSERT_EQ(gp::apitest::set_test_clock(api, admin, at).status, 200) << at;
    gp::apitest::login(api, admin);  // sessions follow the clock too
    const Reply s = api.post("/api/v1/admin/sla/sweep", json::object(), admin);
    EXPECT_EQ(s.status, 200) << at << " " << show(s);
    sweeps_ok += s.status == 200;
    std::this_thread::sleep_for(milliseconds(1100));  // the background job sweeps at this "now" too
  }
  EXPECT_EQ(sweeps_ok, 8);
  EXPECT_TRUE(api.healthy());
  EXPECT_EQ(server.stop(), 0);

  SQLite::Database db((data / "getpower.db").string(), SQLite::OPEN_READONLY);
  SQLite::Statement dup(db, "SELECT application_id, json_extract(data,'$.subject'), type, json_extract(data,'$.escalation'), COUNT(*) "
                            "FROM events WHERE type IN ('sla_warning','sla_overdue','escalated') GROUP BY 1,2,3,4 HAVING COUNT(*) > 1");
  int dups = 0;
  while (dup.executeStep()) {
    ++dups;
    ADD_FAILURE() << "recorded twice: application " << dup.getColumn(0).getInt64() << " " << dup.getColumn(1).getString() << " "
                  << dup.getColumn(2).getString();
  }
  EXPECT_EQ(dups, 0);
  SQLite::Statement n_events(db, "SELECT COUNT(*) FROM events WHERE type IN ('sla_warning','sla_overdue','escalated') AND application_id IS NOT NULL");
  n_events.executeStep();
  SQLite::Statement n_marks(db, "SELECT COUNT(*) FROM sla_marks WHERE subject LIKE 'app:%' AND mark NOT LIKE 'ack%'");
  n_marks.executeStep();
  EXPECT_GT(n_marks.getColumn(0).getInt64(), 6) << "the jumps should have made applications overdue";
  EXPECT_EQ(n_events.getColumn(0).getInt64(), n_marks.getColumn(0).getInt64()) << "one event per mark";
  const auto v = gp::test::run_server_command({"verify", "--data", data.string()}, std::chrono::seconds(30));
  EXPECT_EQ(v.exit_code, 0) << v.out << v.err;
  std::printf("      8 jumps (forward, back before the applications, forward): %lld marks, each once; verify ok\n",
              static_cast<long long>(n_marks.getColumn(0).getInt64()));
}

namespace {

// A small tmpfs for the data directory (root only); unmounted on destruction.
class SmallDisk {
 public:
  SmallDisk(const std::filesystem::path& at, int mb) : at_(at) {
    std::filesystem::create_directories(at);
    mounted_ = ::geteuid() == 0 &&
               ::mount("tmpfs", at.c_str(), "tmpfs", 0, ("size=" + std::to_string(mb) + "m,mode=0700").c_str()) == 0;
    if (!mounted_) why_ = std::string("mount(tmpfs) failed: ") + std::strerror(errno);
  }
  ~SmallDisk() {
    if (mounted_) ::umount2(at_.c_str(), MNT_DETACH);
  }
  bool mounted() const { return mounted_; }
  const std::string& why() const { return why_; }
  bool grow(int mb) {
    return ::mount("tmpfs", at_.c_str(), "tmpfs", MS_REMOUNT, ("size=" + std::to_string(mb) + "m,mode=0700").c_str()) == 0;
  }

 private:
  std::filesystem::path at_;
  bool mounted_ = false;
  std::string why_;
};

}  // namespace

// A full disk under the data directory: writes are refused with 507 and a message in both
// languages (nothing half-written: each write is one transaction), reads go on (also for sessions
// whose idle timer cannot be pushed back), the process lives, and once there is room again writes
// succeed; the history verifies. Simulated with a 3 MB tmpfs (needs root; skipped otherwise).
TEST(Resilience, FullDiskAnswers507AndRecovers) {
  TempDir dir("gp-resil-disk-");
  SmallDisk disk(dir.path() / "disk", 3);
  if (!disk.mounted()) GTEST_SKIP() << "no small disk to fill: " << disk.why();
  const auto data = dir.path() / "disk" / "data";
  Account admin = gp::apitest::adduser(data, "disk.admin", "admin", "Disk-Admin-1");
  ServerProcess server({data, {}, {"--sla-period", "86400", "--test-clock"}});
  Api api(server);
  ASSERT_EQ(gp::apitest::set_test_clock(api, admin, "2026-03-02T10:00:00+08:00").status, 200);
  Account cust = gp::apitest::register_customer(api, "满盘");
  const std::string pad(150, 'x');
  int created = 0;
  Reply full;
  for (int i = 0; i < 3000; ++i) {
    const Reply r = api.post("/api/v1/applications", gp::apitest::lv_application("邾县满盘村" + std::to_string(i) + "号" + pad), cust);
    if (r.status == 201) { ++created; continue; }
    full = r;
    break;
  }
  ASSERT_EQ(full.status, 507) << "after " << created << " applications: " << show(full);
  EXPECT_EQ(full.code(), "storage_full");
  EXPECT_FALSE(full.error().value("message_zh", "").empty());
  EXPECT_FALSE(full.error().value("message_en", "").empty());
  // Documents (a blob file, then a row) are refused the same way.
  const std::string number = api.get("/api/v1/applications?page_size=1", cust).body["items"][0].value("number", "");
  const Reply up = api.upload(number, "identity_proof", "id.pdf", gp::apitest::pdf_file(std::string(400 * 1024, 'p')), cust.token);
  EXPECT_EQ(up.status, 507) << show(up);
  // Reads go on, also two minutes later when the session's idle timer would be written.
  ASSERT_EQ(gp::apitest::set_test_clock(api, admin, "2026-03-02T10:02:00+08:00").status, 200);
  const Reply list = api.get("/api/v1/applications?page_size=5", cust);
  EXPECT_EQ(list.status, 200) << show(list);
  EXPECT_EQ(list.body.value("total", 0), created);
  EXPECT_TRUE(api.healthy());
  // Room again: writes succeed.
  ASSERT_TRUE(disk.grow(64));
  const Reply again = api.post("/api/v1/applications", gp::apitest::lv_application("邾县满盘村又一号"), cust);
  EXPECT_EQ(again.status, 201) << show(again);
  const Reply up2 = api.upload(number, "identity_proof", "id.pdf", gp::apitest::pdf_file("ok"), cust.token);
  EXPECT_EQ(up2.status, 201) << show(up2);
  EXPECT_EQ(server.stop(), 0);
  const auto v = gp::test::run_server_command({"verify", "--data", data.string()}, std::chrono::seconds(30));
  EXPECT_EQ(v.exit_code, 0) << v.out << v.err;
  EXPECT_NE(v.out.find("integrity_check: ok"), std::string::npos) << v.out;
  std::printf("      3 MB tmpfs: %d applications, then 507 storage_full (create and upload); reads on; after growing the "
              "disk writes succeed; verify ok\n",
              created);
}

// `getpower-server backup` of the live database, again and again, while customers and staff read
// and write: every request is served (SQLite's online backup reads a snapshot; WAL lets writers
// go on), every copy is whole.
TEST(Resilience, BackupsDuringLoadKeepRequestsServed) {
  TempDir dir("gp-resil-backup-");
  const auto data = dir.path() / "data";
  Account admin = gp::apitest::adduser(data, "backup.admin", "admin", "Backup-Admin-1");
  ServerProcess server({data, {}, {"--sla-period", "86400"}});
  Api api(server);
  gp::apitest::login(api, admin);
  gp::apitest::create_staff(api, admin, "customer_manager", "backup.cm", "包经理");
  gp::apitest::create_staff(api, admin, "project_manager", "backup.pm", "包项目");
  Account cust = gp::apitest::register_customer(api, "包客户");
  for (int i = 0; i < 60; ++i) gp::apitest::create_application(api, cust);

  std::atomic<bool> stop{false};
  std::atomic<int> ok{0}, bad{0};
  std::mutex mu;
  double worst_ms = 0;
  auto load = [&](bool writer) {
    for (int i = 0; !stop; ++i) {
      const auto t = Clock::now();
      const Reply r = writer ? api.post("/api/v1/applications", gp::apitest::lv_application("邾县备份路" + std::to_string(i) + "号"), cust)
                             : api.get("/api/v1/applications?page=" + std::to_string(i % 3 + 1), admin);
      const double ms = std::chrono::duration<double, std::milli>(Clock::now() - t).count();
      (r.status == 200 || r.status == 201 ? ok : bad)++;
      std::lock_guard<std::mutex> lock(mu);
      worst_ms = std::max(worst_ms, ms);
    }
  };
  std::vector<std::thread> ts;
  for (int i = 0; i < 2; ++i) ts.emplace_back(load, true);
  for (int i = 0; i < 2; ++i) ts.emplace_back(load, false);
  int copies = 0;
  for (int i = 0; i < 6; ++i) {
    const auto to = dir.path() / ("copy" + std::to_string(i) + ".db");
    const auto r = gp::test::run_server_command({"backup", "--data", data.string(), "--to", to.string()}, std::chrono::seconds(30));
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    SQLite::Database copy(to.string(), SQLite::OPEN_READONLY);
    SQLite::Statement q(copy, "PRAGMA integrity_check");
    q.executeStep();
    EXPECT_EQ(q.getColumn(0).getString(), "ok");
    copies += r.exit_code == 0;
  }
  stop = true;
  for (auto& t : ts) t.join();
  std::printf("      %d backups during load: %d requests served, %d failed, slowest %.0f ms\n", copies, ok.load(), bad.load(), worst_ms);
  EXPECT_EQ(bad, 0);
  EXPECT_GT(ok, 20);
  EXPECT_LT(worst_ms, 3000);
}
