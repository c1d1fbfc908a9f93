#include "app/options.h"

#include <fstream>
#include <iterator>

#include <algorithm>
#include <sstream>

namespace gp::server {

namespace {

constexpr const char* kProgram = "getpower-server";

const std::vector<FlagSpec>& global_flags() {
  static const std::vector<FlagSpec> flags = {
      {"--help", "", "show this help (or a command's: getpower-server COMMAND --help) and exit 0"},
      {"--version", "", "print the version and exit 0"},
  };
  return flags;
}

const CommandSpec* find_command(const std::string& name) {
  for (const auto& c : command_specs())
    if (c.name == name) return &c;
  return nullptr;
}

const FlagSpec* find_flag(const CommandSpec& c, const std::string& name) {
  for (const auto& f : c.flags)
    if (f.name == name) return &f;
  return nullptr;
}

long long integer_value(const Invocation& inv, const std::string& flag, long long min, long long max) {
  const std::string& v = inv.values.at(flag);
  const std::size_t from = !v.empty() && v[0] == '-' ? 1 : 0;
  const bool digits = v.size() > from && v.size() - from <= 12 &&
                      std::all_of(v.begin() + static_cast<std::ptrdiff_t>(from), v.end(),
                                  [](char c) { return c >= '0' && c <= '9'; });
  if (!digits) throw UsageError(flag + ": '" + v + "' is not an integer");
  const long long n = std::stoll(v);
  if (n < min || n > max)
    throw UsageError(flag + ": " + v + " is out of range (" + std::to_string(min) + ".." + std::to_string(max) + ")");
  return n;
}

ServeOptions serve_options(const Invocation& inv) {
  ServeOptions o;
  auto has = [&](const char* f) { return inv.values.count(f) != 0; };
  if (has("--host")) o.host = inv.values.at("--host");
  if (o.host.empty()) throw UsageError("--host: empty address");
  if (has("--port")) o.port = static_cast<int>(integer_value(inv, "--port", 0, 65535));
  o.data_dir = inv.values.at("--data");
  if (o.data_dir.empty()) throw UsageError("--data: empty path");
  if (has("--site")) {
    o.site_dir = inv.values.at("--site");
    if (o.site_dir.empty()) throw UsageError("--site: empty path");
  }
  o.demo = has("--demo");
  if (has("--max-body-mb"))
    o.max_body_bytes = static_cast<std::size_t>(integer_value(inv, "--max-body-mb", 1, 1024)) * 1024 * 1024;
  if (has("--threads")) o.threads = static_cast<int>(integer_value(inv, "--threads", 1, 1024));
  if (has("--max-threads")) o.max_threads = static_cast<int>(integer_value(inv, "--max-threads", 1, 65536));
  if (o.threads > o.max_threads) throw UsageError("--threads: more than --max-threads (" + std::to_string(o.max_threads) + ")");
  if (has("--max-upload-mb"))
    o.max_upload_bytes = static_cast<std::size_t>(integer_value(inv, "--max-upload-mb", 1, 100)) * 1024 * 1024;
  // A larger upload limit needs room in the request body too (unless the body limit was set).
  if (!has("--max-body-mb") && o.max_upload_bytes + 1024 * 1024 > o.max_body_bytes) o.max_body_bytes = o.max_upload_bytes + 1024 * 1024;
  if (has("--sla-period")) o.sla_period_seconds = static_cast<int>(integer_value(inv, "--sla-period", 1, 86400));
  if (has("--sla-budget-ms")) o.sla_budget_ms = static_cast<int>(integer_value(inv, "--sla-budget-ms", 0, 60000));
  o.test_clock = has("--test-clock");
  o.require_second_factor = has("--require-second-factor");
  if (has("--public-rate-limit")) o.public_rate_limit = static_cast<int>(integer_value(inv, "--public-rate-limit", 0, 1000000));
  if (has("--trusted-proxy")) {
    o.trusted_proxy = inv.values.at("--trusted-proxy");
    if (o.trusted_proxy.empty() || o.trusted_proxy.find_first_not_of("0123456789abcdefABCDEF.:") != std::string::npos)
      throw UsageError("--trusted-proxy: '" + o.trusted_proxy + "' is not an IP address");
  }
  if (has("--sms-address-limit")) o.sms_address_limit = static_cast<int>(integer_value(inv, "--sms-address-limit", 1, 1000000));
  if (has("--sms-gateway")) {
    o.sms_gateway = inv.values.at("--sms-gateway");
    if (o.sms_gateway.rfind("http://", 0) != 0 || o.sms_gateway.size() <= 7)
      throw UsageError("--sms-gateway: '" + o.sms_gateway + "' is not an http:// URL");
    for (const char* f : {"--sms-provider", "--sms-template", "--sms-key-file"})
      if (!has(f) || inv.values.at(f).empty()) throw UsageError(std::string("--sms-gateway needs ") + f);
    o.sms_provider = inv.values.at("--sms-provider");
    o.sms_template = inv.values.at("--sms-template");
    std::ifstream in(inv.values.at("--sms-key-file"), std::ios::binary);
    if (!in) throw UsageError("--sms-key-file: cannot read " + inv.values.at("--sms-key-file"));
    o.sms_key.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    while (!o.sms_key.empty() && (o.sms_key.back() == '\n' || o.sms_key.back() == '\r')) o.sms_key.pop_back();
    if (o.sms_key.size() < 16) throw UsageError("--sms-key-file: the key must have at least 16 bytes");
  } else {
    for (const char* f : {"--sms-provider", "--sms-template", "--sms-key-file"})
      if (has(f)) throw UsageError(std::string(f) + " needs --sms-gateway");
  }
  if (has("--public-origin")) {
    // scheme://host[:port], nothing more: it is compared byte for byte with the browser's Origin.
    o.public_origin = inv.values.at("--public-origin");
    const auto& po = o.public_origin;
    const auto sep = po.find("://");
    const bool scheme_ok = po.rfind("https://", 0) == 0 || po.rfind("http://", 0) == 0;
    const bool host_ok = sep != std::string::npos && po.size() > sep + 3 && po.size() <= 200 &&
                         po.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789.-:[]", sep + 3) == std::string::npos;
    if (!scheme_ok || !host_ok)
      throw UsageError("--public-origin: '" + po + "' is not an origin such as https://getpower.example.cn (lowercase, no path)");
  }
  if (has("--upload-quota-mb"))
    o.upload_quota_bytes = static_cast<std::size_t>(integer_value(inv, "--upload-quota-mb", 1, 100000)) * 1024 * 1024;
  if (has("--files-per-application"))
    o.files_per_application = static_cast<int>(integer_value(inv, "--files-per-application", 1, 10000));
  if (has("--id-key-file")) {
    o.id_key_file = inv.values.at("--id-key-file");
    if (o.id_key_file.empty()) throw UsageError("--id-key-file: empty path");
  }
  return o;
}

}  // namespace

const std::vector<CommandSpec>& command_specs() {
  static const std::vector<CommandSpec> specs = {
      {"serve",
       "run the HTTP server: the JSON API under /api/v1 and the browser app's files (the default command)",
       {
           {"--data", "DIR", "data directory (database, uploaded files); created with mode 0700 if missing", true},
           {"--port", "P", "TCP port to listen on, 0..65535 (default 8080); 0 picks a free port and prints it"},
           {"--host", "ADDR", "address to listen on (default 127.0.0.1)"},
           {"--site", "DIR", "directory of the browser app's files (build/site); without it only the API is served"},
           {"--demo", "", "seed demonstration data into a fresh data directory"},
           {"--max-body-mb", "N", "largest request body accepted (uploads, imports), in MiB, 1..1024 (default 12); ordinary JSON routes take 64 KB"},
           {"--threads", "N", "worker threads kept ready, 1..1024 (default: 4 per CPU, at least 16)"},
           {"--max-threads", "N",
            "most worker threads, 1..65536 (default 1024): each open connection holds one, so the pool grows "
            "with the connections and shrinks again when they close"},
           {"--max-upload-mb", "N", "largest document upload, in MiB, 1..100 (default 10)"},
           {"--sla-period", "S", "seconds between sweeps of the time-limit supervision job, 1..86400 (default 60)"},
           {"--sla-budget-ms", "MS", "work per sweep, 0..60000 (default 500); what is left is swept right after"},
           {"--test-clock", "", "for tests only: let POST /api/v1/test/clock set the server's notion of now"},
           {"--public-rate-limit", "N",
            "anonymous lookups (track, kiosk reservations, capacity) per minute per client address, 0..1000000 "
            "(default 30); 0 turns the limit off (benchmarks only: it is what slows number guessing)"},
           {"--require-second-factor", "",
            "staff and admin accounts without a second factor (TOTP) may do nothing after login but enroll "
            "(production: docs/deploy.md)"},
           {"--trusted-proxy", "ADDR",
            "address of a reverse proxy in front (e.g. 127.0.0.1 for nginx on the same host): requests from it "
            "name their client in X-Real-IP, so per-client limits apply per client, and X-Forwarded-Proto: https "
            "makes the session cookie __Host- and Secure and adds HSTS (docs/deploy.md)"},
           {"--public-origin", "URL",
            "the origin users reach the server at (e.g. https://getpower.example.cn): cookie-authenticated writes "
            "must come from it (Origin or Referer); default: the request's own Host"},
           {"--sms-gateway", "URL",
            "the SMS provider's HTTP gateway (http://host:port/path); without it SMS go to the development "
            "outbox: written to this log, DEVELOPMENT ONLY"},
           {"--sms-provider", "NAME", "the SMS provider's name, sent with every message (with --sms-gateway)"},
           {"--sms-template", "ID", "the provider's template id for our messages (with --sms-gateway)"},
           {"--sms-key-file", "FILE", "file holding the key that signs every message to the gateway, HMAC-SHA256, at least 16 bytes"},
           {"--sms-address-limit", "N", "SMS codes, and registrations, per hour per client address, 1..1000000 (default 30)"},
           {"--upload-quota-mb", "N",
            "company setting: documents one customer may keep stored in total, in MiB, 1..100000 (default 100)"},
           {"--files-per-application", "N", "company setting: files one application may keep, 1..10000 (default 30)"},
           {"--id-key-file", "FILE",
            "key that encrypts resident ID numbers at rest (default DIR/id.key, created with mode 0600 when absent); "
            "keep it outside backups of the data directory and back it up separately (docs/deploy.md)"},
       }},
      {"adduser",
       "create a staff account; the password is read from standard input (one line)",
       {
           {"--data", "DIR", "data directory", true},
           {"--username", "NAME", "login name: 3-32 lowercase letters, digits, '.', '_' or '-'", true},
           {"--role", "ROLE", "customer_manager | project_manager | command_center | admin", true},
           {"--name", "TEXT", "the person's name as shown to customers (default: the username)"},
           {"--phone", "MOBILE", "work mobile number shown to customers"},
       }},
      {"verify",
       "check the database: SQLite integrity, the event hash chain, and every application's state against its events",
       {
           {"--data", "DIR", "data directory", true},
       }},
      {"backup",
       "write a consistent copy of the live database to a new file (safe while the server runs)",
       {
           {"--data", "DIR", "data directory", true},
           {"--to", "FILE", "the new file to write (must not exist)", true},
       }},
  };
  return specs;
}

Invocation parse_command_line(const std::vector<std::string>& args) {
  Invocation inv;
  std::size_t i = 0;
  if (!args.empty() && !args[0].empty() && args[0][0] != '-') {
    if (!find_command(args[0])) throw UsageError("unknown command '" + args[0] + "'");
    inv.command = args[0];
    i = 1;
  }
  const CommandSpec& spec = *find_command(inv.command);

  for (; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--help" || a == "-h") { inv.action = Invocation::Action::help; return inv; }
    if (a == "--version") { inv.action = Invocation::Action::version; return inv; }
    if (a.size() < 3 || a.compare(0, 2, "--") != 0) throw UsageError("unexpected argument '" + a + "'");

    const auto eq = a.find('=');
    const std::string name = a.substr(0, eq);
    const FlagSpec* flag = find_flag(spec, name);
    if (!flag) throw UsageError("unknown flag " + name + (inv.command == "serve" ? "" : " for " + inv.command));
    if (inv.values.count(name)) throw UsageError(name + " given more than once");

    std::string value = "1";
    if (flag->value_name.empty()) {
      if (eq != std::string::npos) throw UsageError(name + " takes no value");
    } else if (eq != std::string::npos) {
      value = a.substr(eq + 1);
    } else {
      if (i + 1 >= args.size()) throw UsageError(name + " needs a value (" + flag->value_name + ")");
      value = args[++i];
    }
    inv.values[name] = value;
  }

  for (const auto& f : spec.flags)
    if (f.required && !inv.values.count(f.name)) throw UsageError("missing required flag " + f.name + " " + f.value_name);

  if (inv.command == "serve") inv.serve = serve_options(inv);
  return inv;
}

std::string help_text(const std::string& command) {
  std::ostringstream out;
  auto flag_lines = [&](const std::vector<FlagSpec>& flags) {
    for (const auto& f : flags) {
      std::string left = "  " + f.name + (f.value_name.empty() ? "" : " " + f.value_name);
      if (left.size() < 22) left.resize(22, ' '); else left += "  ";
      out << left << f.help << (f.required ? " (required)" : "") << "\n";
    }
  };

  out << kProgram << " — 阳光业扩一站通 GetPower: the HTTP server (JSON API + browser app files)\n\n";
  out << "Usage:\n";
  for (const auto& c : command_specs()) {
    out << "  " << kProgram << " " << (c.name == "serve" ? "[serve]" : c.name);
    for (const auto& f : c.flags) {
      const std::string s = f.name + (f.value_name.empty() ? "" : " " + f.value_name);
      out << " " << (f.required ? s : "[" + s + "]");
    }
    out << "\n";
  }
  out << "  " << kProgram << " [COMMAND] --help | --version\n\n";

  out << "Commands:\n";
  for (const auto& c : command_specs()) {
    std::string left = "  " + c.name;
    left.resize(22, ' ');
    out << left << c.summary << "\n";
  }
  for (const auto& c : command_specs()) {
    if (!command.empty() && command != c.name) continue;
    out << "\nFlags of " << c.name << ":\n";
    flag_lines(c.flags);
  }
  out << "\nGlobal flags:\n";
  flag_lines(global_flags());
  out << "\nWhen ready, serve prints exactly one line to stdout: listening on http://HOST:PORT\n";
  out << "SIGINT or SIGTERM stops the server gracefully.\n";
  out << "\nExit status: 0 success; 1 runtime failure (cannot bind, unusable data directory); 2 usage error.\n";
  return out.str();
}

}  // namespace gp::server
