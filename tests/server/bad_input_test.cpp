// The bad-input battery (issue 3): every endpoint with a body or parameters gets malformed JSON,
// wrong media types, invalid UTF-8, duplicate keys, deep nesting, overflowing numbers, bodies of
// the wrong shape, unknown, missing and wrongly typed fields, injection strings, oversized bodies,
// unknown parameters and path traversal. Each must be answered with the right 4xx and the JSON
// error naming the field; the database must be byte-for-byte unchanged (a fingerprint of every
// table); and the server must live on with nothing in its log.
#include <gtest/gtest.h>

#include <filesystem>

#include "api_client.h"

using gp::apitest::Account;
using gp::apitest::Reply;
using gp::apitest::show;
using gp::apitest::World;
using gp::apitest::world;
using nlohmann::json;

namespace {

// Strings that must never reach SQL, HTML or the file system as anything but data.
const std::vector<std::string> kInjections = {
    "'; DROP TABLE users; --",
    "\" OR \"1\"=\"1",
    "1; DELETE FROM events",
    "<script>alert(1)</script>",
    "../../etc/passwd",
    "..\\..\\windows\\win.ini",
    "%00",
    std::string("a\0b", 3),
    "${jndi:ldap://x/a}",
    "\xE2\x80\xAE" "evil",  // right-to-left override
};

// One JSON endpoint and what a valid body looks like (the valid body itself is never sent).
struct Target {
  std::string name;
  std::string path;
  std::string token;
  json valid;
  std::vector<std::string> required;                       // removing one is refused naming it
  std::vector<std::pair<std::string, json>> wrong;          // "a.b" paths allowed; refused naming the path
  std::vector<std::string> injectable;                      // injection strings refused naming the field
};

std::vector<Target> targets() {
  World& w = world();
  const std::string a = "/api/v1/applications/" + w.app_a;
  const json lv = gp::apitest::lv_application();
  return {
      {"rules/evaluate", "/api/v1/rules/evaluate", "", {{"business", "new_connection"}, {"customer_type", "lv_residential"}},
       {"business", "customer_type"},
       {{"business", 5}, {"customer_type", json::array()}, {"capacity_kw", "80"}, {"temporary", "yes"},
        {"supporting_works", "lv"}, {"meter_location", 5}},
       {"business", "customer_type"}},
      {"auth/register", "/api/v1/auth/register", "", {{"phone", "13712345678"}, {"password", "Secret123"}, {"name", "王小明"}, {"sms_code", "123456"}},
       {"phone", "password", "name", "sms_code"},
       {{"phone", 13712345678LL}, {"password", true}, {"name", json::array({"王"})}, {"id_number", 110105}, {"sms_code", 123456}},
       {"phone", "name", "id_number", "sms_code"}},
      {"auth/sms-code", "/api/v1/auth/sms-code", "", {{"phone", "13712345678"}, {"purpose", "register"}},
       {"phone", "purpose"},
       {{"phone", 13712345678LL}, {"purpose", 5}},
       {"phone", "purpose"}},
      // Wrong credentials are not bad input: they are counted by the throttle, so none are sent here.
      {"auth/login", "/api/v1/auth/login", "", {{"login", "13712345678"}, {"password", "Secret123"}},
       {"login", "password"},
       {{"login", 5}, {"password", json::object()}},
       {}},
      {"applications", "/api/v1/applications", w.cust_a.token, lv,
       {"business", "customer_type", "address"},
       {{"address", 5}, {"contact_phone", 13712345678LL}, {"contact_name", json::array()}, {"channel", 1},
        {"preferred_manager", "not-a-number"}, {"meter_location", "here"}, {"capacity_kw", json::object()}},
       {"customer_type", "business", "channel", "contact_phone", "contact_name", "preferred_manager"}},
      {"applications/{n}/actions", a + "/actions", w.cm1.token, {{"action", "add_note"}, {"fields", {{"note", "x"}}}},
       {"action"},
       {{"action", 5}, {"fields", 5}, {"fields.note", 5}},
       {"action"}},
      {"applications/{n}/contract/sign", a + "/contract/sign", w.cust_a.token,
       // (not her password: were every check passed, the signature would still be refused)
       {{"sha256", std::string(64, 'a')}, {"method", "password"}, {"password", "Not-her-pass-1"}},
       {"sha256", "method", "password"},
       {{"sha256", 5}, {"method", 5}, {"password", 5}},
       {"method"}},
      {"applications/{n}/rating", a + "/rating", w.cust_a.token, {{"service_score", 5}, {"manager_score", 4}, {"comment", "好"}},
       {"service_score"},
       {{"service_score", "5"}, {"service_score", 6}, {"service_score", 4.5}, {"manager_score", 0}, {"comment", 5}},
       {"service_score"}},
      {"applications/{n}/manager", a + "/manager", w.cust_a.token, {{"customer_manager", w.cm2.id}},
       {"customer_manager"},
       {{"customer_manager", "x"}, {"customer_manager", json::array()}, {"customer_manager", -1}},
       {"customer_manager"}},
      {"reservations", "/api/v1/reservations", w.cust_a.token, {{"customer_type", "lv_residential"}, {"address", "邾县某镇某村"}},
       {"customer_type", "address"},
       {{"channel", 5}, {"name", 5}, {"phone", 5}, {"address", 5}, {"business", 5}, {"customer_type", 5}, {"note", json::object()}},
       {"customer_type", "business", "channel", "phone", "name"}},
      {"reservations/{n}/actions", "/api/v1/reservations/" + w.reservation_b + "/actions", w.cc.token,
       {{"action", "contact"}, {"fields", {{"note", "已联系"}}}},
       {"action"},
       {{"action", 5}, {"fields", 5}, {"fields.note", 5}, {"fields.note", json::object({{"deep", json::array({1, 2})}})}},
       {"action"}},
      {"notifications/read", "/api/v1/notifications/read", w.cust_a.token, {{"ids", json::array({1})}},
       {"ids"},
       {{"ids", "1"}, {"ids", json::array({"x"})}, {"all", "yes"}},
       {}},
      {"admin/users", "/api/v1/admin/users", w.admin.token,
       {{"username", "new.staff"}, {"password", "Passw0rd-x"}, {"name", "新员工"}, {"role", "customer_manager"}},
       {"username", "password", "name", "role"},
       {{"username", 5}, {"password", 5}, {"name", 5}, {"role", 5}, {"phone", 5}},
       {"username", "role", "name", "phone"}},
      {"admin/users/{id}/disabled", "/api/v1/admin/users/" + std::to_string(w.cm1.id) + "/disabled", w.admin.token,
       {{"disabled", true}},
       {"disabled"},
       {{"disabled", "yes"}, {"disabled", 1}},
       {"disabled"}},
      {"test/clock", "/api/v1/test/clock", w.admin.token, {{"now", gp::apitest::kWorldNow}},
       {"now"},
       {{"now", 5}, {"now", json::array()}},
       {"now"}},
  };
}

// `body` with the value at "a" or "a.b" replaced (or removed when `value` is discarded).
json with(json body, const std::string& path, const json& value) {
  json* at = &body;
  std::string key = path;
  const auto dot = path.find('.');
  if (dot != std::string::npos) {
    at = &body[path.substr(0, dot)];
    key = path.substr(dot + 1);
  }
  if (value.is_discarded()) at->erase(key);
  else (*at)[key] = value;
  return body;
}

// Counters of what a test saw, so a failure says which request broke the server.
class Battery : public ::testing::Test {
 protected:
  void SetUp() override {
    before_ = gp::apitest::db_fingerprint(world().db_path());
    log_before_ = world().server.stderr_text().size();
    blobs_before_ = count_blobs();
  }
  void TearDown() override {
    World& w = world();
    EXPECT_TRUE(w.api.healthy()) << "the server stopped answering";
    EXPECT_TRUE(w.server.running());
    const std::string log = w.server.stderr_text().substr(log_before_);
    EXPECT_EQ(log.find("error:"), std::string::npos) << "the server logged an internal error:\n" << log;
    EXPECT_EQ(gp::apitest::fingerprint_diff(before_, gp::apitest::db_fingerprint(w.db_path())), "")
        << "bad input changed the database";
    EXPECT_EQ(count_blobs(), blobs_before_) << "bad input left a file in the data directory";
    EXPECT_GT(checked_, 0);
  }

  // Every answer of the battery: a 4xx JSON error of the common shape.
  void expect_error(const Reply& r, int status, const std::string& what, const std::string& field = "*",
                    const std::string& code = "*") {
    ++checked_;
    EXPECT_EQ(r.status, status) << what << ": " << show(r);
    EXPECT_EQ(r.header("Content-Type").rfind("application/json", 0), 0u) << what;
    const json e = r.error();
    EXPECT_FALSE(e.empty()) << what << ": no error object: " << show(r);
    for (const char* k : {"code", "message", "message_zh", "message_en", "field"})
      EXPECT_TRUE(e.contains(k) && e[k].is_string()) << what << ": error." << k << " missing";
    if (field != "*") {
      EXPECT_EQ(e.value("field", "?"), field) << what << ": " << show(r);
    }
    if (code != "*") {
      EXPECT_EQ(e.value("code", "?"), code) << what << ": " << show(r);
    }
  }

  Reply post_raw(const Target& t, const std::string& body, const std::string& type = "application/json") {
    return world().api.send("POST", t.path, body, type, t.token);
  }

  static std::size_t count_blobs() {
    std::size_t n = 0;
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(world().data_dir, ec);
         it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
      if (it->is_regular_file()) ++n;
    // The database and its WAL files are regular files too; they are counted as a constant.
    return n;
  }

  gp::apitest::Fingerprint before_;
  std::size_t log_before_ = 0;
  std::size_t blobs_before_ = 0;
  int checked_ = 0;
};

}  // namespace

TEST_F(Battery, MalformedBodiesOnEveryJsonEndpoint) {
  std::string deep = std::string(100, '[') + std::string(100, ']');
  const std::vector<std::tuple<std::string, std::string, std::string>> bodies = {
      // what, body, expected code
      {"truncated", "{\"a\":", "invalid_json"},
      {"trailing comma", "{\"a\":1,}", "invalid_json"},
      {"single quotes", "{'a':1}", "invalid_json"},
      {"bare word", "hello", "invalid_json"},
      {"two values", "{} {}", "invalid_json"},
      {"comment", "{/* x */}", "invalid_json"},
      {"NaN", "{\"a\":NaN}", "invalid_json"},
      {"lone surrogate escape", "{\"a\":\"\\ud800\"}", "invalid_json"},
      {"number overflow", "{\"capacity_kw\":1e400}", "invalid_json"},
      {"number overflow (negative)", "{\"a\":-1e99999}", "invalid_json"},
      {"empty", "", "invalid_json"},
      {"only whitespace", "   \n ", "invalid_json"},
      {"invalid UTF-8 in a string", "{\"name\":\"\xff\xfe\"}", "invalid_utf8"},
      {"overlong UTF-8 '/'", "{\"name\":\"\xc0\xaf\"}", "invalid_utf8"},
      {"UTF-8 surrogate", "{\"name\":\"\xed\xa0\x80\"}", "invalid_utf8"},
      {"truncated UTF-8", "{\"name\":\"\xe4\xb8\"}", "invalid_utf8"},
      {"duplicate key", "{\"a\":1,\"a\":2}", "duplicate_key"},
      {"deep nesting", deep, "too_deep"},
      {"deep nesting in a value", "{\"a\":" + deep + "}", "too_deep"},
  };
  for (const Target& t : targets()) {
    for (const auto& [what, body, code] : bodies) expect_error(post_raw(t, body), 400, t.name + ": " + what, "*", code);
    // The body must be declared JSON (and UTF-8 if a charset is given).
    const std::string valid = t.valid.dump();
    for (const char* type : {"text/plain", "application/x-www-form-urlencoded", "application/json; charset=latin1",
                             "application/jsonx", "text/json"})
      expect_error(post_raw(t, valid, type), 415, t.name + ": Content-Type " + std::string(type), "Content-Type", "unsupported_media_type");
    // A well-formed form is refused by the handler; a malformed one by the HTTP layer (400).
    const std::string form = "--x\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\n" + valid + "\r\n--x--\r\n";
    expect_error(post_raw(t, form, "multipart/form-data; boundary=x"), 415, t.name + ": a form", "Content-Type", "unsupported_media_type");
    expect_error(post_raw(t, valid, "multipart/form-data; boundary=x"), 400, t.name + ": JSON declared as a form");
    // The wrong shape: JSON, but not an object.
    for (const char* body : {"[]", "[{}]", "\"text\"", "42", "null", "true"})
      expect_error(post_raw(t, body), 400, t.name + ": body " + std::string(body));
  }
}

TEST_F(Battery, UnknownMissingAndWronglyTypedFieldsAreNamed) {
  for (const Target& t : targets()) {
    // An unknown field, top level and (for actions) inside "fields".
    expect_error(world().api.post(t.path, with(t.valid, "zz_unknown", 1), t.token), 400, t.name + ": unknown field", "zz_unknown",
                 "unknown_field");
    if (t.valid.contains("fields"))
      expect_error(world().api.post(t.path, with(t.valid, "fields.zz_unknown", "x"), t.token), 400, t.name + ": unknown inner field",
                   "fields.zz_unknown");
    for (const std::string& f : t.required)
      expect_error(world().api.post(t.path, with(t.valid, f, json(json::value_t::discarded)), t.token), 400,
                   t.name + ": without " + f, f);
    for (const auto& [f, v] : t.wrong)
      expect_error(world().api.post(t.path, with(t.valid, f, v), t.token), 400, t.name + ": " + f + " = " + v.dump(), f);
    // Explicit nulls for required fields are absences, not values (test/clock documents null as
    // "back to real time", so it is left out).
    if (t.name != "test/clock")
      for (const std::string& f : t.required)
      expect_error(world().api.post(t.path, with(t.valid, f, nullptr), t.token), 400, t.name + ": " + f + " = null", f);
  }
  // Action fields are checked against the action's own descriptor (shared/workflow).
  World& w = world();
  const std::string act = "/api/v1/applications/" + w.app_a + "/actions";
  expect_error(w.api.post(act, {{"action", "add_note"}, {"fields", json::object()}}, w.cm1), 400, "add_note without note", "fields.note");
  expect_error(w.api.post(act, {{"action", "add_note"}, {"fields", {{"note", std::string(1001, 'x')}}}}, w.cm1), 400,
               "add_note too long", "fields.note");
  expect_error(w.api.post(act, {{"action", "add_note"}, {"fields", {{"note", "a\x01" "b"}}}}, w.cm1), 400, "control character",
               "fields.note");
  expect_error(w.api.post(act, {{"action", "reject"}, {"fields", json::object()}}, w.cm1), 400, "rule D2: there is no reject", "action");
  expect_error(w.api.post(act, {{"action", ""}}, w.cm1), 400, "empty action", "action");
  // Reservation actions name their inner fields the same way (rule D4).
  const std::string res = "/api/v1/reservations/" + w.reservation_b + "/actions";
  // (the reason is named like every action field: "fields.reason")
  expect_error(w.api.post(res, {{"action", "cancel"}, {"fields", json::object()}}, w.cc), 400, "cancel without reason", "fields.reason");
  expect_error(w.api.post(res, {{"action", "cancel"}, {"fields", {{"reason", 5}}}}, w.cc), 400, "reason not text", "fields.reason");
  expect_error(w.api.post(res, {{"action", "cancel"}, {"fields", {{"reason", "x"}, {"note", "y"}}}}, w.cc), 400, "cancel with a note",
               "fields.note", "unknown_field");
  expect_error(w.api.post(res, {{"action", "contact"}, {"fields", {{"note", std::string(501, 'n')}}}}, w.cc), 400, "note too long",
               "fields.note");
  expect_error(w.api.post(res, {{"action", "dispatch"}, {"fields", json::object()}}, w.cc), 400, "dispatch to nobody",
               "fields.customer_manager");
  expect_error(w.api.post(res, {{"action", "dispatch"}, {"fields", {{"customer_manager", w.pm1.id}}}}, w.cc), 400,
               "dispatch to a project manager", "fields.customer_manager");
}

TEST_F(Battery, InjectionStringsAreRefusedAsData) {
  for (const Target& t : targets())
    for (const std::string& f : t.injectable)
      for (const std::string& s : kInjections)
        expect_error(world().api.post(t.path, with(t.valid, f, s), t.token), 400, t.name + ": " + f + " = " + json(s).dump(0, ' ', false, json::error_handler_t::replace), f);
  // In the staff's customer record too (service hall, rule D2).
  World& w = world();
  json hall = gp::apitest::lv_application();
  for (const std::string& s : kInjections) {
    hall["customer"] = {{"phone", s}, {"name", "王五"}};
    expect_error(w.api.post("/api/v1/applications", hall, w.cm1), 400, "customer.phone " + s, "customer.phone");
    hall["customer"] = {{"phone", "13712345670"}, {"name", s}};
    expect_error(w.api.post("/api/v1/applications", hall, w.cm1), 400, "customer.name " + s, "customer.name");
  }
}

TEST_F(Battery, OversizedBodiesAre413) {
  // The world runs with --max-body-mb 2.
  const std::string big = "{\"address\":\"" + std::string(2u * 1024 * 1024 + 10, 'A') + "\"}";
  for (const Target& t : targets()) expect_error(post_raw(t, big), 413, t.name + ": 2 MiB body", "", "payload_too_large");
  expect_error(world().api.send("POST", "/api/v1/auth/logout", big, "application/json", world().cust_a.token), 413, "logout with a body");
  // JSON routes take 64 KB (uploads and imports the whole --max-body-mb): 1 MiB is refused unread.
  const std::string mib = "{\"phone\":\"" + std::string(1024 * 1024, '1') + "\"}";
  expect_error(world().api.send("POST", "/api/v1/auth/register", mib, "application/json"), 413, "1 MiB phone", "",
               "payload_too_large");
  // Still one string: a body just under the limit is parsed (and refused for what it says).
  const std::string under = "{\"phone\":\"" + std::string(60 * 1024, '1') + "\"}";
  expect_error(world().api.send("POST", "/api/v1/auth/register", under, "application/json"), 400, "60 KiB phone", "phone");
}

TEST_F(Battery, QueryParametersAreCheckedAndNamed) {
  World& w = world();
  const std::vector<std::tuple<std::string, std::string, std::string>> cases = {
      // path+query, token, field
      {"/api/v1/applications?status=bogus", w.admin.token, "status"},
      {"/api/v1/applications?status=%27%3B%20DROP%20TABLE%20applications%3B--", w.admin.token, "status"},
      {"/api/v1/applications?status=open&status=completed", w.admin.token, "status"},
      {"/api/v1/applications?stage=../../etc/passwd", w.admin.token, "stage"},
      {"/api/v1/applications?level=%3Cscript%3E", w.admin.token, "level"},
      {"/api/v1/applications?manager=abc", w.admin.token, "manager"},
      {"/api/v1/applications?manager=-1", w.admin.token, "manager"},
      {"/api/v1/applications?manager=1%20OR%201%3D1", w.admin.token, "manager"},
      {"/api/v1/applications?manager=99999999999999999999999", w.admin.token, "manager"},
      {"/api/v1/applications?page=0", w.admin.token, "page"},
      {"/api/v1/applications?page=abc", w.admin.token, "page"},
      {"/api/v1/applications?page=", w.admin.token, "page"},
      {"/api/v1/applications?page_size=201", w.admin.token, "page_size"},
      {"/api/v1/applications?page_size=0", w.admin.token, "page_size"},
      {"/api/v1/applications?q=" + std::string(65, 'x'), w.admin.token, "q"},
      {"/api/v1/applications?sort=id;DROP", w.admin.token, "sort"},
      {"/api/v1/applications?Status=open", w.admin.token, "Status"},
      {"/api/v1/notifications?after=abc", w.cust_a.token, "after"},
      {"/api/v1/notifications?after=-1", w.cust_a.token, "after"},
      {"/api/v1/notifications?limit=0", w.cust_a.token, "limit"},
      {"/api/v1/notifications?limit=201", w.cust_a.token, "limit"},
      {"/api/v1/notifications?wait=31", w.cust_a.token, "wait"},
      {"/api/v1/notifications?wait=1e3", w.cust_a.token, "wait"},
      {"/api/v1/notifications/stream?after=abc", w.cust_a.token, "after"},
      {"/api/v1/reservations?status=bogus", w.cust_a.token, "status"},
      {"/api/v1/reservations?status=open%27--", w.cust_a.token, "status"},
      {"/api/v1/calendar/add?from=2026-02-30&working_days=1", "", "from"},
      {"/api/v1/calendar/add?from=2026-03-02&working_days=abc", "", "working_days"},
      {"/api/v1/calendar/count?from=2026-03-02&to=../../etc", "", "to"},
  };
  for (const auto& [path, token, field] : cases) expect_error(w.api.get(path, token), 400, path, field);
  // A made-up number or phone reads as "not found" (no oracle), never as an error of the server.
  // The progress lookup takes its number and phone in a POST body (issue 15); missing ones are named.
  expect_error(w.api.post("/api/v1/track", {{"number", w.app_a}}), 400, "track without phone", "phone");
  expect_error(w.api.post("/api/v1/track", {{"phone", "13712345678"}}), 400, "track without number", "number");
  expect_error(w.api.post("/api/v1/track", {{"number", 5}, {"phone", "13712345678"}}), 400, "track number 5", "number");
  for (const json& q : {json{{"number", "' OR '1'='1"}, {"phone", "13712345678"}}, json{{"number", "../../etc/passwd"}, {"phone", "13712345678"}},
                        json{{"number", w.app_b}, {"phone", "';--"}}})
    expect_error(w.api.post("/api/v1/track", q), 404, "track " + q.dump(), "", "not_found");
}

TEST_F(Battery, UnknownParametersAreRefusedOnEveryRoute) {
  // Every documented operation, with real identifiers substituted, gets a parameter it does not
  // know: a misspelt parameter is reported (400 naming it), never silently ignored.
  World& w = world();
  int seen = 0;
  for (const auto& op : gp::apitest::documented_operations()) {
    const bool read = op.method == "GET" || op.method == "HEAD";
    const Reply r = w.api.send(op.method, op.concrete + "?zz_unknown=1", read ? "" : "{}", read ? "" : "application/json", w.admin.token);
    expect_error(r, 400, op.method + " " + op.concrete, "zz_unknown", "unknown_parameter");
    ++seen;
  }
  EXPECT_GE(seen, 30);
}

TEST_F(Battery, PathTraversalAndInjectionInIdentifiersAre404) {
  World& w = world();
  const std::string a = "/api/v1/applications/";
  const std::vector<std::string> paths = {
      a + "../../etc/passwd",
      a + "..%2F..%2Fetc%2Fpasswd",
      a + "%2e%2e",
      a + "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
      a + "ZX%00",
      a + "ZX-1%27%3B%20DROP%20TABLE%20users%3B--",
      a + "%27%20OR%20%271%27%3D%271",
      a + std::string(41, 'A'),
      a + "ZX-00000000-0000",  // well-formed, not there
      a + w.app_a + "/../" + w.app_b,
      a + w.app_a + "/documents/..%2F..%2Fgetpower.db",
      a + w.app_a + "/documents/-1",
      a + w.app_a + "/documents/0x10",
      a + w.app_a + "/documents/1e3",
      a + w.app_a + "/documents/99999999999999999999",
      a + w.app_a + "/documents/999999999999999999",
      a + w.app_a + "/documents/0",
      "/api/v1/reservations/..%2F" + w.reservation_b,
      "/api/v1/reservations/YY-00000000-0000",
  };
  for (const std::string& p : paths) {
    for (const Account* who : {&w.cust_a, &w.admin}) {
      const Reply r = w.api.get(p, *who);
      expect_error(r, 404, "GET " + p + " as " + who->role, "", "not_found");
      EXPECT_EQ(r.raw.find("SQLITE"), std::string::npos);
      EXPECT_EQ(r.raw.find("root:"), std::string::npos);
    }
  }
  // Writes through the same paths.
  for (const std::string& p : {a + "../../etc/passwd/actions", a + "ZX%00/actions", a + "%2e%2e/rating"})
    expect_error(w.api.post(p, {{"action", "withdraw"}, {"fields", {{"reason", "x"}}}}, w.cust_a), 404, "POST " + p, "", "not_found");
  for (const char* id : {"abc", "-1", "..%2F1"})
    expect_error(w.api.post(std::string("/api/v1/admin/users/") + id + "/disabled", {{"disabled", true}}, w.admin), 404,
                 std::string("disable ") + id, "", "not_found");
  for (const char* id : {"0", "999999999999999999"})
    expect_error(w.api.post(std::string("/api/v1/admin/users/") + id + "/disabled", {{"disabled", true}}, w.admin), 404,
                 std::string("disable ") + id, "", "not_found");
  // Bytes sent exactly as written (no client normalization).
  for (const std::string line : {"GET /api/v1/applications/../../../../etc/passwd HTTP/1.1", "GET /api/v1/../../etc/passwd HTTP/1.1",
                                  "GET /api/v1/applications/%c0%ae%c0%ae/x HTTP/1.1"}) {
    ++checked_;
    const std::string res = gp::test::raw_http(w.server.port(), line + "\r\nHost: x\r\nAuthorization: Bearer " + w.admin.token +
                                                                    "\r\nConnection: close\r\n\r\n");
    EXPECT_EQ(gp::test::raw_status(res), 404) << line << ": " << res.substr(0, 200);
    EXPECT_EQ(res.find("root:"), std::string::npos);
  }
}

TEST_F(Battery, D5_UploadsRefuseEverythingButAnAcceptableFile) {
  World& w = world();
  const std::string number = w.app_a;
  const std::string token = w.cust_a.token;
  const std::string pdf = gp::apitest::pdf_file();
  auto up = [&](const std::string& kind, const std::string& name, const std::string& bytes) {
    return w.api.upload(number, kind, name, bytes, token);
  };
  expect_error(up("identity_proof", "a.txt", "just some text"), 415, "text file", "file", "unsupported_media_type");
  expect_error(up("identity_proof", "a.pdf", "just some text named pdf"), 415, "a .pdf name does not make a PDF", "file");
  expect_error(up("identity_proof", "a.pdf", "%PDF-1.4 but never finished"), 415, "PDF without %%EOF", "file");
  expect_error(up("identity_proof", "a.png", "\x89PNG\r\n\x1a\n"), 415, "PNG signature only", "file");
  expect_error(up("identity_proof", "a.html", "<html><script>alert(1)</script></html>"), 415, "HTML", "file");
  expect_error(up("identity_proof", "a.pdf", ""), 400, "empty file", "file");
  expect_error(up("identity_proof", "big.pdf", "%PDF-1.4\n" + std::string(1024 * 1024 + 1, 'x') + "\n%%EOF\n"), 413,
               "over --max-upload-mb 1", "file");
  for (const std::string& kind : kInjections) expect_error(up(kind, "a.pdf", pdf), 400, "kind " + kind, "kind");
  expect_error(up("", "a.pdf", pdf), 400, "empty kind", "kind");
  expect_error(up("\xff\xfe", "a.pdf", pdf), 400, "kind not UTF-8", "kind");
  expect_error(up(std::string(100, 'k'), "a.pdf", pdf), 400, "long kind", "kind");

  // Forms without the parts, with extra parts, or not forms at all.
  auto form = [&](const httplib::MultipartFormDataItems& items) {
    auto cli = w.server.client();
    Reply r;
    auto res = cli->Post(("/api/v1/applications/" + number + "/documents").c_str(), {{"Authorization", "Bearer " + token}}, items);
    if (res) {
      r.status = res->status;
      r.raw = res->body;
      r.headers = res->headers;
      r.body = json::parse(r.raw, nullptr, false);
    }
    return r;
  };
  expect_error(form({{"file", pdf, "a.pdf", "application/pdf"}}), 400, "no kind", "kind", "required");
  expect_error(form({{"kind", "identity_proof", "", ""}}), 400, "no file", "file", "required");
  expect_error(form({{"kind", "identity_proof", "", ""}, {"file", pdf, "a.pdf", "application/pdf"}, {"extra", "x", "", ""}}), 400,
               "extra part", "extra", "unknown_field");
  expect_error(w.api.send("POST", "/api/v1/applications/" + number + "/documents", "{\"kind\":\"identity_proof\"}", "application/json", token),
               415, "JSON instead of a form", "Content-Type");
  expect_error(w.api.send("POST", "/api/v1/applications/" + number + "/documents",
                          "--b\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nidentity_proof\r\n", "multipart/form-data; boundary=b",
                          token),
               400, "unterminated form");
  const std::string big(2u * 1024 * 1024 + 10, 'x');
  expect_error(w.api.send("POST", "/api/v1/applications/" + number + "/documents", big, "multipart/form-data; boundary=b", token), 413,
               "2 MiB form");
}

TEST(BatteryWrites, M5_FreeTextKeepsInjectionStringsAsInertData) {
  // Free text (a note, an address) may hold any printable text: it is stored verbatim, sent back
  // JSON-escaped, and nothing else changes.
  World& w = world();
  const auto users = gp::apitest::db_int(w.db_path(), "SELECT COUNT(*) FROM users");
  const std::string nasty = "'; DROP TABLE users; -- <script>alert(1)</script> ../../etc/passwd %00 \"quoted\" \\ 中文";
  const Reply r = w.api.post("/api/v1/applications/" + w.app_a + "/actions", {{"action", "add_note"}, {"fields", {{"note", nasty}}}}, w.cm1);
  ASSERT_EQ(r.status, 200) << show(r);
  EXPECT_EQ(r.header("Content-Type").rfind("application/json", 0), 0u);
  EXPECT_EQ(r.header("X-Content-Type-Options"), "nosniff");
  bool found = false;
  for (const auto& e : r.body["events"]) found = found || (e["type"] == "add_note" && e["data"].value("note", "") == nasty);
  EXPECT_TRUE(found) << "the note did not come back verbatim";
  EXPECT_EQ(gp::apitest::db_int(w.db_path(), "SELECT COUNT(*) FROM users"), users);
  EXPECT_EQ(gp::apitest::db_int(w.db_path(), "SELECT COUNT(*) FROM sqlite_master WHERE name IN ('users','events','applications')"), 3);
  // Internal notes are the staff's: the customer does not see them.
  const Reply mine = w.api.get("/api/v1/applications/" + w.app_a, w.cust_a);
  EXPECT_EQ(mine.raw.find("DROP TABLE users"), std::string::npos);

  // A file name is only a label: no path survives, and the file lands under blobs/ by its hash.
  const Reply up = w.api.upload(w.app_a, "property_proof", "../../../etc/passwd\"; rm -rf /", gp::apitest::pdf_file("name-test"), w.cust_a.token);
  ASSERT_EQ(up.status, 201) << show(up);
  const std::string name = up.body.value("filename", "");
  EXPECT_EQ(name.find('/'), std::string::npos) << name;
  EXPECT_EQ(name.find(".."), std::string::npos) << name;
  EXPECT_EQ(name.find('"'), std::string::npos) << name;
  const std::string sha = up.body.value("sha256", "");
  EXPECT_TRUE(std::filesystem::exists(w.data_dir / "blobs" / sha.substr(0, 2) / sha));
  const Reply got = w.api.get(up.body.value("url", ""), w.cust_a);
  EXPECT_EQ(got.status, 200);
  EXPECT_EQ(got.header("Content-Disposition").find(".."), std::string::npos) << got.header("Content-Disposition");
}
