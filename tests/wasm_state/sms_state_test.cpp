// Issue 15 in the browser app's logic: the register form asks for the SMS code and counts down
// before another may be sent; the claim form checks the receipt's code; the admin's outbox list
// keeps the server's "development only" mark.
#include <gtest/gtest.h>

#include "state/auth_state.h"
#include "state/claim_state.h"
#include "state/sms_outbox_state.h"

using nlohmann::json;

TEST(SmsState, RegisterNeedsTheSixDigitCodeAndSendsIt) {
  state::RegisterForm f;
  f.phone = "13800138000";
  f.password = f.password2 = "Secret123";
  f.name = "王小明";
  EXPECT_FALSE(state::check_register(f, true, false, "2026-09-28"));
  EXPECT_TRUE(f.errors.count("sms_code"));
  f.sms_code = "12345a";
  EXPECT_FALSE(state::check_register(f, true, true, "2026-09-28"));
  f.sms_code = "012345";
  EXPECT_TRUE(state::check_register(f, true, true, "2026-09-28"));
  EXPECT_EQ(state::register_body(f).at("sms_code"), "012345");
  EXPECT_EQ(state::sms_code_body(f.phone, "register"), (json{{"phone", "13800138000"}, {"purpose", "register"}}));
}

TEST(SmsState, SendCodeCountsDownSixtySeconds) {
  state::RegisterForm f;
  EXPECT_EQ(state::sms_resend_wait(f, 1000.0), 0);
  f.code_sent_at = 1000.0;
  EXPECT_EQ(state::sms_resend_wait(f, 1000.0), 60);
  EXPECT_EQ(state::sms_resend_wait(f, 1059.5), 1);
  EXPECT_EQ(state::sms_resend_wait(f, 1060.0), 0);
  f.phone = "12345";
  EXPECT_FALSE(state::check_sms_request(f, false));
  EXPECT_TRUE(f.errors.count("phone"));
}

TEST(SmsState, ClaimFormChecksTheReceiptCodeAndForgetsItOnceLinked) {
  state::ClaimState s;
  EXPECT_FALSE(state::check_claim(s, true, false));
  s.claim_code = "ab2c-d3ef";
  s.sms_code = "123456";
  EXPECT_TRUE(state::check_claim(s, true, true));
  s.claim_code = "AB2C-D3E";
  EXPECT_FALSE(state::check_claim(s, true, true));
  EXPECT_TRUE(s.errors.count("claim_code"));
  s.pending = state::parse_pending(json::parse(R"({"pending":[{"number":"ZX-1","business":"new_connection","name_at_hall":"赵","taken_at":"t"}]})"));
  ASSERT_EQ(s.pending.size(), 1u);
  EXPECT_EQ(s.pending[0].name_at_hall, "赵");
  state::claim_linked(s, "ZX-1");
  EXPECT_TRUE(s.claim_code.empty());
  EXPECT_TRUE(s.sms_code.empty());
  EXPECT_TRUE(s.pending.empty());
  EXPECT_EQ(s.done, "ZX-1");
}

TEST(SmsState, OutboxListKeepsTheDevelopmentMark) {
  state::SmsOutboxState s;
  state::outbox_loaded(s, json::parse(R"({"development_only":true,"notice":{"zh":"仅供开发","en":"Development only"},
    "messages":[{"phone":"13800138000","purpose":"register","status":"sent","attempts":0,"created_at":"x","code":"123456"}]})"), true);
  EXPECT_TRUE(s.development);
  EXPECT_EQ(s.notice, "Development only");
  ASSERT_EQ(s.rows.size(), 1u);
  EXPECT_EQ(s.rows[0].code, "123456");
  state::outbox_loaded(s, json::parse(R"({"development_only":false,"messages":[{"phone":"1","purpose":"claim","status":"pending","attempts":2}]})"), false);
  EXPECT_FALSE(s.development);
  EXPECT_TRUE(s.rows[0].code.empty());
  EXPECT_EQ(s.rows[0].attempts, 2);
}
