// Messages (rule P1) through apply(): the shell's long poll, "mark all read", opening a message.
#include <gtest/gtest.h>

#include "gp/dto/answers.h"
#include "gp/dto/desk.h"
#include "screen_test_util.h"

using nlohmann::json;
using screen_test::logged_in;

namespace {

// A message as GET /notifications writes it (the shared DTO, gp/dto/desk.h).
gp::dto::NotificationDto message(std::int64_t id, bool read, std::optional<std::string> number = std::nullopt) {
  return {id, "2026-12-07T09:00:00+08:00", "step_done", "已受理", "Accepted", "您的申请已受理", "Your application was accepted", read, std::move(number)};
}

TEST(InboxScreen, P1_TheLongPollAsksTheLatestThenWaitsForNews) {
  state::AppState nobody;
  EXPECT_TRUE(state::poll_inbox(nobody).empty()) << "nobody logged in: no poll";
  auto s = logged_in();
  auto rs = state::poll_inbox(s);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].method, "GET");
  EXPECT_EQ(rs[0].path, "/notifications?after=0&limit=50");
  EXPECT_TRUE(state::poll_inbox(s).empty()) << "one poll at a time";
  state::answer(s, rs[0], state::reply(200, gp::dto::NotificationPageDto{{message(4, false, "ZX-1")}, 1, 4}));
  EXPECT_TRUE(s.inbox.primed);
  EXPECT_EQ(s.inbox.unread, 1);
  EXPECT_EQ(s.inbox.touched, (std::vector<std::string>{"ZX-1"}));
  rs = state::poll_inbox(s);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].path, "/notifications?after=4&wait=25");
  s.conn.lost = false;
}

TEST(InboxScreen, P1_AnAnswerForAUserSinceLoggedOutIsDropped) {
  auto s = logged_in();
  auto rs = state::poll_inbox(s);
  ASSERT_EQ(rs.size(), 1u);
  state::forget_user(s);
  s = logged_in("customer", 8);  // someone else logged in
  state::answer(s, rs[0], state::reply(200, gp::dto::NotificationPageDto{{message(4, false)}, 1, 4}));
  EXPECT_FALSE(s.inbox.primed);
  s.conn.lost = true;
  EXPECT_TRUE(state::poll_inbox(s).empty()) << "no poll while the connection is lost";
}

TEST(InboxScreen, P1_MarkAllReadAndOpenAMessage) {
  auto s = logged_in();
  state::merge_inbox(s.inbox, gp::dto::NotificationPageDto{{message(2, false), message(1, true)}, 1, 2});
  state::InboxIntent mark;
  mark.mark_all = true;
  auto rs = state::apply(s, mark);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].method, "POST");
  EXPECT_EQ(rs[0].path, "/notifications/read");
  EXPECT_EQ(rs[0].body, (json{{"all", true}}));
  EXPECT_TRUE(s.customer.inbox.mark_pending.busy());
  EXPECT_TRUE(state::apply(s, mark).empty());
  state::answer(s, rs[0], state::reply(200, gp::dto::MarkedDto{1}));
  EXPECT_EQ(s.inbox.unread, 0);
  EXPECT_TRUE(state::unread_ids(s.inbox).empty());
  state::InboxIntent open;
  open.open = "ZX-1";
  state::apply(s, open);
  EXPECT_EQ(s.route.screen, state::Screen::Detail);
  EXPECT_EQ(s.route.param, "ZX-1");
}

}  // namespace
