// Helpers for the suites that test accounts, access, bad input, the OpenAPI document, the
// maintenance commands and crash recovery (auth_test, access_test, bad_input_test, openapi_test,
// cli_commands_test, crash_test):
//
//   gp::apitest::Api api(server);                      // follows the server across restarts
//   auto r = api.post("/api/v1/auth/login", {{"login", "13700000001"}, {"password", "..."}});
//   auto cust = gp::apitest::register_customer(api, "张三");   // token kept in the Account
//   auto& w = gp::apitest::world();                    // one shared server with every role and data
//   auto before = gp::apitest::db_fingerprint(w.db_path());  // every table: rows + content hash
//
// Passwords are hashed with argon2id (~50 ms per register/login), so accounts are created once
// (the shared World) and their sessions reused.
#pragma once
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "server_process.h"

namespace gp::apitest {

using nlohmann::json;

struct Reply {
  int status = 0;        // 0: no answer at all (connection refused or reset)
  std::string raw;       // the body as sent
  json body;             // parsed JSON; null when the body is not JSON
  httplib::Headers headers;
  std::string header(const std::string& name) const;
  // The error object ({"code","field",...}); empty object when there is none.
  json error() const;
  std::string code() const { return error().value("code", ""); }
  std::string field() const { return error().value("field", ""); }
};

// Readable "STATUS body" for assertion messages (body cut to 300 bytes).
std::string show(const Reply& r);

struct Account {
  std::string role;
  std::string login;     // the username of staff, the mobile number of customers
  std::string password;
  std::string name;
  std::int64_t id = 0;
  std::string token;
};

// Requests to one ServerProcess; a fresh connection per request, so the Api keeps working after
// the server restarts on another port.
class Api {
 public:
  explicit Api(const test::ServerProcess& server) : server_(server) {}

  // `token` non-empty: Authorization: Bearer. `body` is sent as is with `content_type`.
  Reply send(const std::string& method, const std::string& path, const std::string& body = "",
             const std::string& content_type = "application/json", const std::string& token = "",
             const httplib::Headers& headers = {}) const;
  Reply get(const std::string& path, const std::string& token = "", const httplib::Headers& headers = {}) const {
    return send("GET", path, "", "", token, headers);
  }
  Reply post(const std::string& path, const json& body, const std::string& token = "",
             const httplib::Headers& headers = {}) const {
    return send("POST", path, body.dump(), "application/json", token, headers);
  }
  Reply get(const std::string& path, const Account& a) const { return get(path, a.token); }
  Reply post(const std::string& path, const json& body, const Account& a) const { return post(path, body, a.token); }
  // Multipart upload of a document (fields kind, file).
  Reply upload(const std::string& number, const std::string& kind, const std::string& filename, const std::string& bytes,
               const std::string& token) const;
  bool healthy() const { return get("/api/v1/health").status == 200; }
  int port() const { return server_.port(); }
  const test::ServerProcess& server() const { return server_; }

 private:
  const test::ServerProcess& server_;
};

// --- accounts -----------------------------------------------------------------------------------
// A mobile number no other call of this process has returned (137xxxxxxxx).
std::string fresh_phone();
// The GB 11643 check character for the first 17 digits of a resident ID number.
char id_check_char(const std::string& first17);
// A valid resident ID: a Beijing area code, the birth date and sequence given, the right check character.
std::string valid_id_number(const std::string& birth_yyyymmdd = "19900307", const std::string& seq3 = "451");

// The one way tests get an SMS code (issue 15): POST /api/v1/auth/sms-code for `phone` and
// `purpose`, then the code the server's development outbox writes to its log (servers under test
// run without --sms-gateway). "" (and a gtest failure) when the request is refused or no code
// shows up within 5 s.
std::string sms_code(const test::ServerProcess& server, const std::string& phone, const std::string& purpose = "register");
// POST /api/v1/auth/register with a fresh number (and its SMS code); a gtest failure unless 201.
Account register_customer(const Api& api, const std::string& name, const std::string& password = "Secret123");
// POST /api/v1/auth/login; fills a.token (and id, role); a gtest failure unless 200.
void login(const Api& api, Account& a);
// POST /api/v1/admin/users by `admin`, then login.
Account create_staff(const Api& api, const Account& admin, const std::string& role, const std::string& username,
                     const std::string& name = "");

// POST /api/v1/test/clock as `admin` (admin only, issue 15): "now" = `iso` (or real time for "").
// A jump that ended the admin's session logs the admin in again and retries. Returns the answer.
Reply set_test_clock(const Api& api, Account& admin, const std::string& iso);

// --- the command line ---------------------------------------------------------------------------
// Run getpower-server with `args`, writing `input` to its standard input (then closing it).
test::CommandResult run_cli(const std::vector<std::string>& args, const std::string& input,
                            std::chrono::milliseconds timeout = std::chrono::milliseconds(20000));
// `getpower-server adduser` (password on stdin); a gtest failure unless it exits 0.
Account adduser(const std::filesystem::path& data_dir, const std::string& username, const std::string& role,
                const std::string& password = "Adm1nPassw0rd");

// --- applications -------------------------------------------------------------------------------
// A valid body for POST /api/v1/applications: an LV residential new connection (rules S1, T1).
json lv_application(const std::string& address = "邾县城关镇解放路12号");
// POST /api/v1/applications; a gtest failure unless 201. Returns the application.
json create_application(const Api& api, const Account& by, json body = lv_application());

// --- the database -------------------------------------------------------------------------------
// Per table: row count and a SHA-256 over every row's values in rowid order (the database opened
// read-only beside the running server). Two equal fingerprints mean no row changed.
using Fingerprint = std::map<std::string, std::pair<std::int64_t, std::string>>;
Fingerprint db_fingerprint(const std::filesystem::path& db_file);
// Tables whose content differs, for messages ("events: 12 -> 13 rows").
std::string fingerprint_diff(const Fingerprint& a, const Fingerprint& b);
// One integer from a read-only query (e.g. "SELECT COUNT(*) FROM users").
std::int64_t db_int(const std::filesystem::path& db_file, const std::string& sql);

// Minimal files recognised by content.
std::string pdf_file(const std::string& marker = "");
std::string png_file();

// --- the shared world ---------------------------------------------------------------------------
// One server for the access, bad-input and OpenAPI suites: --test-clock (fixed at a Monday
// morning, never moved), --sla-period 86400, --max-body-mb 2, --max-upload-mb 1; an admin made by
// `adduser` before start; staff of every role (two customer managers and two project managers);
// customers A and B with one application each (A's assigned to cm1/pm1, B's to cm2/pm2), a PDF on
// B's application, and an online reservation by B.
struct World {
  test::ServerProcess& server;
  Api api;
  Account admin, cc, cm1, cm2, pm1, pm2, cust_a, cust_b;
  std::string app_a, app_b;        // application numbers
  std::int64_t doc_b = 0;          // a document on app_b
  std::string reservation_b;       // reservation number of customer B
  std::filesystem::path data_dir;
  std::filesystem::path db_path() const { return data_dir / "getpower.db"; }
};
World& world();

// One operation of GET /api/v1/openapi.json (the World's server), with its path made concrete
// from the World's records: {number} -> B's application (or B's reservation under
// /reservations), {id} -> B's document (under /documents) or cm2's user id, {year} -> 2026,
// anything else -> "1".
struct DocOp {
  std::string method;    // "GET", "POST", "PUT", ...
  std::string path;      // as documented
  std::string concrete;  // as called
  json doc;              // the operation object
  bool real_ids = true;  // every placeholder got a real identifier of the World
};
std::vector<DocOp> documented_operations();

// The fixed "now" of the world (POST /api/v1/test/clock).
constexpr const char* kWorldNow = "2026-03-02T10:00:00+08:00";

}  // namespace gp::apitest
