// POST /api/v1/rules/evaluate: the server runs shared/rules exactly as the browser does, so for
// the same facts the answer must equal gp::evaluate_json in-process (rule IDs in test names).
#include <gtest/gtest.h>

#include "gp/rules.h"
#include "test_site.h"

using gp::test::error_of;
using gp::test::json_of;
using gp::test::suite_client;
using nlohmann::json;

namespace {

httplib::Result post(const std::string& body, const std::string& type = "application/json") {
  return suite_client()->Post("/api/v1/rules/evaluate", body, type.c_str());
}

// The in-process answer for `facts`: the plan JSON, or the error gp reports.
json expected_plan(const json& facts) {
  const auto r = gp::evaluate_json(facts);
  EXPECT_TRUE(r.ok());
  return r.ok() ? json(r.value()) : json();
}

void expect_same_as_shared(const json& facts) {
  auto res = post(facts.dump());
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(json_of(res), expected_plan(facts)) << facts.dump();
}

// A refusal must carry gp's own code and field (the server adds none of its own rules).
void expect_same_error_as_shared(const json& facts) {
  const auto r = gp::evaluate_json(facts);
  ASSERT_FALSE(r.ok()) << facts.dump();
  const auto e = error_of(post(facts.dump()), 400);
  EXPECT_EQ(e["code"], r.error().code);
  EXPECT_EQ(e["field"], r.error().field);
  EXPECT_EQ(e["message_zh"], r.error().message_zh);
  EXPECT_EQ(e["message_en"], r.error().message_en);
}

const json kHv = {{"business", "new_connection"}, {"customer_type", "hv"}, {"capacity_kw", 800}};

}  // namespace

TEST(RulesEvaluate, S1_T1_LvResidentialSameAsShared) {
  expect_same_as_shared({{"business", "new_connection"}, {"customer_type", "lv_residential"}});
  auto j = json_of(post(R"({"business":"new_connection","customer_type":"lv_residential"})"));
  EXPECT_EQ(j["time_limit_working_days"], 2);
}

TEST(RulesEvaluate, T2_W1_LvWithSupportingWorksSameAsShared) {
  expect_same_as_shared({{"business", "new_connection"}, {"customer_type", "lv_residential"},
                         {"supporting_works", json::array({{{"kind", "lv"}}})}});
}

TEST(RulesEvaluate, I4_S2_T3_LvSmallMicroSameAsShared) {
  expect_same_as_shared({{"business", "new_connection"}, {"customer_type", "lv_non_residential"},
                         {"capacity_kw", 100}, {"industry", "commercial"},
                         {"supporting_works", json::array({{{"kind", "lv"}}})}});
}

TEST(RulesEvaluate, S4_T4_HvSameAsShared) {
  expect_same_as_shared(kHv);
  EXPECT_EQ(json_of(post(kHv.dump()))["time_limit_working_days"], 16);
}

TEST(RulesEvaluate, S5_T5_ImportantHvSameAsShared) {
  json f = kHv;
  f["important"] = true;
  expect_same_as_shared(f);
}

TEST(RulesEvaluate, I1a_F1_ParkCustomerWithDualPowerSameAsShared) {
  json f = kHv;
  f["in_provincial_park"] = true;
  f["dual_power"] = true;
  expect_same_as_shared(f);
}

TEST(RulesEvaluate, O1_W1_ThirtyFiveKvWithWorksSameAsShared) {
  json f = kHv;
  f["voltage_kv"] = 35;
  f["supporting_works"] = json::array({{{"voltage_kv", 35}, {"kind", "overhead_line"}}});
  expect_same_as_shared(f);
}

TEST(RulesEvaluate, UnknownFieldIsRefusedLikeShared) {
  json f = kHv;
  f["bogus"] = 1;
  expect_same_error_as_shared(f);
  EXPECT_EQ(error_of(post(f.dump()), 400)["field"], "bogus");
}

TEST(RulesEvaluate, MissingFieldsAreRefusedLikeShared) {
  expect_same_error_as_shared(json::object());
  expect_same_error_as_shared({{"business", "new_connection"}});
}

TEST(RulesEvaluate, WrongTypesAreRefusedLikeShared) {
  expect_same_error_as_shared({{"business", 1}, {"customer_type", "hv"}});
  expect_same_error_as_shared({{"business", "new_connection"}, {"customer_type", "hv"}, {"capacity_kw", "800"}});
  expect_same_error_as_shared({{"business", "new_connection"}, {"customer_type", "hv"}, {"important", "yes"}});
  expect_same_error_as_shared(json::array());
  expect_same_error_as_shared("facts");
}

TEST(RulesEvaluate, InjectionLookingStringsComeBackAsInertData) {
  for (const std::string evil : {"<script>alert(1)</script>", "'; DROP TABLE applications; --",
                                 "{{7*7}}", "../../etc/passwd", "\u202Egnp.exe"}) {
    json f = {{"business", evil}, {"customer_type", "hv"}};
    auto res = post(f.dump());
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 400);
    EXPECT_EQ(res->get_header_value("Content-Type").rfind(gp::test::kJson, 0), 0u);
    EXPECT_EQ(res->get_header_value("X-Content-Type-Options"), "nosniff");
    const auto e = json_of(res)["error"];
    EXPECT_EQ(e["field"], "business");
    // Whatever the message says about the value, it says it as a JSON string.
    const auto shared = gp::evaluate_json(f);
    ASSERT_FALSE(shared.ok());
    EXPECT_EQ(e["message_en"], shared.error().message_en);
  }
}

TEST(RulesEvaluate, InvalidJsonGivesTheByteOffset) {
  const std::string body = R"({"business":"new_connection",})";
  const auto e = error_of(post(body), 400);
  EXPECT_EQ(e["code"], "invalid_json");
  ASSERT_TRUE(e["offset"].is_number());
  EXPECT_EQ(e["offset"], body.size() - 1);  // the '}' where a key was due
  EXPECT_NE(e["message_en"].get<std::string>().find(std::to_string(body.size() - 1)), std::string::npos);
}

TEST(RulesEvaluate, MalformedBodiesAreRefused) {
  EXPECT_EQ(error_of(post(""), 400)["code"], "invalid_json");
  EXPECT_EQ(error_of(post("{"), 400)["code"], "invalid_json");
  EXPECT_EQ(error_of(post(R"({"business":"new_connection"} trailing)"), 400)["code"], "invalid_json");
  EXPECT_EQ(error_of(post("{'business':'x'}"), 400)["code"], "invalid_json");
  EXPECT_EQ(error_of(post("NaN"), 400)["code"], "invalid_json");
  EXPECT_EQ(error_of(post(R"({"a":"\ud800"})"), 400)["code"], "invalid_json");  // lone surrogate
}

TEST(RulesEvaluate, InvalidUtf8IsRefusedWithItsOffset) {
  const std::string body = "{\"business\":\"\xff\xfe\",\"customer_type\":\"hv\"}";
  const auto e = error_of(post(body), 400);
  EXPECT_EQ(e["code"], "invalid_utf8");
  EXPECT_EQ(e["offset"], 13);
  // Overlong encoding of '/' and an encoded surrogate are not UTF-8 either.
  EXPECT_EQ(error_of(post("{\"a\":\"\xc0\xaf\"}"), 400)["code"], "invalid_utf8");
  EXPECT_EQ(error_of(post("{\"a\":\"\xed\xa0\x80\"}"), 400)["code"], "invalid_utf8");
}

TEST(RulesEvaluate, ChineseTextInTheBodyIsFine) {
  json f = kHv;
  f["名称"] = "邾县";
  const auto e = error_of(post(f.dump()), 400);  // unknown field, but read correctly
  EXPECT_EQ(e["field"], "名称");
}

TEST(RulesEvaluate, DuplicateKeysAreRefused) {
  const auto e = error_of(post(R"({"business":"new_connection","customer_type":"hv","customer_type":"lv_residential"})"), 400);
  EXPECT_EQ(e["code"], "duplicate_key");
  EXPECT_EQ(e["field"], "customer_type");
}

TEST(RulesEvaluate, DeepNestingIsRefused) {
  // Under the 64 KB limit of JSON routes (a larger body is 413 before it is read: Edge.*).
  const std::string deep = std::string(30000, '[') + std::string(30000, ']');
  EXPECT_EQ(error_of(post(deep), 400)["code"], "too_deep");
  const std::string ok_depth = R"({"business":"new_connection","customer_type":"hv","x":)" + std::string(10, '[') +
                               std::string(10, ']') + "}";
  EXPECT_EQ(error_of(post(ok_depth), 400)["code"], "unknown_field");  // parsed fine, then judged by gp
}

TEST(RulesEvaluate, ContentTypeMustBeJson) {
  EXPECT_EQ(error_of(post(kHv.dump(), "text/plain"), 415)["field"], "Content-Type");
  EXPECT_EQ(error_of(post(kHv.dump(), "application/x-www-form-urlencoded"), 415)["code"], "unsupported_media_type");
  EXPECT_EQ(error_of(post(kHv.dump(), "application/json; charset=latin1"), 415)["code"], "unsupported_media_type");
  auto res = post(kHv.dump(), "Application/JSON; charset=UTF-8");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200) << res->body;
}

TEST(RulesEvaluate, BodyOverTwelveMegabytesIs413) {
  const std::string huge(13u * 1024 * 1024, ' ');
  const auto e = error_of(post(huge), 413);
  EXPECT_EQ(e["code"], "payload_too_large");
  // The server is still there.
  auto res = suite_client()->Get("/api/v1/health");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
}

TEST(RulesEvaluate, LargeButAllowedBodyIsParsed) {
  // 60 KB of whitespace around valid facts: under the 64 KB limit of JSON routes, so gp judges it.
  const std::string body = std::string(60u * 1024, ' ') + kHv.dump();
  auto res = post(body);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  // 65 KB: over the limit of this route (not of the server), refused before it is read.
  const auto e = error_of(post(std::string(65u * 1024, ' ') + kHv.dump()), 413);
  EXPECT_EQ(e["code"], "payload_too_large");
  EXPECT_EQ(e["limit_bytes"], 65536);
}
