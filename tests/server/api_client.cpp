#include "api_client.h"

#include <thread>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <stdexcept>

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

#include "store/hash.h"

extern char** environ;

namespace gp::apitest {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// ---------------------------------------------------------------------------------------------
std::string Reply::header(const std::string& name) const {
  for (const auto& [k, v] : headers)
    if (strcasecmp(k.c_str(), name.c_str()) == 0) return v;
  return "";
}

json Reply::error() const {
  if (body.is_object() && body.contains("error") && body["error"].is_object()) return body["error"];
  return json::object();
}

std::string show(const Reply& r) { return std::to_string(r.status) + " " + r.raw.substr(0, 300); }

Reply Api::send(const std::string& method, const std::string& path, const std::string& body,
                const std::string& content_type, const std::string& token, const httplib::Headers& headers) const {
  auto cli = server_.client();
  httplib::Request req;
  req.method = method;
  req.path = path;
  req.headers = headers;
  if (!token.empty()) req.headers.emplace("Authorization", "Bearer " + token);
  if (!body.empty() || method == "POST" || method == "PUT" || method == "PATCH") {
    req.body = body;
    if (!content_type.empty()) req.headers.emplace("Content-Type", content_type);
  }
  Reply r;
  auto res = cli->send(req);
  if (!res) return r;
  r.status = res->status;
  r.raw = res->body;
  r.headers = res->headers;
  r.body = json::parse(r.raw, nullptr, false);
  if (r.body.is_discarded()) r.body = nullptr;
  return r;
}

Reply Api::upload(const std::string& number, const std::string& kind, const std::string& filename,
                  const std::string& bytes, const std::string& token) const {
  auto cli = server_.client();
  httplib::MultipartFormDataItems items = {{"kind", kind, "", ""}, {"file", bytes, filename, "application/octet-stream"}};
  httplib::Headers h;
  if (!token.empty()) h.emplace("Authorization", "Bearer " + token);
  Reply r;
  auto res = cli->Post(("/api/v1/applications/" + number + "/documents").c_str(), h, items);
  if (!res) return r;
  r.status = res->status;
  r.raw = res->body;
  r.headers = res->headers;
  r.body = json::parse(r.raw, nullptr, false);
  if (r.body.is_discarded()) r.body = nullptr;
  return r;
}

// ---------------------------------------------------------------------------------------------
std::string fresh_phone() {
  // Per process and per run: the pid keeps parallel runs of the binary from meeting in one data
  // dir (they never share one anyway), the counter keeps numbers unique within the run.
  static std::atomic<int> seq{0};
  const int n = ++seq;
  char buf[16];
  std::snprintf(buf, sizeof buf, "137%04d%04d", static_cast<int>(::getpid() % 10000), n % 10000);
  return buf;
}

char id_check_char(const std::string& first17) {
  // GB 11643-1999: weights 2^(17-i) mod 11, check = (12 - sum mod 11) mod 11, 10 written X.
  static const int w[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  int sum = 0;
  for (int i = 0; i < 17; ++i) sum += (first17[static_cast<std::size_t>(i)] - '0') * w[i];
  const int c = (12 - sum % 11) % 11;
  return c == 10 ? 'X' : static_cast<char>('0' + c);
}

std::string valid_id_number(const std::string& birth, const std::string& seq3) {
  const std::string first17 = "110105" + birth + seq3;
  return first17 + id_check_char(first17);
}

std::string sms_code(const test::ServerProcess& server, const std::string& phone, const std::string& purpose) {
  const std::string marker = "to " + phone + " purpose " + purpose + " code ";
  auto count = [&](const std::string& log) {
    int n = 0;
    for (auto at = log.find(marker); at != std::string::npos; at = log.find(marker, at + 1)) ++n;
    return n;
  };
  const int before = count(server.stderr_text());
  auto cli = server.client();
  auto res = cli->Post("/api/v1/auth/sms-code", json{{"phone", phone}, {"purpose", purpose}}.dump(), "application/json");
  EXPECT_TRUE(res && res->status == 202) << "sms-code for " << phone << ": " << (res ? res->body : std::string("no answer"));
  if (!res || res->status != 202) return "";
  // The outbox's sender writes the message moments later, on its own thread.
  for (int i = 0; i < 500; ++i) {
    const std::string log = server.stderr_text();
    if (count(log) > before) {
      const auto at = log.rfind(marker) + marker.size();
      return log.substr(at, 6);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ADD_FAILURE() << "no SMS code for " << phone << " in the server's log";
  return "";
}

Account register_customer(const Api& api, const std::string& name, const std::string& password) {
  Account a;
  a.role = "customer";
  a.login = fresh_phone();
  a.password = password;
  a.name = name;
  const std::string code = sms_code(api.server(), a.login);
  const Reply r = api.post("/api/v1/auth/register", {{"phone", a.login}, {"password", password}, {"name", name}, {"sms_code", code}});
  EXPECT_EQ(r.status, 201) << show(r);
  if (r.status == 201) {
    a.token = r.body.value("token", "");
    a.id = r.body["user"].value("id", 0);
  }
  return a;
}

void login(const Api& api, Account& a) {
  const Reply r = api.post("/api/v1/auth/login", {{"login", a.login}, {"password", a.password}});
  EXPECT_EQ(r.status, 200) << a.login << ": " << show(r);
  if (r.status != 200) return;
  a.token = r.body.value("token", "");
  a.id = r.body["user"].value("id", 0);
  a.role = r.body.value("role", "");
}

Reply set_test_clock(const Api& api, Account& admin, const std::string& iso) {
  const json body = {{"now", iso.empty() ? json(nullptr) : json(iso)}};
  Reply r = api.post("/api/v1/test/clock", body, admin);
  if (r.status == 401) {
    login(api, admin);
    r = api.post("/api/v1/test/clock", body, admin);
  }
  return r;
}

Account create_staff(const Api& api, const Account& admin, const std::string& role, const std::string& username,
                     const std::string& name) {
  Account a;
  a.role = role;
  a.login = username;
  a.password = "Staff-" + username + "-9";
  a.name = name.empty() ? "测试员工" : name;
  const Reply r = api.post("/api/v1/admin/users",
                           {{"username", username}, {"password", a.password}, {"name", a.name}, {"role", role}}, admin);
  EXPECT_EQ(r.status, 201) << username << ": " << show(r);
  login(api, a);
  return a;
}

// ---------------------------------------------------------------------------------------------
test::CommandResult run_cli(const std::vector<std::string>& args, const std::string& input,
                            std::chrono::milliseconds timeout) {
  return test::run_server_command(args, timeout, input);
}

Account adduser(const fs::path& data_dir, const std::string& username, const std::string& role, const std::string& password) {
  const auto r = run_cli({"adduser", "--data", data_dir.string(), "--username", username, "--role", role}, password + "\n");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  Account a;
  a.role = role;
  a.login = username;
  a.password = password;
  a.name = username;
  return a;
}

// ---------------------------------------------------------------------------------------------
json lv_application(const std::string& address) {
  return {{"business", "new_connection"}, {"customer_type", "lv_residential"}, {"address", address}};
}

json create_application(const Api& api, const Account& by, json body) {
  const Reply r = api.post("/api/v1/applications", body, by);
  EXPECT_EQ(r.status, 201) << show(r);
  return r.status == 201 ? r.body : json::object();
}

// ---------------------------------------------------------------------------------------------
Fingerprint db_fingerprint(const fs::path& db_file) {
  Fingerprint fp;
  SQLite::Database db(db_file.string(), SQLite::OPEN_READONLY, 5000);
  std::vector<std::string> tables;
  {
    SQLite::Statement q(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    while (q.executeStep()) tables.push_back(q.getColumn(0).getString());
  }
  for (const auto& t : tables) {
    SQLite::Statement q(db, "SELECT * FROM \"" + t + "\" ORDER BY rowid");
    std::string all;
    std::int64_t rows = 0;
    while (q.executeStep()) {
      ++rows;
      for (int i = 0; i < q.getColumnCount(); ++i) {
        const auto c = q.getColumn(i);
        all += std::to_string(c.getType()) + ":" + std::to_string(c.getBytes()) + ":";
        if (!c.isNull()) all.append(static_cast<const char*>(c.getBlob()), static_cast<std::size_t>(c.getBytes()));
        all += '\x1f';
      }
      all += '\x1e';
    }
    fp[t] = {rows, gp::store::sha256_hex(all)};
  }
  return fp;
}

std::string fingerprint_diff(const Fingerprint& a, const Fingerprint& b) {
  std::string out;
  for (const auto& [t, v] : a) {
    auto it = b.find(t);
    if (it == b.end()) out += t + ": gone; ";
    else if (it->second != v)
      out += t + ": " + std::to_string(v.first) + " -> " + std::to_string(it->second.first) + " rows, content changed; ";
  }
  for (const auto& [t, v] : b)
    if (!a.count(t)) out += t + ": new table; ";
  return out;
}

std::int64_t db_int(const fs::path& db_file, const std::string& sql) {
  SQLite::Database db(db_file.string(), SQLite::OPEN_READONLY, 5000);
  SQLite::Statement q(db, sql);
  return q.executeStep() ? q.getColumn(0).getInt64() : -1;
}

std::string pdf_file(const std::string& marker) {
  return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + marker + "\ntrailer << /Root 1 0 R >>\n%%EOF\n";
}

std::string png_file() {
  std::string s("\x89PNG\r\n\x1a\n", 8);
  s += std::string("\0\0\0\x0dIHDR", 8);
  s += std::string("\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0", 13);
  s += std::string("\x90\x77\x53\xde", 4);
  s += std::string("\0\0\0\0IEND\xae\x42\x60\x82", 12);
  return s;
}

// ---------------------------------------------------------------------------------------------
namespace {

class WorldEnv : public ::testing::Environment {
 public:
  World& get() {
    if (!world_) build();
    return *world_;
  }
  void TearDown() override {
    if (world_) {
      const int code = world_->server.stop();
      EXPECT_EQ(code, 0) << "the world server did not stop gracefully; stderr:\n" << world_->server.stderr_text();
    }
    world_.reset();
    server_.reset();
    dir_.reset();
  }

 private:
  void build() {
    dir_ = std::make_unique<test::TempDir>("gp-world-");
    const fs::path data = dir_->path() / "data";
    Account admin = adduser(data, "world.admin", "admin", "W0rld-Admin-Pass");
    server_ = std::make_unique<test::ServerProcess>(test::ServerConfig{
        data, {}, {"--test-clock", "--sla-period", "86400", "--max-body-mb", "2", "--max-upload-mb", "1"}});
    world_ = std::unique_ptr<World>(new World{*server_, Api(*server_), {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, 0, {}, data});
    World& w = *world_;
    w.admin = admin;
    login(w.api, w.admin);
    const Reply clock = set_test_clock(w.api, w.admin, kWorldNow);
    if (clock.status != 200) throw std::runtime_error("cannot set the world's clock: " + show(clock));
    login(w.api, w.admin);  // a session that began at the world's "now"
    w.cc = create_staff(w.api, w.admin, "command_center", "cc.zhao", "赵指挥");
    w.cm1 = create_staff(w.api, w.admin, "customer_manager", "cm.qian", "钱经理");
    w.cm2 = create_staff(w.api, w.admin, "customer_manager", "cm.sun", "孙经理");
    w.pm1 = create_staff(w.api, w.admin, "project_manager", "pm.li", "李项目");
    w.pm2 = create_staff(w.api, w.admin, "project_manager", "pm.zhou", "周项目");
    w.cust_a = register_customer(w.api, "甲客户");
    w.cust_b = register_customer(w.api, "乙客户");

    json body_a = lv_application("邾县甲村一组1号");
    body_a["preferred_manager"] = w.cm1.id;
    json body_b = lv_application("邾县乙村二组2号");
    body_b["preferred_manager"] = w.cm2.id;
    const json a = create_application(w.api, w.cust_a, body_a);
    const json b = create_application(w.api, w.cust_b, body_b);
    w.app_a = a.value("number", "");
    w.app_b = b.value("number", "");
    // The least-loaded rule puts the first application on pm1 and the second on pm2.
    if (a["project_manager"].value("id", 0) != w.pm1.id || b["project_manager"].value("id", 0) != w.pm2.id ||
        a["customer_manager"].value("id", 0) != w.cm1.id || b["customer_manager"].value("id", 0) != w.cm2.id)
      throw std::runtime_error("unexpected manager assignment: " + a["project_manager"].dump() + " " + b["project_manager"].dump());

    const Reply doc = w.api.upload(w.app_b, "identity_proof", "b-id.pdf", pdf_file("B-SECRET-DOC"), w.cust_b.token);
    if (doc.status != 201) throw std::runtime_error("cannot upload B's document: " + show(doc));
    w.doc_b = doc.body.value("id", 0);
    const Reply res = w.api.post("/api/v1/reservations",
                                 {{"customer_type", "lv_residential"}, {"address", "邾县乙村二组3号"}, {"note", "B-SECRET-NOTE"}},
                                 w.cust_b);
    if (res.status != 201) throw std::runtime_error("cannot make B's reservation: " + show(res));
    w.reservation_b = res.body.value("number", "");
  }

  std::unique_ptr<test::TempDir> dir_;
  std::unique_ptr<test::ServerProcess> server_;
  std::unique_ptr<World> world_;
};

WorldEnv* const g_world = static_cast<WorldEnv*>(::testing::AddGlobalTestEnvironment(new WorldEnv));

}  // namespace

World& world() { return g_world->get(); }

std::vector<DocOp> documented_operations() {
  World& w = world();
  const Reply r = w.api.get("/api/v1/openapi.json");
  EXPECT_EQ(r.status, 200) << show(r);
  std::vector<DocOp> ops;
  if (!r.body.is_object() || !r.body.contains("paths")) return ops;
  for (const auto& [path, methods] : r.body["paths"].items()) {
    std::string concrete = path;
    bool real = true;
    for (std::size_t open = concrete.find('{'); open != std::string::npos; open = concrete.find('{')) {
      const std::size_t close = concrete.find('}', open);
      const std::string name = concrete.substr(open + 1, close - open - 1);
      std::string value = "1";
      // Issue 11: the World holds no customer request; a case number reaches the handler's own 404.
      if (name == "number" && path.find("/cases/") != std::string::npos) value = "SQ-20260101-0001", real = false;
      else if (name == "number") value = path.find("/reservations/") != std::string::npos ? w.reservation_b : w.app_b;
      else if (name == "id" && path.find("/documents/") != std::string::npos) value = std::to_string(w.doc_b);
      else if (name == "id" && path.find("/admin/users/") != std::string::npos) value = std::to_string(w.cm2.id);
      else if (name == "year") value = "2026";
      else real = false;
      concrete.replace(open, close - open + 1, value);
    }
    for (const auto& [m, op] : methods.items()) {
      std::string up = m;
      for (auto& c : up) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      ops.push_back({up, path, concrete, op, real});
    }
  }
  return ops;
}

}  // namespace gp::apitest
