#include "life_helpers.h"

#include "api_client.h"
#include "gp/dto/contract.h"
#include "gp/dto/wire.h"

#include <gtest/gtest.h>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <stdexcept>

extern char** environ;

namespace gp::life {

namespace {

constexpr const char* kAdminPassword = "Admin-pass-2026";
constexpr const char* kStaffPassword = "Staff-pass-2026";
constexpr const char* kCustomerPassword = "Customer-pass-2026";

// `getpower-server adduser ...` with the password written to its standard input.
void run_adduser(const std::filesystem::path& data, const std::string& username, const std::string& role,
                 const std::string& name, const std::string& password) {
  std::vector<std::string> args = {GP_SERVER_BIN, "adduser", "--data", data.string(), "--username", username,
                                   "--role", role, "--name", name};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  int fds[2];
  if (::pipe(fds) != 0) throw std::runtime_error("pipe");
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_adddup2(&fa, fds[0], 0);
  posix_spawn_file_actions_addclose(&fa, fds[1]);
  posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);  // "added ..." is not test output
  pid_t pid = -1;
  const int rc = posix_spawn(&pid, args[0].c_str(), &fa, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  ::close(fds[0]);
  if (rc != 0) {
    ::close(fds[1]);
    throw std::runtime_error("cannot start adduser");
  }
  const std::string line = password + "\n";
  if (::write(fds[1], line.data(), line.size()) != static_cast<ssize_t>(line.size())) {}
  ::close(fds[1]);
  int status = 0;
  ::waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) throw std::runtime_error("adduser failed for " + username);
}

}  // namespace

Lab::Lab(std::vector<std::string> extra) : data_("gp-life-") {
  bootstrap_admin();
  std::vector<std::string> args = {"--test-clock", "--sla-period", "86400"};
  args.insert(args.end(), extra.begin(), extra.end());
  server_ = std::make_unique<test::ServerProcess>(test::ServerConfig{data_dir(), {}, args});
  cli_ = server_->client();
  login(admin_);
}

Lab::~Lab() {
  cli_.reset();
  if (server_) server_->stop();
}

void Lab::bootstrap_admin() {
  std::filesystem::create_directories(data_dir());
  std::filesystem::permissions(data_dir(), std::filesystem::perms::owner_all);
  admin_.role = "admin";
  admin_.login = "lead.admin";
  admin_.password = kAdminPassword;
  admin_.name = "钱主任";
  run_adduser(data_dir(), admin_.login, admin_.role, admin_.name, admin_.password);
}

std::string Lab::fresh_phone() {
  char buf[16];
  std::snprintf(buf, sizeof buf, "1380013%04d", ++phone_seq_);
  return buf;
}

void Lab::login(Party& p) {
  auto res = cli_->Post("/api/v1/auth/login", json{{"login", p.login}, {"password", p.password}}.dump(), "application/json");
  if (!res || res->status != 200)
    throw std::runtime_error("login failed for " + p.login + ": " + (res ? res->body : std::string("no response")));
  auto j = json::parse(res->body);
  p.token = j.at("token").get<std::string>();
  p.id = j.at("user").at("id").get<std::int64_t>();
}

Party Lab::staff(const std::string& role, const std::string& username, const std::string& name, const std::string& phone) {
  Party p;
  p.role = role;
  p.login = username;
  p.password = kStaffPassword;
  p.name = name.empty() ? username : name;
  json body = {{"username", username}, {"password", p.password}, {"name", p.name}, {"role", role}};
  if (!phone.empty()) body["phone"] = phone;
  auto r = post(admin_, "/api/v1/admin/users", body);
  if (r.status != 201) throw std::runtime_error("cannot create staff " + username + ": " + r.raw);
  login(p);
  return p;
}

Party Lab::customer(const std::string& name, const std::string& phone) {
  Party p;
  p.role = "customer";
  p.phone = phone.empty() ? fresh_phone() : phone;
  p.login = p.phone;
  p.password = kCustomerPassword;
  p.name = name;
  const std::string code = apitest::sms_code(*server_, p.phone);
  auto res = cli_->Post("/api/v1/auth/register", json{{"phone", p.phone}, {"password", p.password}, {"name", name}, {"sms_code", code}}.dump(),
                        "application/json");
  if (!res || res->status != 201) throw std::runtime_error("register failed: " + (res ? res->body : std::string("no response")));
  auto j = json::parse(res->body);
  p.token = j.at("token").get<std::string>();
  p.id = j.at("user").at("id").get<std::int64_t>();
  return p;
}

Reply Lab::claim(Party& p, const std::string& claim_code) {
  const std::string code = apitest::sms_code(*server_, p.phone, "claim");
  return post(p, "/api/v1/applications/claim", json{{"claim_code", claim_code}, {"sms_code", code}});
}

Reply Lab::call(Party* p, const std::string& method, const std::string& path, const json* body, const httplib::Headers& extra) {
  for (int attempt = 0; attempt < 2; ++attempt) {
    httplib::Headers h = extra;
    if (p) h.emplace("Authorization", "Bearer " + p->token);
    if (method != "GET" && method != "POST") throw std::runtime_error("method " + method);
    const std::string b = body ? body->dump() : std::string();
    httplib::Result res = method == "GET" ? cli_->Get(path, h) : cli_->Post(path, h, b, "application/json");
    if (!res) {
      // A kept-alive connection the server closed (e.g. after a restart): one fresh try.
      cli_ = server_->client();
      if (attempt == 0) continue;
      ADD_FAILURE() << method << " " << path << ": no response " << httplib::to_string(res.error());
      return {};
    }
    if (res->status == 401 && p && attempt == 0) {  // session ended by a clock jump or a restart
      login(*p);
      continue;
    }
    Reply r;
    r.status = res->status;
    r.raw = res->body;
    r.content_type = res->get_header_value("Content-Type");
    r.body = json::parse(res->body, nullptr, false);
    if (r.body.is_discarded()) r.body = nullptr;
    return r;
  }
  return {};
}

json Lab::get_ok(Party& p, const std::string& path, int status) {
  auto r = get(p, path);
  EXPECT_EQ(r.status, status) << "GET " << path << " as " << p.login << ": " << r.raw.substr(0, 600);
  return r.body;
}

json Lab::post_ok(Party& p, const std::string& path, const json& body, int status) {
  auto r = post(p, path, body);
  EXPECT_EQ(r.status, status) << "POST " << path << " as " << p.login << " " << body.dump() << ": " << r.raw.substr(0, 600);
  return r.body;
}

void Lab::set_now(const std::string& iso) {
  auto t = gp::parse_datetime(iso);
  if (!t) throw std::runtime_error("bad time " + iso);
  const json body = {{"now", iso}};
  // Admin only (issue 15); call() logs the admin in again when the jump ended the session.
  auto r = call(&admin_, "POST", "/api/v1/test/clock", &body);
  if (r.status != 200) throw std::runtime_error("cannot set the clock: " + r.raw);
  now_ = *t;
}

void Lab::advance(gp::Instant seconds) { set_now(gp::format_datetime_cst(now_ + seconds)); }

json Lab::sweep() { return post_ok(admin_, "/api/v1/admin/sla/sweep", json::object()); }

json Lab::create_app(Party& by, const json& body) {
  auto r = post(by, "/api/v1/applications", body);
  EXPECT_EQ(r.status, 201) << body.dump() << " -> " << r.raw.substr(0, 800);
  return r.body;
}

json Lab::app(Party& as, const std::string& number) { return get_ok(as, "/api/v1/applications/" + number); }

json Lab::act(Party& by, const std::string& number, const std::string& action, const json& fields, int status) {
  auto r = post(by, "/api/v1/applications/" + number + "/actions", json{{"action", action}, {"fields", fields}});
  EXPECT_EQ(r.status, status) << by.role << " " << action << " " << fields.dump() << " on " << number << " -> "
                              << r.raw.substr(0, 800);
  return r.body;
}

json Lab::act_rendered(Party& by, const std::string& number, const std::string& action, const json& overrides, int status) {
  const json view = app(by, number);
  const json* spec = find_action(view, action);
  if (!spec) {
    std::string offered;
    for (const auto& n : action_names(view)) offered += n + " ";
    ADD_FAILURE() << by.role << " is not offered " << action << " on " << number << " (offered: " << offered << ")";
    return nullptr;
  }
  return act(by, number, action, fill(*spec, overrides), status);
}

json Lab::fill(const json& spec, const json& overrides) {
  json out = json::object();
  for (auto it = overrides.begin(); it != overrides.end(); ++it) {
    bool known = false;
    for (const auto& f : spec.at("fields")) known = known || f.at("name") == it.key();
    EXPECT_TRUE(known) << "field " << it.key() << " is not in the descriptor of " << spec.at("action");
  }
  for (const auto& f : spec.at("fields")) {
    const std::string name = f.at("name");
    // Every descriptor carries what a client needs to render it.
    EXPECT_TRUE(f.contains("type") && f.contains("required") && f.contains("options") && f.contains("label_zh") &&
                f.contains("label_en"))
        << f.dump();
    if (overrides.contains(name)) {
      out[name] = overrides.at(name);
      continue;
    }
    if (!f.at("required").get<bool>()) continue;
    const std::string type = f.at("type");
    ++value_seq_;
    if (type == "string") {
      char b[32];
      std::snprintf(b, sizeof b, "GP-%06d", value_seq_);
      out[name] = b;
    } else if (type == "text") {
      out[name] = "测试填写 " + name + " #" + std::to_string(value_seq_);
    } else if (type == "number") {
      const double min = f.value("min", 0.0);
      out[name] = min > 0 ? min : 0.0;
    } else if (type == "date") {
      out[name] = today();
    } else if (type == "datetime") {
      out[name] = now_iso();
    } else if (type == "bool") {
      out[name] = true;
    } else if (type == "enum" || type == "document") {
      EXPECT_FALSE(f.at("options").empty()) << "no options to choose for " << name << " in " << spec.at("action");
      if (!f.at("options").empty()) out[name] = f.at("options")[0].at("value");
    } else {
      ADD_FAILURE() << "unknown field type " << type;
    }
  }
  return out;
}

Reply Lab::upload(Party& by, const std::string& number, const std::string& kind, const std::string& filename,
                  const std::string& bytes) {
  for (int attempt = 0; attempt < 2; ++attempt) {
    httplib::MultipartFormDataItems items = {{"kind", kind, "", ""}, {"file", bytes, filename, "application/octet-stream"}};
    httplib::Headers h = {{"Authorization", "Bearer " + by.token}};
    auto res = cli_->Post("/api/v1/applications/" + number + "/documents", h, items);
    if (!res) {
      cli_ = server_->client();
      if (attempt == 0) continue;
      ADD_FAILURE() << "upload: no response " << httplib::to_string(res.error());
      return {};
    }
    if (res->status == 401 && attempt == 0) {
      login(by);
      continue;
    }
    Reply r;
    r.status = res->status;
    r.raw = res->body;
    r.content_type = res->get_header_value("Content-Type");
    r.body = json::parse(res->body, nullptr, false);
    if (r.body.is_discarded()) r.body = nullptr;
    return r;
  }
  return {};
}

void Lab::crash_and_restart() {
  cli_.reset();
  server_->kill9();
  server_->restart();
  cli_ = server_->client();
  if (now_) set_now(now_iso());
}

json energize_lv(Lab& lab, Party& cm, Party& customer, const std::string& number) {
  lab.act_rendered(cm, number, "accept");
  const json view = lab.app(cm, number);
  json survey = json::object();
  if (const json* spec = find_action(view, "site_survey"))
    for (const auto& f : spec->at("fields"))
      if (f.at("name") == "documents_collected") survey["documents_collected"] = true;
  lab.act_rendered(cm, number, "site_survey", survey);
  lab.act_rendered(cm, number, "complete_inspection");
  lab.act_rendered(cm, number, "install_meter");
  const json k = lab.get_ok(customer, "/api/v1/applications/" + number + "/contract");
  const json signed_contract = lab.post_ok(customer, "/api/v1/applications/" + number + "/contract/sign",
                                          {{"sha256", k.at("sha256")}, {"method", "password"}, {"password", customer.password}});
  // The answer is the signed contract as its shared wire type (issue 16), key for key.
  EXPECT_EQ(json(gp::dto::decode<gp::dto::ContractTextDto>(signed_contract)), signed_contract);
  json done = lab.act_rendered(cm, number, "energize");
  EXPECT_EQ(done.value("status", ""), "completed") << number;
  return done;
}

const json* find_action(const json& app, const std::string& name) {
  if (!app.is_object() || !app.contains("next_actions")) return nullptr;
  for (const auto& a : app.at("next_actions"))
    if (a.at("action") == name) return &a;
  return nullptr;
}

std::vector<std::string> action_names(const json& app) {
  std::vector<std::string> out;
  if (app.is_object() && app.contains("next_actions"))
    for (const auto& a : app.at("next_actions")) out.push_back(a.at("action"));
  return out;
}

std::vector<json> events_of(const json& app, const std::string& type) {
  std::vector<json> out;
  if (app.is_object() && app.contains("events"))
    for (const auto& e : app.at("events"))
      if (e.at("type") == type) out.push_back(e);
  return out;
}

json stage_of(const json& app, const std::string& code) {
  if (app.is_object() && app.contains("stages"))
    for (const auto& s : app.at("stages"))
      if (s.at("code") == code) return s;
  return nullptr;
}

std::string pdf_bytes(const std::string& marker) {
  return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + marker + "\ntrailer << /Root 1 0 R >>\n%%EOF\n";
}

std::string png_bytes(const std::string& marker) {
  std::string s("\x89PNG\r\n\x1a\n", 8);
  s += std::string("\0\0\0\x0d", 4) + "IHDR" + std::string("\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0", 13) + "CRCC";
  s += "tEXt" + marker;
  return s;
}

std::string jpeg_bytes(const std::string& marker) { return std::string("\xFF\xD8\xFF\xE0", 4) + "JFIF" + marker + "\xFF\xD9"; }

std::string end_of_day(const std::string& date) {
  auto d = gp::parse_date(date);
  if (!d) return "bad date " + date;
  return d->plus_days(1).iso() + "T00:00:00+08:00";
}

}  // namespace gp::life
