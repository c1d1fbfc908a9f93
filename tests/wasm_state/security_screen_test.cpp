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

// Through apply(): what each part of the screen posts and what its answer does.
#include "gp/dto/answers.h"
#include "screen_test_util.h"

TEST(SecurityScreen, AVisitStartsFromNothingAndThePasswordChangeIsPosted) {
  screen_test::Zh zh;
  auto s = screen_test::logged_in("admin");
  s.session.user->second_factor = true;
  s.security.secret = "ABCD";  // left over from before
  state::open_security(s, true);
  EXPECT_TRUE(s.security.secret.empty());
  EXPECT_TRUE(s.security.second_factor);
  auto& p = s.security.password;
  p.current = "old-secret-1";
  p.next = p.next2 = "Fresh-Pass-2027";
  state::SecurityIntent change;
  change.change_password = true;
  auto rs = state::apply(s, change);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].method, "POST");
  EXPECT_EQ(rs[0].path, "/auth/password");
  EXPECT_EQ(rs[0].body, state::password_change_body(p));
  EXPECT_TRUE(state::apply(s, change).empty()) << "one at a time";
  state::answer(s, rs[0], state::reply(422, screen_test::error_body("invalid", "current_password", "当前密码不正确")));
  EXPECT_EQ(s.security.password.errors["current_password"], "当前密码不正确");
  rs = state::apply(s, change);
  ASSERT_EQ(rs.size(), 1u);
  state::answer(s, rs[0], state::reply(200, nlohmann::json(gp::dto::OkDto{})));
  EXPECT_TRUE(s.security.password.current.empty()) << "the passwords leave memory";
  EXPECT_EQ(s.security.notice, state::tr("security.password_changed"));
}

TEST(SecurityScreen, TheSecondFactorIsSetUpConfirmedAndTurnedOff) {
  screen_test::Zh zh;
  auto s = screen_test::logged_in("admin");
  state::open_security(s, true);
  state::SecurityIntent setup;
  setup.totp_setup = true;
  auto rs = state::apply(s, setup);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].path, "/auth/totp/setup");
  state::answer(s, rs[0], state::reply(200, nlohmann::json(gp::dto::TotpSetupDto{"ABCDEFGH", "otpauth://totp/x"})));
  EXPECT_EQ(s.security.secret, "ABCDEFGH");
  s.security.code = "123456";
  state::SecurityIntent confirm;
  confirm.totp_confirm = true;
  rs = state::apply(s, confirm);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].path, "/auth/totp/confirm");
  EXPECT_EQ(rs[0].body, (nlohmann::json{{"code", "123456"}}));
  state::answer(s, rs[0], state::reply(422, screen_test::error_body("invalid", "code", "动态码不正确")));
  EXPECT_EQ(s.security.totp_errors["code"], "动态码不正确");
  rs = state::apply(s, confirm);
  state::answer(s, rs[0], state::reply(200, nlohmann::json(gp::dto::TotpStateDto{true, std::vector<std::string>{"aaaa-bbbb", "cccc-dddd"}})));
  EXPECT_EQ(s.security.recovery_codes.size(), 2u);
  EXPECT_TRUE(s.security.secret.empty());
  EXPECT_TRUE(s.session.user->second_factor);
  s.security.disable_password = "secret-1";
  s.security.disable_code = "654321";
  state::SecurityIntent off;
  off.totp_disable = true;
  rs = state::apply(s, off);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].path, "/auth/totp/disable");
  EXPECT_EQ(rs[0].body, (nlohmann::json{{"password", "secret-1"}, {"code", "654321"}}));
  state::answer(s, rs[0], state::reply(200, nlohmann::json(gp::dto::TotpStateDto{false, std::nullopt})));
  EXPECT_FALSE(s.session.user->second_factor);
  EXPECT_EQ(s.security.notice, state::tr("security.totp_disabled"));
}

TEST(SecurityScreen, LogOutEverywhereForgetsTheUser) {
  screen_test::Zh zh;
  auto s = screen_test::logged_in();
  state::SecurityIntent all;
  all.logout_all = true;
  auto rs = state::apply(s, all);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].path, "/auth/logout-all");
  EXPECT_EQ(rs[0].body, nlohmann::json::object());
  state::answer(s, rs[0], state::reply(500, screen_test::error_body("internal", "", "服务器内部错误")));
  EXPECT_EQ(s.security.error, "服务器内部错误");
  EXPECT_TRUE(s.session.user);
  rs = state::apply(s, all);
  state::answer(s, rs[0], state::reply(200, nlohmann::json(gp::dto::OkDto{})));
  EXPECT_FALSE(s.session.user);
  EXPECT_EQ(s.flash, state::tr("security.logged_out_all"));
}
