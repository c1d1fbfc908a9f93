// The shell (the frame around every screen) through its state functions: who is logged in is
// asked once, the top bar's language, navigation and log out, the kiosk's start over.
#include <gtest/gtest.h>

#include "screen_test_util.h"

using nlohmann::json;

namespace {

TEST(Shell, TheSessionIsAskedOnceAndALiveOneLandsWhereTheRoleWorks) {
  state::AppState s;
  auto rs = state::check_session(s);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].method, "GET");
  EXPECT_EQ(rs[0].path, "/auth/session");
  EXPECT_TRUE(state::check_session(s).empty()) << "once";
  state::answer(s, rs[0], state::reply(200, {{"user", {{"id", 3}, {"role", "command_center"}, {"name", "钱"}}}}));
  EXPECT_TRUE(s.session.checked);
  ASSERT_TRUE(s.session.user);
  EXPECT_EQ(s.route.screen, state::Screen::Queue) << "staff land at the queue";
  state::forget_user(s);
  EXPECT_TRUE(state::check_session(s).empty()) << "not again after logging out";

  state::AppState visitor;
  rs = state::check_session(visitor);
  state::answer(visitor, rs[0], state::reply(200, {{"user", nullptr}}));
  EXPECT_TRUE(visitor.session.checked);
  EXPECT_FALSE(visitor.session.user);
  EXPECT_EQ(visitor.route.screen, state::Screen::Home);
}

TEST(Shell, TheTopBarSwitchesLanguageNavigatesAndLogsOut) {
  screen_test::Zh zh;
  auto s = screen_test::logged_in();
  state::TopBarIntent lang;
  lang.toggle_language = true;
  EXPECT_TRUE(state::apply(s, lang).empty());
  EXPECT_EQ(s.lang, state::Lang::En);
  state::set_language(state::Lang::Zh);
  state::TopBarIntent go;
  go.go = state::Screen::Inbox;
  state::apply(s, go);
  EXPECT_EQ(s.route.screen, state::Screen::Inbox);
  s.customer.reserve.name = "邾小明";
  state::TopBarIntent out;
  out.logout = true;
  auto rs = state::apply(s, out);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].method, "POST");
  EXPECT_EQ(rs[0].path, "/auth/logout");
  EXPECT_EQ(rs[0].body, json::object());
  EXPECT_FALSE(s.session.user) << "forgotten at once, whatever the server answers";
  EXPECT_TRUE(s.customer.reserve.name.empty());
  EXPECT_EQ(s.route.screen, state::Screen::Home);
}

TEST(Shell, TheKioskStartsOverLoggingOutOnlyWhenSomeoneIsIn) {
  auto s = state::initial_state("", "kiosk");
  s.customer.track.phone = "13703751001";
  EXPECT_TRUE(state::kiosk_start_over(s).empty()) << "nobody logged in: nothing to end";
  EXPECT_TRUE(s.customer.track.phone.empty());
  EXPECT_TRUE(s.kiosk);
  s.session.user = state::User{};
  auto rs = state::kiosk_start_over(s);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].path, "/auth/logout");
  EXPECT_FALSE(s.session.user);
}

}  // namespace
