// 账户安全 (issue 15), natively: the password-change form checks what the server checks (shared/:
// length, letters and digits, the common-password list, not the phone number) as the user types;
// the TOTP key is shown in groups of four; recovery codes are read from the confirm answer; the
// login form asks for a one-time code only after the server said so.
#include <gtest/gtest.h>

#include "state/app_state.h"
#include "state/auth_state.h"
#include "state/security_state.h"

TEST(SecurityScreen, PasswordChangeIsCheckedAsTyped) {
  state::PasswordChangeForm f;
  EXPECT_FALSE(state::check_password_change(f, true, false, ""));
  EXPECT_TRUE(f.errors.count("current_password"));
  EXPECT_TRUE(f.errors.count("new_password"));
  f.current = "Old-Pass-2026";
  f.next = "woaini1314";
  state::check_password_change(f, false, false, "");
  ASSERT_TRUE(f.errors.count("new_password"));
  EXPECT_NE(f.errors["new_password"].find("常见密码"), std::string::npos);
  f.next = "Old-Pass-2026";
  state::check_password_change(f, false, true, "");
  EXPECT_NE(f.errors["new_password"].find("differ"), std::string::npos);
  f.next = "x13712345678";
  state::check_password_change(f, false, true, "13712345678");
  EXPECT_NE(f.errors["new_password"].find("mobile number"), std::string::npos);
  f.next = "Fresh-Pass-2027";
  f.next2 = "Fresh-Pass-2028";
  EXPECT_FALSE(state::check_password_change(f, true, false, "13712345678"));
  EXPECT_TRUE(f.errors.count("new_password2"));
  f.next2 = f.next;
  EXPECT_TRUE(state::check_password_change(f, true, false, "13712345678"));
  const auto body = state::password_change_body(f);
  EXPECT_EQ(body.at("current_password"), "Old-Pass-2026");
  EXPECT_EQ(body.at("new_password"), "Fresh-Pass-2027");
}

TEST(SecurityScreen, KeyInGroupsOfFourAndRecoveryCodes) {
  EXPECT_EQ(state::group_by_four("GEZDGNBVGY3TQOJQ"), "GEZD GNBV GY3T QOJQ");
  EXPECT_EQ(state::group_by_four("ABCDE"), "ABCD E");
  EXPECT_EQ(state::group_by_four(""), "");
  const auto codes = state::parse_recovery_codes({{"enabled", true}, {"recovery_codes", {"abcde-fghjk", "mnpqr-stuvw"}}});
  ASSERT_EQ(codes.size(), 2u);
  EXPECT_EQ(codes[1], "mnpqr-stuvw");
  EXPECT_TRUE(state::parse_recovery_codes(nlohmann::json::object()).empty());
}

TEST(SecurityScreen, LoginSendsTheCodeOnlyOnceAsked) {
  state::LoginForm f;
  f.login = "cm.zhang";
  f.password = "Some-Pass-2026";
  f.otp = "123456";
  EXPECT_FALSE(state::login_body(f).contains("otp")) << "not asked for yet";
  f.need_otp = true;
  EXPECT_EQ(state::login_body(f).at("otp"), "123456");
  f.otp.clear();
  EXPECT_FALSE(state::check_login(f, true, false));
  EXPECT_TRUE(f.errors.count("otp"));
  const auto u = state::user_from_json({{"id", 3}, {"role", "admin"}, {"name", "邾管"}, {"second_factor", true}});
  EXPECT_TRUE(u.second_factor);
  EXPECT_EQ(state::screen_from_name("security"), state::Screen::Security);
}
