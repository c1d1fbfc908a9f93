// Helpers for the suites that live through applications over HTTP (lifecycle, SLA supervision,
// documents, reservations, engagement): a private server with a settable clock, staff and
// customer accounts, and a render-driven way to act — pick an action from an application's
// `next_actions` and fill its fields from their descriptors, as any client would.
//
//   gp::life::Lab lab;                                   // --test-clock --sla-period 86400, fresh data dir
//   auto cm = lab.staff("customer_manager", "cm.wang");  // created by the bootstrap admin, logged in
//   auto cust = lab.customer("张三");                      // registered with a fresh mobile number
//   lab.set_now("2026-09-30T09:00:00+08:00");
//   auto app = lab.create_app(cust, {{"business","new_connection"},{"customer_type","lv_residential"},...});
//   lab.act(cm, number, "accept", lab.fill(*gp::life::find_action(app_as_cm, "accept")));
//
// Sessions expire on the server's clock (idle 2 h), so moving the test clock by days ends them:
// every call logs in again once on 401 and retries — the cost is one argon2id verification.
#pragma once
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "gp/date.h"
#include "server_process.h"

namespace gp::life {

using nlohmann::json;

struct Party {
  std::string role;      // customer | customer_manager | project_manager | command_center | admin
  std::string login;     // username, or the mobile number of a customer
  std::string password;
  std::string name;
  std::string phone;     // customers: their mobile number
  std::int64_t id = 0;
  std::string token;
};

struct Reply {
  int status = 0;
  json body;             // parsed JSON (null when the body is not JSON)
  std::string raw;
  std::string content_type;
};

class Lab {
 public:
  // Starts a server on a fresh data dir with --test-clock --sla-period 86400 and `extra` flags,
  // after creating the bootstrap admin with `getpower-server adduser` (password on stdin).
  explicit Lab(std::vector<std::string> extra = {});
  ~Lab();

  test::ServerProcess& server() { return *server_; }
  std::filesystem::path data_dir() const { return data_.path() / "data"; }

  Party& admin() { return admin_; }
  // A staff account created by the admin through POST /api/v1/admin/users, then logged in.
  Party staff(const std::string& role, const std::string& username, const std::string& name = "",
              const std::string& phone = "");
  // A customer registered through POST /api/v1/auth/register with a fresh mobile number (or
  // `phone`), with the SMS code from the server's development outbox.
  Party customer(const std::string& name, const std::string& phone = "");
  // POST /api/v1/applications/claim with the receipt's claim code and an SMS code to p's number
  // (issue 15); returns the reply.
  Reply claim(Party& p, const std::string& claim_code);
  // The next unused mobile number of this lab.
  std::string fresh_phone();
  // Log in again (after a restart or a clock jump); throws on failure.
  void login(Party& p);

  // One request as `p` (nullptr: anonymous), logging in again once on 401.
  Reply call(Party* p, const std::string& method, const std::string& path, const json* body = nullptr,
             const httplib::Headers& extra = {});
  Reply get(Party& p, const std::string& path) { return call(&p, "GET", path); }
  Reply post(Party& p, const std::string& path, const json& body) { return call(&p, "POST", path, &body); }
  // Same, expecting `status` (a gtest failure otherwise, with the body); returns the JSON.
  json get_ok(Party& p, const std::string& path, int status = 200);
  json post_ok(Party& p, const std::string& path, const json& body, int status = 200);

  // The server's "now" (POST /api/v1/test/clock); now()/today() are what the tests set.
  void set_now(const std::string& iso_with_offset);
  gp::Instant now() const { return now_; }
  std::string now_iso() const { return gp::format_datetime_cst(now_); }
  std::string today() const { return gp::cst_date(now_).iso(); }
  // Move the clock forward by whole seconds.
  void advance(gp::Instant seconds);

  // POST /api/v1/admin/sla/sweep as the admin.
  json sweep();

  // POST /api/v1/applications (expects 201) and GET /api/v1/applications/{number}.
  json create_app(Party& by, const json& body);
  json app(Party& as, const std::string& number);
  // POST .../actions; expects `status` and returns the answer (the application, or the error).
  json act(Party& by, const std::string& number, const std::string& action, const json& fields, int status = 200);
  // Picks `action` from `by`'s view of the application (a gtest failure if it is not offered),
  // fills its required fields from their descriptors (overrides win) and performs it.
  json act_rendered(Party& by, const std::string& number, const std::string& action, const json& overrides = json::object(),
                    int status = 200);

  // Render-driven form filling: every required field gets a valid value of its type (string,
  // text, number, date = today, datetime = now, bool = true, enum/document = the first option);
  // `overrides` set named fields (each must exist in the descriptor). Optional fields stay empty.
  json fill(const json& action_spec, const json& overrides = json::object());

  // Multipart upload of a document (fields kind, file).
  Reply upload(Party& by, const std::string& number, const std::string& kind, const std::string& filename,
               const std::string& bytes);

  // kill -9, then start again on the same data dir; the clock is set back to now().
  void crash_and_restart();

  std::unique_ptr<httplib::Client> client() const { return server_->client(); }

 private:
  void bootstrap_admin();
  test::TempDir data_;
  std::unique_ptr<test::ServerProcess> server_;
  std::unique_ptr<httplib::Client> cli_;
  Party admin_;
  gp::Instant now_ = 0;
  int phone_seq_ = 0;
  int value_seq_ = 0;
};

// Lives a two-step LV application (application -> meter & energize) to the end: accept, site
// survey collecting any missing documents (D3), completion inspection, meter, the customer signs
// the contract by password (P1), energize. Returns the completed application.
json energize_lv(Lab& lab, Party& cm, Party& customer, const std::string& number);

// The action `name` in an application's next_actions, or nullptr.
const json* find_action(const json& app, const std::string& name);
// Names of the next actions, for messages and set comparisons.
std::vector<std::string> action_names(const json& app);
// Events of a type, in order.
std::vector<json> events_of(const json& app, const std::string& type);
// The stage object with `code`, or null.
json stage_of(const json& app, const std::string& code);

// Byte samples recognised by content (rule: PDF, JPEG, PNG only).
std::string pdf_bytes(const std::string& marker = "");
std::string png_bytes(const std::string& marker = "");
std::string jpeg_bytes(const std::string& marker = "");

// "2026-10-09" -> the instant 24:00 CST of that day (deadlines end at the close of a working day).
std::string end_of_day(const std::string& date);

}  // namespace gp::life
