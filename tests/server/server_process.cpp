#include "server_process.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace gp::test {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

int decode_status(int status) {
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return -1;
}

std::vector<char*> c_argv(std::vector<std::string>& args) {
  std::vector<char*> v;
  for (auto& a : args) v.push_back(a.data());
  v.push_back(nullptr);
  return v;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Milliseconds left until `deadline`, for poll().
int ms_left(Clock::time_point deadline) {
  const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
  return left > 0 ? static_cast<int>(left) : 0;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
TempDir::TempDir(const std::string& prefix) {
  std::string tmpl = (fs::temp_directory_path() / (prefix + "XXXXXX")).string();
  if (!::mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed: " + std::string(std::strerror(errno)));
  path_ = tmpl;
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

fs::path TempDir::write(const std::string& rel, const std::string& content) const {
  const fs::path p = path_ / rel;
  fs::create_directories(p.parent_path());
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out << content;
  return p;
}

// ---------------------------------------------------------------------------------------------
ServerProcess::ServerProcess(ServerConfig cfg) : cfg_(std::move(cfg)), logs_("gp-server-log-") { start(); }

ServerProcess::~ServerProcess() {
  if (running()) stop();
}

void ServerProcess::start() {
  std::vector<std::string> args = {GP_SERVER_BIN, "--port", "0", "--data", cfg_.data_dir.string()};
  if (!cfg_.site_dir.empty()) {
    args.push_back("--site");
    args.push_back(cfg_.site_dir.string());
  }
  args.insert(args.end(), cfg_.extra_args.begin(), cfg_.extra_args.end());

  int out[2];
  if (::pipe2(out, O_CLOEXEC) != 0) throw std::runtime_error("pipe failed");
  const std::string err_path = (logs_.path() / "stderr.log").string();
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_adddup2(&fa, out[1], 1);
  posix_spawn_file_actions_addopen(&fa, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
  auto argv = c_argv(args);
  const int rc = posix_spawn(&pid_, args[0].c_str(), &fa, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  ::close(out[1]);
  if (rc != 0) {
    ::close(out[0]);
    pid_ = -1;
    throw std::runtime_error("cannot start " + args[0] + ": " + std::strerror(rc));
  }
  stdout_fd_ = out[0];

  // Read stdout until the "listening on" line; the port is the last number on it.
  static const std::regex kReady(R"(listening on http://[^\s:]+:(\d+)\n)");
  std::string seen;
  const auto deadline =
      Clock::now() + (cfg_.start_timeout.count() > 0 ? cfg_.start_timeout : std::chrono::milliseconds(15000));
  std::smatch m;
  while (!std::regex_search(seen, m, kReady)) {
    pollfd p{stdout_fd_, POLLIN, 0};
    const int n = ::poll(&p, 1, std::min(ms_left(deadline), 100));
    char buf[256];
    ssize_t got = 0;
    if (n > 0) got = ::read(stdout_fd_, buf, sizeof buf);
    if (got > 0) {
      seen.append(buf, static_cast<std::size_t>(got));
      continue;
    }
    int status = 0;
    const bool exited = (n > 0 && got == 0) || ::waitpid(pid_, &status, WNOHANG) == pid_;
    if (exited || Clock::now() >= deadline) {
      const int code = exited ? wait_exit(std::chrono::milliseconds(2000)) : (stop(std::chrono::milliseconds(100)), -1);
      throw std::runtime_error("getpower-server did not become ready (exit " + std::to_string(code) +
                               "); stdout: " + seen + "; stderr: " + stderr_text());
    }
  }
  port_ = std::stoi(m[1].str());
}

int ServerProcess::wait_exit(std::chrono::milliseconds timeout) {
  if (pid_ <= 0) return -1;
  const auto deadline = Clock::now() + timeout;
  int status = 0;
  for (;;) {
    const pid_t r = ::waitpid(pid_, &status, WNOHANG);
    if (r == pid_ || (r < 0 && errno == ECHILD)) break;
    if (Clock::now() >= deadline) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, &status, 0);
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  pid_ = -1;
  if (stdout_fd_ >= 0) ::close(stdout_fd_);
  stdout_fd_ = -1;
  return decode_status(status);
}

int ServerProcess::stop(std::chrono::milliseconds grace) {
  if (pid_ <= 0) return -1;
  ::kill(pid_, SIGTERM);
  return wait_exit(grace);
}

void ServerProcess::kill9() {
  if (pid_ <= 0) return;
  ::kill(pid_, SIGKILL);
  wait_exit(std::chrono::milliseconds(5000));
}

void ServerProcess::restart() {
  if (running()) stop();
  start();
}

std::unique_ptr<httplib::Client> ServerProcess::client() const {
  auto c = std::make_unique<httplib::Client>("127.0.0.1", port_);
  c->set_connection_timeout(5, 0);
  c->set_read_timeout(10, 0);
  c->set_write_timeout(10, 0);
  c->set_decompress(false);
  return c;
}

std::string ServerProcess::stderr_text() const { return slurp(logs_.path() / "stderr.log"); }

// ---------------------------------------------------------------------------------------------
CommandResult run_server_command(const std::vector<std::string>& args_in, std::chrono::milliseconds timeout,
                                 const std::string& input) {
  std::vector<std::string> args = {GP_SERVER_BIN};
  args.insert(args.end(), args_in.begin(), args_in.end());
  int in[2], out[2], err[2];
  if (::pipe2(in, O_CLOEXEC) != 0 || ::pipe2(out, O_CLOEXEC) != 0 || ::pipe2(err, O_CLOEXEC) != 0)
    throw std::runtime_error("pipe failed");
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_adddup2(&fa, in[0], 0);
  posix_spawn_file_actions_adddup2(&fa, out[1], 1);
  posix_spawn_file_actions_adddup2(&fa, err[1], 2);
  pid_t pid = -1;
  auto argv = c_argv(args);
  const int rc = posix_spawn(&pid, args[0].c_str(), &fa, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  ::close(in[0]);
  ::close(out[1]);
  ::close(err[1]);
  if (rc != 0) throw std::runtime_error("cannot start " + args[0]);
  // The input is a short line or nothing: it fits the pipe buffer, so writing before reading
  // cannot block.
  const sighandler_t old = ::signal(SIGPIPE, SIG_IGN);
  if (!input.empty()) (void)!::write(in[1], input.data(), input.size());
  ::close(in[1]);
  ::signal(SIGPIPE, old);

  CommandResult r;
  const auto deadline = Clock::now() + timeout;
  pollfd fds[2] = {{out[0], POLLIN, 0}, {err[0], POLLIN, 0}};
  std::string* sinks[2] = {&r.out, &r.err};
  int open_fds = 2;
  while (open_fds > 0 && Clock::now() < deadline) {
    if (::poll(fds, 2, ms_left(deadline)) <= 0) break;
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      char buf[4096];
      const ssize_t n = ::read(fds[i].fd, buf, sizeof buf);
      if (n > 0) {
        sinks[i]->append(buf, static_cast<std::size_t>(n));
      } else {
        ::close(fds[i].fd);
        fds[i].fd = -1;
        --open_fds;
      }
    }
  }
  for (auto& f : fds)
    if (f.fd >= 0) ::close(f.fd);
  int status = 0;
  if (::waitpid(pid, &status, WNOHANG) != pid) {
    // Output closed but not yet exited: give it a moment before treating it as hung.
    for (int i = 0; i < 200 && ::waitpid(pid, &status, WNOHANG) != pid; ++i) ::usleep(10000);
    if (::kill(pid, 0) == 0 && ::waitpid(pid, &status, WNOHANG) != pid) {
      ::kill(pid, SIGKILL);  // still running: a command that should have ended did not
      ::waitpid(pid, &status, 0);
    }
  }
  r.exit_code = decode_status(status);
  return r;
}

std::string raw_http(int port, const std::string& request, std::chrono::milliseconds timeout) {
  const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) throw std::runtime_error("socket failed");
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    throw std::runtime_error("connect failed");
  }
  for (std::size_t sent = 0; sent < request.size();) {
    const ssize_t n = ::send(fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) break;  // the server may answer (and close) before reading everything
    sent += static_cast<std::size_t>(n);
  }

  std::string got;
  const auto deadline = Clock::now() + timeout;
  for (;;) {
    const auto head_end = got.find("\r\n\r\n");
    if (head_end != std::string::npos) {
      static const std::regex kLength(R"(\r\n[Cc]ontent-[Ll]ength:\s*(\d+)\r\n)");
      std::smatch m;
      const std::string head = got.substr(0, head_end + 2);
      if (std::regex_search(head, m, kLength) && got.size() >= head_end + 4 + std::stoul(m[1].str())) break;
    }
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, ms_left(deadline)) <= 0) break;
    char buf[4096];
    const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
    if (n <= 0) break;
    got.append(buf, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return got;
}

int raw_status(const std::string& response) {
  static const std::regex kStatus(R"(^HTTP/1\.[01] (\d{3}) )");
  std::smatch m;
  return std::regex_search(response, m, kStatus) ? std::stoi(m[1].str()) : 0;
}

}  // namespace gp::test
