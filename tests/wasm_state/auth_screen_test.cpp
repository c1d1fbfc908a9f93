// Logging in and registering (issues 3, 4, 15) through apply(): what is posted, the second
// factor asked for, errors beside their field with nothing typed lost, where the user lands.
#include <gtest/gtest.h>

#include "gp/dto/auth.h"
#include "screen_test_util.h"

using nlohmann::json;
using screen_test::error_body;
using screen_test::Zh;

namespace {

// What POST /auth/login and /auth/register answer (the shared DTO, gp/dto/auth.h).
json user_body(const std::string& role) {
  gp::dto::UserDto u;
  u.id = 7;
  u.role = role;
  u.name = "邾小明";
  if (role == "customer") u.phone = "13703751000";
  else u.username = "zhao";
  return gp::dto::SessionDto{"token", role, u, "2026-12-08T11:00:00+08:00"};
}

TEST(LoginScreen, ACustomerLogsInAndLandsAtTheirApplications) {
  Zh zh;
  state::AppState s;
  state::go(s, state::Screen::Login);
  state::LoginIntent submit;
  submit.submit = true;
  EXPECT_TRUE(state::apply(s, submit).empty()) << "nothing typed: nothing sent";
  EXPECT_TRUE(s.auth.login.errors.count("login"));
  s.auth.login.login = "13703751000";
  s.auth.login.password = "secret-1";
  auto rs = state::apply(s, submit);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].method, "POST");
  EXPECT_EQ(rs[0].path, "/auth/login");
  EXPECT_EQ(rs[0].body, state::login_body(s.auth.login));
  EXPECT_EQ(rs[0].body["password"], "secret-1");
  EXPECT_TRUE(state::apply(s, submit).empty()) << "one at a time";
  state::answer(s, rs[0], state::reply(200, user_body("customer")));
  ASSERT_TRUE(s.session.user);
  EXPECT_EQ(s.route.screen, state::Screen::MyApps);
  EXPECT_TRUE(s.auth.login.password.empty()) << "the password leaves memory";
  EXPECT_EQ(s.flash, "欢迎，邾小明") << "the welcome survives the navigation it announces";
  EXPECT_FALSE(s.flash_error);
}

TEST(LoginScreen, StaffWithASecondFactorAreAskedForTheCodeAndLandAtTheQueue) {
  Zh zh;
  state::AppState s;
  state::go(s, state::Screen::Login);
  s.auth.login.login = "zhao";
  s.auth.login.password = "secret-1";
  state::LoginIntent submit;
  submit.submit = true;
  auto rs = state::apply(s, submit);
  state::answer(s, rs[0], state::reply(401, error_body("otp_required", "", "请输入动态码")));
  EXPECT_TRUE(s.auth.login.need_otp);
  EXPECT_EQ(s.auth.login.errors["otp"], "请输入动态码");
  EXPECT_EQ(s.auth.login.password, "secret-1") << "nothing typed is lost";
  EXPECT_TRUE(state::apply(s, submit).empty()) << "the code is needed now";
  s.auth.login.otp = "123456";
  rs = state::apply(s, submit);
  ASSERT_EQ(rs.size(), 1u);
  state::answer(s, rs[0], state::reply(401, error_body("unauthorized", "login", "用户名或密码错误")));
  EXPECT_EQ(s.auth.login.errors["form"], "用户名或密码错误") << "a 401 is about the form, not the login field";
  rs = state::apply(s, submit);
  state::answer(s, rs[0], state::reply(200, user_body("customer_manager")));
  EXPECT_EQ(s.route.screen, state::Screen::Queue);
}

TEST(LoginScreen, GoingToApplyContinuesThereAndRegisterKeepsTheDestination) {
  Zh zh;
  state::AppState s;
  state::go(s, state::Screen::Login, "apply");
  state::LoginIntent to_register;
  to_register.to_register = true;
  state::apply(s, to_register);
  EXPECT_EQ(s.route.screen, state::Screen::Register);
  EXPECT_EQ(s.route.param, "apply");
  state::logged_in(s, user_body("customer"));
  EXPECT_EQ(s.route.screen, state::Screen::Apply);
}

TEST(RegisterScreen, TheCodeIsAskedOnceAMinuteAndRegisteringLogsIn) {
  Zh zh;
  state::AppState s;
  state::go(s, state::Screen::Register);
  auto& f = s.auth.reg;
  state::RegisterIntent code;
  code.send_code = true;
  code.now = 100;
  EXPECT_TRUE(state::apply(s, code).empty()) << "no number yet";
  EXPECT_TRUE(f.errors.count("phone"));
  f.phone = "13703751001";
  auto rs = state::apply(s, code);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].path, "/auth/sms-code");
  EXPECT_EQ(rs[0].body, (json{{"phone", "13703751001"}, {"purpose", "register"}}));
  state::answer(s, rs[0], state::reply(429, error_body("rate_limited", "", "请稍后再试")));
  EXPECT_EQ(f.errors["phone"], "请稍后再试") << "a message without a field goes beside the phone";
  rs = state::apply(s, code);
  ASSERT_EQ(rs.size(), 1u);
  state::answer(s, rs[0], state::reply(200, json::object()));
  EXPECT_TRUE(f.code_sent);
  code.now = 120;
  EXPECT_TRUE(state::apply(s, code).empty()) << "another only after a minute";

  f.password = f.password2 = "Fresh-Pass-2027";
  f.name = "邾小明";
  f.sms_code = "123456";
  state::RegisterIntent submit;
  submit.submit = true;
  submit.today = "2026-11-30";
  rs = state::apply(s, submit);
  ASSERT_EQ(rs.size(), 1u) << (f.errors.empty() ? "" : f.errors.begin()->first);
  EXPECT_EQ(rs[0].path, "/auth/register");
  EXPECT_EQ(rs[0].body["sms_code"], "123456");
  state::answer(s, rs[0], state::reply(422, error_body("invalid", "sms_code", "验证码不正确")));
  EXPECT_EQ(s.auth.reg.errors["sms_code"], "验证码不正确");
  rs = state::apply(s, submit);
  ASSERT_EQ(rs.size(), 1u);
  state::answer(s, rs[0], state::reply(201, user_body("customer")));
  EXPECT_EQ(s.route.screen, state::Screen::MyApps);
  EXPECT_TRUE(s.auth.reg.password.empty());
}

}  // namespace
