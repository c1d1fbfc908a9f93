// Role boundaries on every endpoint (issue 3: "every endpoint checks the role"), against the
// shared World: no login -> 401; a customer sees and touches only their own applications,
// documents, reservations and notifications (another's -> 404 and not one byte of it); customers
// are refused staff endpoints (403); customer and project managers see only what is assigned to
// them (rule G6); the command center and admins see everything (rules M1, M2).
#include <gtest/gtest.h>

#include "api_client.h"

using gp::apitest::Account;
using gp::apitest::Reply;
using gp::apitest::show;
using gp::apitest::World;
using gp::apitest::world;
using nlohmann::json;

namespace {

std::string app_path(const std::string& number, const std::string& rest = "") {
  return "/api/v1/applications/" + number + rest;
}

std::vector<std::string> numbers_in(const Reply& list) {
  std::vector<std::string> out;
  if (list.body.is_object() && list.body.contains("items"))
    for (const auto& it : list.body["items"]) out.push_back(it.value("number", ""));
  return out;
}

bool contains(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

// What must never leak from B's records into an answer to someone else.
void expect_nothing_of_b(const Reply& r, const std::string& what) {
  const World& w = world();
  for (const std::string& secret : {std::string("乙村"), w.cust_b.login, std::string("乙客户"), std::string("B-SECRET"),
                                    std::string("%PDF"), std::string("b-id.pdf")})
    EXPECT_EQ(r.raw.find(secret), std::string::npos) << what << " leaks '" << secret << "': " << r.raw.substr(0, 300);
}

std::int64_t event_count(const std::string& number) {
  return gp::apitest::db_int(world().db_path(),
                             "SELECT COUNT(*) FROM events e JOIN applications a ON a.id = e.application_id WHERE a.number = '" +
                                 number + "'");
}

}  // namespace

TEST(Access, NoLoginIs401OnEveryProtectedEndpoint) {
  World& w = world();
  const std::string a = w.app_a;
  const std::vector<std::pair<std::string, std::string>> protected_routes = {
      {"GET", "/api/v1/auth/me"},
      {"POST", "/api/v1/auth/logout"},
      {"POST", "/api/v1/applications"},
      {"GET", "/api/v1/applications"},
      {"GET", app_path(a)},
      {"POST", app_path(a, "/actions")},
      {"POST", app_path(a, "/documents")},
      {"GET", app_path(w.app_b, "/documents/" + std::to_string(w.doc_b))},
      {"GET", app_path(a, "/contract")},
      {"POST", app_path(a, "/contract/sign")},
      {"POST", app_path(a, "/rating")},
      {"POST", app_path(a, "/manager")},
      {"GET", "/api/v1/reservations"},
      {"GET", "/api/v1/reservations/" + w.reservation_b},
      {"POST", "/api/v1/reservations/" + w.reservation_b + "/actions"},
      {"GET", "/api/v1/notifications"},
      {"POST", "/api/v1/notifications/read"},
      {"GET", "/api/v1/notifications/stream"},
      {"POST", "/api/v1/admin/users"},
      {"GET", "/api/v1/admin/users"},
      {"POST", "/api/v1/admin/users/" + std::to_string(w.cm1.id) + "/disabled"},
      {"POST", "/api/v1/admin/sla/sweep"},
  };
  const auto before = gp::apitest::db_fingerprint(w.db_path());
  for (const auto& [method, path] : protected_routes) {
    // A well-formed body (parsed before the login is checked), so that only the login can refuse it.
    const std::string body = method == "POST" ? R"({"action":"withdraw","fields":{"reason":"x"},"disabled":true})" : "";
    for (const auto& creds : std::vector<httplib::Headers>{
             {},
             {{"Authorization", "Bearer " + std::string(64, '0')}},
             {{"Authorization", "Bearer "}},
             {{"Authorization", "Token " + w.cust_a.token}},
             {{"Cookie", "gp_session=forged"}}}) {
      const Reply r = w.api.send(method, path, body, method == "POST" ? "application/json" : "", "", creds);
      EXPECT_EQ(r.status, 401) << method << " " << path << ": " << show(r);
      EXPECT_EQ(r.code(), "unauthorized") << method << " " << path;
    }
  }
  EXPECT_EQ(gp::apitest::db_fingerprint(w.db_path()), before) << "an unauthenticated request changed the database";
}

TEST(Access, CustomerCannotReadOrTouchAnothersApplication) {
  World& w = world();
  const Account& a = w.cust_a;
  const std::string b = w.app_b;
  const auto before = gp::apitest::db_fingerprint(w.db_path());

  // A stranger's application answers exactly like one that does not exist.
  const Reply missing = w.api.get(app_path("ZX-20260302-9999"), a);
  ASSERT_EQ(missing.status, 404);
  const std::vector<std::pair<std::string, Reply>> answers = {
      {"read", w.api.get(app_path(b), a)},
      {"act", w.api.post(app_path(b, "/actions"), {{"action", "withdraw"}, {"fields", {{"reason", "不想要了"}}}}, a)},
      {"upload", w.api.upload(b, "property_proof", "x.pdf", gp::apitest::pdf_file("A-INTRUDER"), a.token)},
      {"download", w.api.get(app_path(b, "/documents/" + std::to_string(w.doc_b)), a)},
      {"contract", w.api.get(app_path(b, "/contract"), a)},
      {"sign", w.api.post(app_path(b, "/contract/sign"), {{"sha256", std::string(64, 'a')}, {"method", "drawn"},
                                                          {"strokes", json::array({json::array({json::array({1, 1}), json::array({2, 2}), json::array({3, 3}), json::array({4, 4}), json::array({5, 5})}),
                                                                                   json::array({json::array({1, 9}), json::array({2, 8}), json::array({3, 7}), json::array({4, 6}), json::array({5, 5})})})}},
                          a)},
      {"rate", w.api.post(app_path(b, "/rating"), {{"service_score", 5}, {"manager_score", 5}}, a)},
      {"choose manager", w.api.post(app_path(b, "/manager"), {{"customer_manager", w.cm1.id}}, a)},
  };
  for (const auto& [what, r] : answers) {
    EXPECT_EQ(r.status, 404) << what << ": " << show(r);
    EXPECT_EQ(r.code(), "not_found") << what;
    expect_nothing_of_b(r, what);
  }
  EXPECT_EQ(answers[0].second.raw, missing.raw) << "no oracle: another's application reads as a missing one";

  // Lists and other channels show nothing of B either.
  const Reply mine = w.api.get("/api/v1/applications", a);
  ASSERT_EQ(mine.status, 200);
  EXPECT_TRUE(contains(numbers_in(mine), w.app_a));
  EXPECT_FALSE(contains(numbers_in(mine), b));
  expect_nothing_of_b(mine, "my list");
  for (const std::string& q : {std::string("?q=") + b, std::string("?q=乙"), std::string("?status=open&page_size=200")}) {
    const Reply r = w.api.get("/api/v1/applications" + q, a);
    EXPECT_FALSE(contains(numbers_in(r), b)) << q;
    expect_nothing_of_b(r, "search " + q);
  }
  const Reply res_b = w.api.get("/api/v1/reservations/" + w.reservation_b, a);
  EXPECT_EQ(res_b.status, 404) << show(res_b);
  expect_nothing_of_b(res_b, "B's reservation");
  const Reply my_res = w.api.get("/api/v1/reservations", a);
  ASSERT_EQ(my_res.status, 200);
  EXPECT_EQ(my_res.raw.find(w.reservation_b), std::string::npos);
  expect_nothing_of_b(my_res, "my reservations");
  const Reply inbox = w.api.get("/api/v1/notifications", a);
  ASSERT_EQ(inbox.status, 200);
  EXPECT_EQ(inbox.raw.find(b), std::string::npos) << "A's inbox mentions B's application";

  EXPECT_EQ(gp::apitest::db_fingerprint(w.db_path()), before) << "a stranger's attempt changed the database";
  EXPECT_EQ(w.api.get(app_path(b), w.cust_b).body.value("status", ""), "in_progress");
}

TEST(Access, NotificationsAreOnlyEverTheirOwn) {
  World& w = world();
  // B's notifications exist (the submission and the document were announced to B's managers).
  const Reply cm2_inbox = w.api.get("/api/v1/notifications?limit=200", w.cm2);
  ASSERT_EQ(cm2_inbox.status, 200);
  std::vector<std::int64_t> ids;
  for (const auto& n : cm2_inbox.body["items"]) ids.push_back(n.value("id", 0));
  ASSERT_FALSE(ids.empty()) << cm2_inbox.raw;
  // Marking someone else's notifications read changes nothing.
  const Reply marked = w.api.post("/api/v1/notifications/read", {{"ids", ids}}, w.cust_a);
  ASSERT_EQ(marked.status, 200) << show(marked);
  EXPECT_EQ(marked.body.value("marked", -1), 0);
  const Reply again = w.api.get("/api/v1/notifications?limit=200", w.cm2);
  EXPECT_EQ(again.body.value("unread", -1), cm2_inbox.body.value("unread", -2));
  // And they never appear in another inbox, whatever `after` says.
  const Reply a_inbox = w.api.get("/api/v1/notifications?after=0&limit=200", w.cust_a);
  for (const auto& n : a_inbox.body["items"])
    EXPECT_EQ(std::find(ids.begin(), ids.end(), n.value("id", 0)), ids.end()) << n.dump();
}

TEST(Access, CustomersAreRefusedStaffEndpoints) {
  World& w = world();
  const Account& a = w.cust_a;
  const auto before = gp::apitest::db_fingerprint(w.db_path());
  const std::vector<std::tuple<std::string, std::string, json>> staff_only = {
      {"POST", "/api/v1/admin/users", {{"username", "sneaky"}, {"password", "Passw0rd-x"}, {"name", "某某"}, {"role", "admin"}}},
      {"GET", "/api/v1/admin/users", nullptr},
      {"POST", "/api/v1/admin/users/" + std::to_string(w.cm1.id) + "/disabled", {{"disabled", true}}},
      {"POST", "/api/v1/admin/sla/sweep", nullptr},
      {"POST", "/api/v1/reservations/" + w.reservation_b + "/actions", {{"action", "cancel"}, {"fields", {{"reason", "x"}}}}},
      {"GET", "/api/v1/applications?manager=" + std::to_string(w.cm1.id), nullptr},
      {"GET", "/api/v1/applications?manager=" + std::to_string(w.cm2.id), nullptr},
      // Staff actions on the customer's own application: the role may never do them (not 409).
      {"POST", app_path(w.app_a, "/actions"), {{"action", "accept"}, {"fields", json::object()}}},
      {"POST", app_path(w.app_a, "/actions"), {{"action", "add_note"}, {"fields", {{"note", "我自己批准"}}}}},
      {"POST", app_path(w.app_a, "/actions"), {{"action", "assign_managers"}, {"fields", {{"customer_manager", std::to_string(w.cm2.id)}, {"project_manager", std::to_string(w.pm2.id)}}}}},
      {"POST", app_path(w.app_a, "/actions"), {{"action", "request_information"}, {"fields", {{"message", "x"}}}}},
      // Only staff record a phone reservation (rule D4).
      {"POST", "/api/v1/reservations", {{"channel", "phone"}, {"customer_type", "lv_residential"}, {"address", "邾县某地"}}},
  };
  for (const auto& [method, path, body] : staff_only) {
    const Reply r = method == "GET" ? w.api.get(path, a) : w.api.send(method, path, body.is_null() ? "" : body.dump(), "application/json", a.token);
    EXPECT_EQ(r.status, 403) << method << " " << path << " " << body.dump() << ": " << show(r);
    EXPECT_EQ(r.code(), "forbidden") << path;
  }
  EXPECT_EQ(gp::apitest::db_fingerprint(w.db_path()), before);
  // The customer's own queue view works without the filter.
  EXPECT_EQ(w.api.get("/api/v1/applications", a).status, 200);
}

TEST(Access, G6_CustomerManagerSeesOnlyAssignedApplications) {
  World& w = world();
  const Reply list = w.api.get("/api/v1/applications?page_size=200", w.cm1);
  ASSERT_EQ(list.status, 200) << show(list);
  EXPECT_TRUE(contains(numbers_in(list), w.app_a));
  EXPECT_FALSE(contains(numbers_in(list), w.app_b));
  for (const auto& it : list.body["items"]) EXPECT_EQ(it["customer_manager"].value("id", 0), w.cm1.id) << it.dump();
  EXPECT_EQ(w.api.get("/api/v1/applications?status=open", w.cm1).raw.find(w.app_b), std::string::npos);
  // Filtering on oneself is fine; on another manager it is refused, never silently widened.
  EXPECT_EQ(w.api.get("/api/v1/applications?manager=" + std::to_string(w.cm1.id), w.cm1).status, 200);
  const Reply other = w.api.get("/api/v1/applications?manager=" + std::to_string(w.cm2.id), w.cm1);
  EXPECT_EQ(other.status, 403) << show(other);
  EXPECT_EQ(other.field(), "manager");

  EXPECT_EQ(w.api.get(app_path(w.app_a), w.cm1).status, 200);
  const auto before = event_count(w.app_b);
  for (const Reply& r : {w.api.get(app_path(w.app_b), w.cm1),
                         w.api.post(app_path(w.app_b, "/actions"), {{"action", "add_note"}, {"fields", {{"note", "越权"}}}}, w.cm1),
                         w.api.post(app_path(w.app_b, "/actions"), {{"action", "accept"}, {"fields", json::object()}}, w.cm1),
                         w.api.get(app_path(w.app_b, "/documents/" + std::to_string(w.doc_b)), w.cm1),
                         w.api.upload(w.app_b, "property_proof", "p.pdf", gp::apitest::pdf_file(), w.cm1.token),
                         w.api.get(app_path(w.app_b, "/contract"), w.cm1)}) {
    EXPECT_EQ(r.status, 404) << show(r);
    expect_nothing_of_b(r, "cm1 on B");
  }
  EXPECT_EQ(event_count(w.app_b), before);
  // A customer manager never performs customer-only acts.
  EXPECT_EQ(w.api.post(app_path(w.app_a, "/actions"), {{"action", "withdraw"}, {"fields", {{"reason", "x"}}}}, w.cm1).status, 403);
  EXPECT_EQ(w.api.post(app_path(w.app_a, "/manager"), {{"customer_manager", w.cm2.id}}, w.cm1).status, 403);
  EXPECT_EQ(w.api.post(app_path(w.app_a, "/rating"), {{"service_score", 5}}, w.cm1).status, 403);
  // Nor administration.
  EXPECT_EQ(w.api.get("/api/v1/admin/users", w.cm1).status, 403);
  EXPECT_EQ(w.api.post("/api/v1/admin/sla/sweep", json::object(), w.cm1).status, 403);
}

TEST(Access, G6_ProjectManagerSeesOnlyAssignedApplications) {
  World& w = world();
  const Reply list = w.api.get("/api/v1/applications?page_size=200", w.pm2);
  ASSERT_EQ(list.status, 200) << show(list);
  EXPECT_TRUE(contains(numbers_in(list), w.app_b));
  EXPECT_FALSE(contains(numbers_in(list), w.app_a));
  EXPECT_EQ(w.api.get(app_path(w.app_b), w.pm2).status, 200);
  EXPECT_EQ(w.api.get(app_path(w.app_b, "/documents/" + std::to_string(w.doc_b)), w.pm2).status, 200);
  EXPECT_EQ(w.api.get(app_path(w.app_a), w.pm2).status, 404);
  EXPECT_EQ(w.api.get(app_path(w.app_b), w.pm1).status, 404);
  EXPECT_EQ(w.api.get(app_path(w.app_b, "/documents/" + std::to_string(w.doc_b)), w.pm1).status, 404);
  EXPECT_EQ(w.api.post(app_path(w.app_a, "/actions"), {{"action", "add_note"}, {"fields", {{"note", "越权"}}}}, w.pm2).status, 404);
  // Project managers take no applications and handle no reservations.
  EXPECT_EQ(w.api.post("/api/v1/applications", gp::apitest::lv_application(), w.pm1).status, 403);
  EXPECT_EQ(w.api.get("/api/v1/reservations", w.pm1).status, 403);
  EXPECT_EQ(w.api.post("/api/v1/reservations/" + w.reservation_b + "/actions", {{"action", "contact"}}, w.pm1).status, 403);
  EXPECT_EQ(w.api.get("/api/v1/applications?manager=" + std::to_string(w.cm1.id), w.pm1).status, 403);
  EXPECT_EQ(w.api.post("/api/v1/admin/users/" + std::to_string(w.cm1.id) + "/disabled", {{"disabled", true}}, w.pm1).status, 403);
}

TEST(Access, M1_CommandCenterAndAdminSeeEverything) {
  World& w = world();
  for (const Account* who : {&w.cc, &w.admin}) {
    const Reply list = w.api.get("/api/v1/applications?page_size=200", *who);
    ASSERT_EQ(list.status, 200) << who->role;
    EXPECT_TRUE(contains(numbers_in(list), w.app_a)) << who->role;
    EXPECT_TRUE(contains(numbers_in(list), w.app_b)) << who->role;
    // Supervisors may look at one manager's queue.
    const Reply q = w.api.get("/api/v1/applications?manager=" + std::to_string(w.cm2.id), *who);
    ASSERT_EQ(q.status, 200) << show(q);
    EXPECT_TRUE(contains(numbers_in(q), w.app_b));
    EXPECT_FALSE(contains(numbers_in(q), w.app_a));
    for (const auto& n : {w.app_a, w.app_b}) {
      const Reply r = w.api.get(app_path(n), *who);
      EXPECT_EQ(r.status, 200) << who->role << " " << n;
      EXPECT_TRUE(r.body.contains("customer")) << "staff see the customer's contact";
    }
    EXPECT_EQ(w.api.get(app_path(w.app_b, "/documents/" + std::to_string(w.doc_b)), *who).status, 200);
    EXPECT_EQ(w.api.get("/api/v1/reservations/" + w.reservation_b, *who).status, 200);
    EXPECT_EQ(w.api.get("/api/v1/admin/users", *who).status, 200);
  }
  // Creating staff stays with the admin alone.
  EXPECT_EQ(w.api.post("/api/v1/admin/users", {{"username", "cc.made"}, {"password", "Passw0rd-x"}, {"name", "某某"}, {"role", "admin"}}, w.cc).status,
            403);
  // Customer-only acts stay with the customer.
  EXPECT_EQ(w.api.post(app_path(w.app_a, "/actions"), {{"action", "withdraw"}, {"fields", {{"reason", "x"}}}}, w.admin).status, 403);
  EXPECT_EQ(w.api.post(app_path(w.app_a, "/contract/sign"), {{"sha256", std::string(64, 'a')}, {"method", "password"}, {"password", "x"}}, w.cc).status, 403);
}

TEST(Access, D1_DocumentsAreReadOnlyByTheOwnerAndStaffWhoSeeTheApplication) {
  World& w = world();
  const std::string path = app_path(w.app_b, "/documents/" + std::to_string(w.doc_b));
  const std::string bytes = gp::apitest::pdf_file("B-SECRET-DOC");
  for (const Account* who : {&w.cust_b, &w.cm2, &w.pm2, &w.cc, &w.admin}) {
    const Reply r = w.api.get(path, *who);
    EXPECT_EQ(r.status, 200) << who->role;
    EXPECT_EQ(r.raw, bytes) << who->role;
    EXPECT_EQ(r.header("Content-Type").rfind("application/pdf", 0), 0u);
    EXPECT_EQ(r.header("X-Content-Type-Options"), "nosniff");
  }
  for (const Account* who : {&w.cust_a, &w.cm1, &w.pm1}) {
    const Reply r = w.api.get(path, *who);
    EXPECT_EQ(r.status, 404) << who->role;
    expect_nothing_of_b(r, who->role);
  }
  EXPECT_EQ(w.api.get(path).status, 401);
  // The document id does not open it through another application (A's number with B's id).
  EXPECT_EQ(w.api.get(app_path(w.app_a, "/documents/" + std::to_string(w.doc_b)), w.cust_a).status, 404);
  EXPECT_EQ(w.api.get(app_path(w.app_a, "/documents/" + std::to_string(w.doc_b)), w.admin).status, 404);
}

TEST(Access, TrackingWithoutLoginShowsStepsOnly) {
  World& w = world();
  const Reply ok = w.api.post("/api/v1/track", {{"number", w.app_b}, {"phone", w.cust_b.login}});
  ASSERT_EQ(ok.status, 200) << show(ok);
  EXPECT_TRUE(ok.body.contains("stages"));
  for (const std::string& personal : {std::string("乙村"), std::string("乙客户"), w.cust_b.login})
    EXPECT_EQ(ok.raw.find(personal), std::string::npos) << "track discloses " << personal;
  // Another customer's phone, or a made-up number, learns nothing.
  const Reply wrong = w.api.post("/api/v1/track", {{"number", w.app_b}, {"phone", w.cust_a.login}});
  const Reply none = w.api.post("/api/v1/track", {{"number", "ZX-20260302-9999"}, {"phone", w.cust_a.login}});
  EXPECT_EQ(wrong.status, 404);
  EXPECT_EQ(wrong.raw, none.raw);
}
