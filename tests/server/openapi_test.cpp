// GET /api/v1/openapi.json is kept true (issue 3): it parses, every route the server serves is
// documented (no "x-undocumented"), every documented operation reaches a handler (never a route
// miss or 405), its documented query parameters and body properties are recognised by name, and
// what it says about access matches what the server enforces without a login.
#include <gtest/gtest.h>

#include <set>

#include <regex>

#include "api_client.h"

using gp::apitest::Reply;
using gp::apitest::show;
using gp::apitest::World;
using gp::apitest::world;
using nlohmann::json;

namespace {

using Op = gp::apitest::DocOp;
std::vector<Op> operations() { return gp::apitest::documented_operations(); }

// A request for `op` as `token`: GET/HEAD without a body, other methods with `body` as JSON.
Reply call(const Op& op, const std::string& path, const std::string& token, const std::string& body = "{}") {
  const bool read = op.method == "GET" || op.method == "HEAD";
  return world().api.send(op.method, path, read ? "" : body, read ? "" : "application/json", token);
}

// The route-miss answer of the router, to tell it apart from a handler's own 404.
const json& route_miss() {
  static const json e = world().api.get("/api/v1/no-such-route/at-all").error();
  return e;
}

}  // namespace

TEST(OpenApi, ParsesAndDocumentsEveryRoute) {
  const Reply r = world().api.get("/api/v1/openapi.json");
  ASSERT_EQ(r.status, 200) << show(r);
  EXPECT_EQ(r.header("Content-Type").rfind("application/json", 0), 0u);
  ASSERT_TRUE(r.body.is_object()) << "not JSON";
  EXPECT_EQ(r.body.value("openapi", "").rfind("3.", 0), 0u);
  EXPECT_TRUE(r.body["info"].contains("title"));
  ASSERT_TRUE(r.body["paths"].is_object());
  const auto ops = operations();
  EXPECT_GE(ops.size(), 30u);
  for (const Op& op : ops) {
    const std::string what = op.method + " " + op.path;
    EXPECT_FALSE(op.doc.contains("x-undocumented")) << what << " is served but not documented";
    EXPECT_FALSE(op.doc.value("summary", "").empty()) << what;
    EXPECT_FALSE(op.doc.value("x-access", "").empty()) << what;
    EXPECT_TRUE(op.doc.contains("responses")) << what;
    EXPECT_EQ(op.path.rfind("/api/v1/", 0), 0u) << what;
    // Every {placeholder} in the path is declared as a path parameter.
    std::smatch m;
    std::string rest = op.path;
    while (std::regex_search(rest, m, std::regex("\\{([a-z_]+)\\}"))) {
      bool declared = false;
      for (const auto& p : op.doc.value("parameters", json::array()))
        declared = declared || (p["in"] == "path" && p["name"] == m[1].str() && p.value("required", false));
      EXPECT_TRUE(declared) << what << ": {" << m[1] << "} not declared";
      rest = m.suffix();
    }
    // Bodies are described for writes that take one.
    if (op.doc.contains("requestBody")) {
      const auto& content = op.doc["requestBody"]["content"];
      EXPECT_TRUE(content.contains("application/json") || content.contains("multipart/form-data")) << what;
    }
  }
  // The core of issue 3 is there.
  for (const char* p : {"/api/v1/auth/register", "/api/v1/auth/login", "/api/v1/auth/logout", "/api/v1/auth/me",
                        "/api/v1/applications", "/api/v1/applications/{number}", "/api/v1/applications/{number}/actions",
                        "/api/v1/applications/{number}/documents", "/api/v1/track", "/api/v1/reservations"})
    EXPECT_TRUE(r.body["paths"].contains(p)) << p;
}

TEST(OpenApi, EveryDocumentedOperationReachesAHandler) {
  World& w = world();
  // A throwaway admin session for logout (it is revoked by the call).
  gp::apitest::Account spare = w.admin;
  gp::apitest::login(w.api, spare);
  // "Log out everywhere" ends every session of its user: a throwaway customer's, not the admin's.
  gp::apitest::Account everywhere = gp::apitest::register_customer(w.api, "全退客户");
  ASSERT_EQ(route_miss().value("code", ""), "not_found");
  // (Some handlers accept "{}" as a valid request, e.g. an empty configuration patch, so the
  // database may change here; the bad-input battery is where nothing may.)
  for (const Op& op : operations()) {
    const std::string what = op.method + " " + op.concrete;
    std::string path = op.concrete;
    // The stream would stay open for minutes: an invalid `after` makes its handler answer at once.
    if (op.path == "/api/v1/notifications/stream") path += "?after=x";
    const std::string token = op.path == "/api/v1/auth/logout"       ? spare.token
                              : op.path == "/api/v1/auth/logout-all" ? everywhere.token
                                                                     : w.admin.token;
    // "{}" for writes: enough to reach every handler, never enough to change anything.
    const Reply r = call(op, path, token);
    ASSERT_NE(r.status, 0) << what << ": no answer";
    EXPECT_NE(r.status, 405) << what << ": documented but the method is not routed";
    // Identifiers the World does not have ("1") may be a handler's own 404, never a route miss.
    if (r.status == 404) {
      EXPECT_NE(r.error(), route_miss()) << what << ": a route miss";
    }
    if (op.real_ids) {
      EXPECT_NE(r.status, 404) << what << " (real identifiers): " << show(r);
    }
    EXPECT_LT(r.status, 500) << what << ": " << show(r);
    if (op.path != "/api/v1/applications/{number}/documents/{id}")  // the document's own bytes
      EXPECT_TRUE(r.body.is_object()) << what << ": not JSON";
  }
  EXPECT_EQ(w.api.get("/api/v1/auth/me", spare).status, 401) << "logout was reached and revoked the spare session";
  EXPECT_EQ(w.api.get("/api/v1/auth/me", everywhere).status, 401) << "logout-all was reached";
  EXPECT_EQ(w.api.get("/api/v1/auth/me", w.admin).status, 200);
}

TEST(OpenApi, DocumentedQueryParametersAreRecognised) {
  World& w = world();
  int checked = 0;
  for (const Op& op : operations()) {
    for (const auto& p : op.doc.value("parameters", json::array())) {
      if (p["in"] != "query") continue;
      const std::string name = p["name"];
      // "x" is a bad value for most: the answer names the parameter instead of calling it unknown.
      const std::string path = op.concrete + "?" + name + "=x";
      const Reply r = call(op, path, w.admin.token);
      EXPECT_NE(r.code(), "unknown_parameter") << op.method << " " << path << " is documented but refused: " << show(r);
      EXPECT_LT(r.status, 500) << path;
      ++checked;
    }
  }
  EXPECT_GE(checked, 15);
}

TEST(OpenApi, DocumentedBodyPropertiesAreRecognised) {
  World& w = world();
  const auto before = gp::apitest::db_fingerprint(w.db_path());
  int checked = 0;
  for (const Op& op : operations()) {
    if (!op.doc.contains("requestBody")) continue;
    const auto& content = op.doc["requestBody"]["content"];
    if (!content.contains("application/json")) continue;
    const json props = content["application/json"]["schema"].value("properties", json::object());
    // The admin reaches each handler; a lone property with a string value never makes a valid
    // request (a required partner is missing or the value is of the wrong kind).
    for (const auto& [name, schema] : props.items()) {
      (void)schema;
      const Reply r = call(op, op.concrete, w.admin.token, json{{name, "\x01"}}.dump());
      const bool unknown = r.code() == "unknown_field" && r.field() == name;
      EXPECT_FALSE(unknown) << op.method << " " << op.path << ": documented property " << name << " is refused as unknown";
      EXPECT_NE(r.status / 100, 2) << op.path << " " << name << ": " << show(r);
      EXPECT_LT(r.status, 500) << op.path << " " << name << ": " << show(r);
      ++checked;
    }
  }
  EXPECT_GE(checked, 40);
  EXPECT_EQ(gp::apitest::fingerprint_diff(before, gp::apitest::db_fingerprint(w.db_path())), "");
}

TEST(OpenApi, DocumentedAccessMatchesTheServerWithoutLogin) {
  // x-access "anyone..." must be reachable without a login; everything else must answer 401,
  // before looking at parameters or bodies.
  for (const Op& op : operations()) {
    const bool anyone = op.doc.value("x-access", "").rfind("anyone", 0) == 0;
    const Reply r = call(op, op.concrete, "");
    if (anyone)
      EXPECT_NE(r.status, 401) << op.method << " " << op.path << " is documented for anyone: " << show(r);
    else
      EXPECT_EQ(r.status, 401) << op.method << " " << op.path << " (" << op.doc.value("x-access", "") << "): " << show(r);
    EXPECT_LT(r.status, 500) << op.path;
  }
}

// Issue 16: the answers' schemas are derived from the shared DTOs (gp/dto/examples.h); every
// reference resolves, and a live body has exactly the documented keys (all required ones present,
// none undocumented).
TEST(OpenApi, ResponseSchemasComeFromTheSharedDtos) {
  const Reply r = world().api.get("/api/v1/openapi.json");
  ASSERT_EQ(r.status, 200) << show(r);
  const json& schemas = r.body["components"]["schemas"];
  ASSERT_TRUE(schemas.is_object());
  for (const char* name : {"ApplicationDetail", "ApplicationPage", "Board", "Track", "Indicators", "Managers", "Error", "Catalog"})
    EXPECT_TRUE(schemas.contains(name)) << name;
  int refs = 0;
  for (const Op& op : operations())
    for (const auto& [code, resp] : op.doc["responses"].items()) {
      if (!resp.contains("content")) continue;
      // One type, or one of several (an answer that depends on the action or the media type).
      const json& schema = resp["content"]["application/json"]["schema"];
      const json alternatives = schema.contains("oneOf") ? schema["oneOf"] : json::array({schema});
      for (const auto& alt : alternatives) {
        const std::string ref = alt.value("$ref", "");
        ASSERT_EQ(ref.rfind("#/components/schemas/", 0), 0u) << op.method << " " << op.path << " " << code;
        EXPECT_TRUE(schemas.contains(ref.substr(21))) << ref;
      }
      ++refs;
    }
  EXPECT_GE(refs, 40);  // every operation's error answer, and the DTO-backed answers
  const json managers = world().api.get("/api/v1/managers").body;
  const json& schema = schemas["Managers"];
  for (const auto& key : schema["required"]) EXPECT_TRUE(managers.contains(key.get<std::string>())) << key;
  for (const auto& m : managers["managers"])
    for (const auto& [key, value] : m.items()) {
      (void)value;
      EXPECT_TRUE(schema["properties"]["managers"]["items"]["properties"].contains(key)) << key << " is not documented";
    }
}

// Issue 16's "every wire body is a shared DTO": every operation that answers JSON names its shared
// DTO's schema; the exceptions answer something else (a file, a CSV, an event stream, this very
// document, which OpenAPI itself describes).
TEST(OpenApi, EveryJsonAnswerHasASharedDtoSchema) {
  const std::set<std::string> not_json = {
      "GET /api/v1/applications/{number}/documents/{id}",  // the stored file's bytes
      "GET /api/v1/indicators.csv",                         // text/csv
      "GET /api/v1/publications/files/{id}",                // a published attachment's bytes (P3)
      "GET /api/v1/notifications/stream",                   // text/event-stream
      "GET /api/v1/openapi.json",                           // the OpenAPI document itself
  };
  int with_schema = 0;
  for (const Op& op : operations()) {
    const std::string what = op.method + " " + op.path;
    const bool has = op.doc["responses"]["200"].contains("content");
    if (not_json.count(what)) {
      EXPECT_FALSE(has) << what << " is listed as not JSON";
      continue;
    }
    EXPECT_TRUE(has) << what << " answers JSON without a shared DTO schema (routes_openapi.cpp response_dtos())";
    with_schema += has;
  }
  EXPECT_GE(with_schema, 69);
}

