// The command line of getpower-server. One table describes every command and flag; parsing,
// validation and --help are all driven by it, so a flag cannot exist undocumented.
//
//   getpower-server [serve] --data DIR [--port P] [--host ADDR] [--site DIR] [--demo] ...
//   getpower-server --help | --version
//
// Later commands (adduser, verify, backup) slot in as one more CommandSpec plus a typed options
// struct and its builder, e.g. `getpower-server adduser --data DIR --username NAME --role ROLE`.
#pragma once
#include <cstddef>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace gp::server {

// A wrong command line: the message goes to stderr and the process exits with status 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct FlagSpec {
  std::string name;        // "--port"
  std::string value_name;  // "P"; empty for a switch such as --demo
  std::string help;
  bool required = false;
};

struct CommandSpec {
  std::string name;  // "serve"
  std::string summary;
  std::vector<FlagSpec> flags;
};

// Every command, the default ("serve") first.
const std::vector<CommandSpec>& command_specs();

struct ServeOptions {
  std::string host = "127.0.0.1";
  int port = 8080;                 // 0: any free port (the one chosen is printed)
  std::string data_dir;            // created (mode 0700) when missing
  std::string site_dir;            // empty: API only, no static files
  bool demo = false;               // seed demonstration data into a fresh data directory
  std::size_t max_body_bytes = 12u * 1024 * 1024;
  int threads = 0;                 // worker threads kept ready; 0: chosen from the CPU count
  int max_threads = 1024;          // the pool grows to this many under many connections (one thread each)
  std::size_t max_upload_bytes = 10u * 1024 * 1024;  // one document (issue 3: 10 MB, configurable)
  int sla_period_seconds = 60;     // how often the supervision job sweeps
  int sla_budget_ms = 500;         // work per sweep; what is left is swept right after (0: one application)
  bool test_clock = false;         // tests may set "now" through /api/v1/test/clock
  int public_rate_limit = 30;      // anonymous lookups per minute per client address; 0: unlimited (benchmarks)
  std::string trusted_proxy;       // a reverse proxy's address: its requests name the client in X-Real-IP
  // SMS (issue 15): without a gateway URL the development outbox writes messages to the log.
  std::string sms_gateway;         // http://host:port/path of the provider's gateway
  std::string sms_provider;
  std::string sms_template;
  std::string sms_key;             // the signing key, read from --sms-key-file
  int sms_address_limit = 30;      // SMS codes and registrations per hour per client address
  bool require_second_factor = false;  // staff/admin must enroll TOTP before anything else
  std::string public_origin;       // "https://host[:port]" users reach us at; "" = the request's Host
  std::size_t upload_quota_bytes = 100u * 1024 * 1024;  // company setting: a customer's stored documents
  int files_per_application = 30;  // company setting: files one application keeps
  std::string id_key_file;         // empty: <data dir>/id.key (resident ID numbers encrypted at rest)
};

struct Invocation {
  enum class Action { run, help, version };
  Action action = Action::run;
  std::string command = "serve";              // which command runs (or whose help is shown)
  std::map<std::string, std::string> values;  // raw flag values by name ("--port" -> "0"); switches -> "1"
  ServeOptions serve;                         // filled when command == "serve" and action == run
};

// Parse the arguments after argv[0]. Throws UsageError.
Invocation parse_command_line(const std::vector<std::string>& args);

// The --help text: the overview, or one command's flags.
std::string help_text(const std::string& command = "");

}  // namespace gp::server
