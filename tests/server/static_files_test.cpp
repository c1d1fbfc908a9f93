// The browser app's files: served from --site only, with the right media types, precompressed
// siblings only when accepted, validators, and no way out of the site directory.
#include <gtest/gtest.h>

#include "test_site.h"

using gp::test::raw_http;
using gp::test::raw_status;
using gp::test::SiteFiles;
using gp::test::suite_client;
using gp::test::suite_server;

namespace {

httplib::Result get(const std::string& path, const std::string& accept_encoding = "") {
  httplib::Headers h;
  if (!accept_encoding.empty()) h.emplace("Accept-Encoding", accept_encoding);
  return suite_client()->Get(path, h);
}

}  // namespace

TEST(StaticFiles, RootIsIndexHtml) {
  auto res = get("/");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->body, SiteFiles::kIndex);
  EXPECT_EQ(res->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_EQ(res->get_header_value("Cache-Control"), "no-cache");
  EXPECT_FALSE(res->get_header_value("ETag").empty());
  auto again = get("/index.html");
  ASSERT_TRUE(again);
  EXPECT_EQ(again->body, SiteFiles::kIndex);
}

TEST(StaticFiles, MediaTypes) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"/app.wasm", "application/wasm"}, {"/app.js", "text/javascript"}, {"/font.ttf", "font/ttf"},
      {"/style.css", "text/css; charset=utf-8"}, {"/logo.png", "image/png"}, {"/data.json", "application/json"},
      {"/index.html", "text/html; charset=utf-8"}};
  for (const auto& [path, type] : cases) {
    auto res = get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 200) << path;
    EXPECT_EQ(res->get_header_value("Content-Type"), type) << path;
    EXPECT_EQ(res->get_header_value("X-Content-Type-Options"), "nosniff") << path;
  }
}

TEST(StaticFiles, WasmIsSentAsIsWithoutAcceptEncoding) {
  auto res = get("/app.wasm");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->body, SiteFiles::wasm());
  EXPECT_FALSE(res->has_header("Content-Encoding"));
  EXPECT_EQ(res->get_header_value("Vary"), "Accept-Encoding");
}

TEST(StaticFiles, BrotliSiblingWhenAccepted) {
  auto res = get("/app.wasm", "gzip, deflate, br");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->body, SiteFiles::wasm_br());
  EXPECT_EQ(res->get_header_value("Content-Encoding"), "br");
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/wasm");
  EXPECT_EQ(res->get_header_value("Vary"), "Accept-Encoding");
}

TEST(StaticFiles, GzipSiblingWhenOnlyGzipAccepted) {
  auto res = get("/app.wasm", "gzip");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->body, SiteFiles::wasm_gz());
  EXPECT_EQ(res->get_header_value("Content-Encoding"), "gzip");

  res = get("/app.wasm", "br;q=0, gzip;q=0.5");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->get_header_value("Content-Encoding"), "gzip");
}

TEST(StaticFiles, IdentityWhenNothingSuitableIsAccepted) {
  for (const char* ae : {"deflate", "br;q=0, gzip;q=0", "identity"}) {
    auto res = get("/app.wasm", ae);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->body, SiteFiles::wasm()) << ae;
    EXPECT_FALSE(res->has_header("Content-Encoding")) << ae;
  }
  auto js = get("/app.js", "br");  // app.js has a .gz sibling only
  ASSERT_TRUE(js);
  EXPECT_EQ(js->body, SiteFiles::kJs);
  EXPECT_FALSE(js->has_header("Content-Encoding"));
}

TEST(StaticFiles, PrecompressedTextIsNotCompressedTwice) {
  auto res = get("/app.js", "gzip");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->body, SiteFiles::kJsGz);
  EXPECT_EQ(res->get_header_value_count("Content-Encoding"), 1u);
  EXPECT_EQ(res->get_header_value("Content-Type"), "text/javascript");
}

TEST(StaticFiles, EtagRevalidationGives304) {
  auto first = get("/app.wasm");
  ASSERT_TRUE(first);
  const std::string etag = first->get_header_value("ETag");
  ASSERT_FALSE(etag.empty());
  auto again = suite_client()->Get("/app.wasm", {{"If-None-Match", etag}});
  ASSERT_TRUE(again);
  EXPECT_EQ(again->status, 304);
  EXPECT_TRUE(again->body.empty());
  // The compressed variant is a different representation with its own tag.
  auto br = get("/app.wasm", "br");
  ASSERT_TRUE(br);
  EXPECT_NE(br->get_header_value("ETag"), etag);
}

TEST(StaticFiles, HeadGivesHeadersOnly) {
  auto res = suite_client()->Head("/app.wasm");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_TRUE(res->body.empty());
  EXPECT_EQ(res->get_header_value("Content-Length"), std::to_string(SiteFiles::wasm().size()));
}

TEST(StaticFiles, SubdirectoryIndexAndMissingFiles) {
  auto sub = get("/sub/");
  ASSERT_TRUE(sub);
  EXPECT_EQ(sub->status, 200);
  EXPECT_EQ(sub->body, "<p>sub</p>\n");
  for (const char* p : {"/missing.js", "/sub", "/sub//index.html", "/app.wasm/", "/index.htm"}) {
    auto res = get(p);
    ASSERT_TRUE(res) << p;
    EXPECT_EQ(res->status, 404) << p;
    EXPECT_EQ(res->get_header_value("Content-Type").rfind(gp::test::kJson, 0), 0u) << p;
  }
}

TEST(StaticFiles, SymlinkInsideTheSiteIsServed) {
  auto res = get("/inside-link.js");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->body, SiteFiles::kJs);
}

TEST(StaticFiles, NothingOutsideTheSiteEverLeaks) {
  // Sent byte for byte (httplib::Client would normalize some of these).
  const std::vector<std::string> attempts = {
      "/../../etc/passwd",
      "/../secret.txt",
      "/%2e%2e/%2e%2e/etc/passwd",
      "/%2e%2e/secret.txt",
      "/%2E%2E/secret.txt",
      "/..%2f..%2fetc/passwd",
      "/..%2fsecret.txt",
      "/..%5csecret.txt",
      "/..\\secret.txt",
      "/sub/../../secret.txt",
      "/sub/%2e%2e/%2e%2e/secret.txt",
      "/index.html%00",
      "/index.html%00.png",
      "/%00/../secret.txt",
      "/escape-link.txt",        // symlink to ../secret.txt
      "/.hidden",                // dotfiles are never served
      "/./index.html",
      "//etc/passwd",
      "/%252e%252e/secret.txt",  // double encoding stays literal
      "/etc/passwd",
      "/proc/self/environ",
  };
  for (const auto& path : attempts) {
    const std::string r =
        raw_http(suite_server().port(), "GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    const int status = raw_status(r);
    EXPECT_TRUE(status == 404 || status == 400) << path << " -> " << r.substr(0, 300);
    EXPECT_EQ(r.find(SiteFiles::kSecret), std::string::npos) << path << " leaked the secret";
    EXPECT_EQ(r.find("root:"), std::string::npos) << path << " leaked /etc/passwd";
    EXPECT_EQ(r.find("PATH="), std::string::npos) << path << " leaked an environment";
  }
}

TEST(StaticFiles, ApiPathsAreNeverFiles) {
  // Even a file named like an API path under the site must not shadow the API.
  auto res = get("/api/v1/health");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->get_header_value("Content-Type").rfind(gp::test::kJson, 0), 0u);
}

TEST(StaticFiles, WithoutSiteOnlyTheApiIsServed) {
  gp::test::TempDir data;
  gp::test::ServerProcess api_only({data.path()});
  auto cli = api_only.client();
  auto res = cli->Get("/");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 404);
  res = cli->Get("/api/v1/health");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
}
