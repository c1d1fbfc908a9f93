// The real getpower-server as a child process, for suites that test it over HTTP.
//
//   gp::test::TempDir data, site;
//   gp::test::ServerProcess server({data.path(), site.path()});   // --port 0 --data ... --site ...
//   auto cli = server.client();                                    // httplib::Client on loopback
//   auto res = cli->Get("/api/v1/health");
//   server.kill9(); server.restart();                              // crash, then start on the same data
//   EXPECT_EQ(server.stop(), 0);                                   // SIGTERM, graceful exit status
//
// The binary is GP_SERVER_BIN (a compile definition). Its stderr is kept in a file (stderr_text());
// its stdout is read only up to the "listening on http://HOST:PORT" line, which gives the port.
#pragma once
#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <httplib.h>

namespace gp::test {

// A fresh directory under the system temp dir, removed with its contents on destruction.
class TempDir {
 public:
  explicit TempDir(const std::string& prefix = "gp-server-test-");
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  // Write `content` to `rel` (parents created); returns the full path.
  std::filesystem::path write(const std::string& rel, const std::string& content) const;

 private:
  std::filesystem::path path_;
};

struct ServerConfig {
  std::filesystem::path data_dir;       // --data (required)
  std::filesystem::path site_dir;       // --site; empty: not passed
  std::vector<std::string> extra_args;  // appended, e.g. {"--demo"}
  std::chrono::milliseconds start_timeout{0};  // 0: 15 s
};

class ServerProcess {
 public:
  // Starts the server and waits for its "listening on" line. Throws std::runtime_error (with the
  // server's stderr) when it exits or stays silent instead.
  explicit ServerProcess(ServerConfig cfg);
  ~ServerProcess();  // stop() when still running
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  int port() const { return port_; }
  pid_t pid() const { return pid_; }
  bool running() const { return pid_ > 0; }
  const ServerConfig& config() const { return cfg_; }

  // A client for this server (loopback, 10 s timeouts, no automatic decompression so tests see
  // the bytes on the wire).
  std::unique_ptr<httplib::Client> client() const;

  // SIGTERM, then wait up to `grace` before SIGKILL. Returns the exit status (128 + signal when
  // killed by a signal), -1 when not running.
  int stop(std::chrono::milliseconds grace = std::chrono::milliseconds(5000));
  // SIGKILL and reap: the crash a restart must survive.
  void kill9();
  // Start again with the same configuration (same data dir); the port will differ.
  void restart();

  // Everything the server wrote to stderr, across restarts.
  std::string stderr_text() const;

 private:
  void start();
  int wait_exit(std::chrono::milliseconds timeout);

  ServerConfig cfg_;
  TempDir logs_;
  pid_t pid_ = -1;
  int stdout_fd_ = -1;
  int port_ = 0;
};

struct CommandResult {
  int exit_code = -1;  // 128 + signal when killed
  std::string out;
  std::string err;
};

// Run getpower-server with `args` to completion (e.g. {"--help"}), writing `input` to its standard
// input (then closing it), killing it after `timeout`.
CommandResult run_server_command(const std::vector<std::string>& args,
                                 std::chrono::milliseconds timeout = std::chrono::milliseconds(10000),
                                 const std::string& input = "");

// Send `request` byte for byte on a fresh loopback connection (unlike httplib::Client, which
// normalizes and encodes paths) and return the first response: until Content-Length is
// satisfied, the server closes, or `timeout` passes.
std::string raw_http(int port, const std::string& request,
                     std::chrono::milliseconds timeout = std::chrono::milliseconds(5000));

// The status code of a raw response ("HTTP/1.1 404 ..." -> 404), 0 when unparsable.
int raw_status(const std::string& response);

}  // namespace gp::test
