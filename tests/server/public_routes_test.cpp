// GET /api/v1/health and GET /api/v1/catalog (rules G1, G7, P3: the published catalogue).
#include <gtest/gtest.h>

#include "gp/catalog.h"
#include "gp/date.h"
#include "test_site.h"

using gp::test::json_of;
using gp::test::suite_client;

TEST(Health, ReportsStatusVersionAndTime) {
  auto res = suite_client()->Get("/api/v1/health");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->get_header_value("Content-Type").rfind(gp::test::kJson, 0), 0u);
  const auto j = json_of(res);
  EXPECT_EQ(j.value("status", ""), "ok");
  EXPECT_TRUE(j["version"].is_string() && !j["version"].get<std::string>().empty());
  ASSERT_TRUE(j["time"].is_string());
  EXPECT_TRUE(gp::parse_datetime(j["time"].get<std::string>())) << j["time"];
}

TEST(Health, HeadHasHeadersButNoBody) {
  auto res = suite_client()->Head("/api/v1/health");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_TRUE(res->body.empty());
  EXPECT_EQ(res->get_header_value("Cache-Control"), "no-store");
}

TEST(Health, UnknownQueryParameterIsNamed) {
  const auto e = gp::test::error_of(suite_client()->Get("/api/v1/health?verbose=1"), 400);
  EXPECT_EQ(e["code"], "unknown_parameter");
  EXPECT_EQ(e["field"], "verbose");
}

TEST(Catalog, G7_P3_IsExactlyTheSharedCatalogue) {
  auto res = suite_client()->Get("/api/v1/catalog");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(json_of(res), gp::catalog_json());
}

TEST(Catalog, CompressedWhenTheClientAcceptsGzip) {
  auto cli = suite_client();
  cli->set_decompress(true);  // the client asks for and decodes gzip/brotli
  auto res = cli->Get("/api/v1/catalog");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(json_of(res), gp::catalog_json());
}
