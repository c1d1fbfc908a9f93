#include "net/api_reply.h"

#include <gtest/gtest.h>

using net::parse_api_reply;

TEST(ApiReply, SuccessWithJson) {
  const auto r = parse_api_reply(200, R"({"a":1})");
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(r.body["a"], 1);
}

TEST(ApiReply, ErrorShapeIsDecoded) {
  const auto r = parse_api_reply(422, R"({"error":{"code":"invalid","message":"手机号码无效","field":"phone"}})");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error->status, 422);
  EXPECT_EQ(r.error->code, "invalid");
  EXPECT_EQ(r.error->message, "手机号码无效");
  EXPECT_EQ(r.error->field, "phone");
}

TEST(ApiReply, TransportFailuresAndGarbage) {
  EXPECT_EQ(parse_api_reply(0, "").error->code, "network");
  EXPECT_EQ(parse_api_reply(200, "<html>").error->code, "bad_reply");
  EXPECT_EQ(parse_api_reply(502, "<html>").error->code, "http_502");
  EXPECT_TRUE(parse_api_reply(204, "").ok());
}
