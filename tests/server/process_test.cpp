// The server as a process: port 0, graceful stop on SIGTERM, and a restart on the same data
// directory after kill -9 (the fixture later suites use for crash recovery).
#include <gtest/gtest.h>
#include <signal.h>

#include <thread>

#include "server_process.h"
#include "test_site.h"

using gp::test::ServerProcess;
using gp::test::TempDir;

TEST(Process, PortZeroPrintsTheRealPort) {
  TempDir data;
  ServerProcess a({data.path() / "a"});
  ServerProcess b({data.path() / "b"});
  EXPECT_GT(a.port(), 0);
  EXPECT_NE(a.port(), b.port());
  for (auto* s : {&a, &b}) {
    auto res = s->client()->Get("/api/v1/health");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200);
  }
}

TEST(Process, SigtermStopsGracefullyWithExitZero) {
  TempDir data;
  ServerProcess s({data.path()});
  EXPECT_EQ(s.stop(), 0) << s.stderr_text();
  EXPECT_FALSE(s.running());
}

TEST(Process, SigintStopsGracefullyWithExitZero) {
  TempDir data;
  ServerProcess s({data.path()});
  ::kill(s.pid(), SIGINT);
  EXPECT_EQ(s.stop(), 0);  // already stopping; stop() reaps it
}

TEST(Process, Kill9ThenRestartOnTheSameDataDir) {
  TempDir data;
  ServerProcess s({data.path()});
  s.kill9();
  EXPECT_FALSE(s.running());
  s.restart();
  auto res = s.client()->Get("/api/v1/health");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(s.config().data_dir, data.path());
}

TEST(Process, BusyPortIsARuntimeFailure) {
  TempDir data;
  ServerProcess first({data.path() / "a"});
  const auto r = gp::test::run_server_command(
      {"--port", std::to_string(first.port()), "--data", (data.path() / "b").string()});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("cannot listen"), std::string::npos) << r.err;
}

TEST(Process, ConcurrentClientsAreAllServed) {
  auto& server = gp::test::suite_server();
  std::vector<std::thread> threads;
  std::atomic<int> ok{0};
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&] {
      auto cli = server.client();
      for (int i = 0; i < 20; ++i) {
        auto res = cli->Get("/api/v1/calendar/add?from=2026-09-30&working_days=1");
        if (res && res->status == 200) ++ok;
      }
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(ok.load(), 160);
}
