// The staff's work queue (issue 5) through its apply(): the pages a visit asks for, the manager
// filter's choices, search after a pause, refresh on news, opening an application.
#include <gtest/gtest.h>

#include "gp/dto/lists.h"
#include "state/app_state.h"
#include "state/request.h"
#include "state/strings.h"

using nlohmann::json;

namespace {

state::AppState staff(const std::string& role) {
  state::AppState s;
  state::User u;
  u.id = 5;
  u.role = role;
  s.session.user = u;
  s.session.checked = true;
  state::go(s, state::Screen::Queue);
  return s;
}

// A page of GET /applications as the server writes it (the shared DTO, gp/dto/lists.h).
json page(int n, long long total) {
  gp::dto::ApplicationPageDto p;
  for (int i = 0; i < n; ++i) {
    gp::dto::ApplicationRowDto row;
    row.number = "ZX-" + std::to_string(i);
    row.status = "in_progress";
    row.level = "normal";
    row.stage = gp::dto::CodeName{"connect", "装表送电", "Meter"};
    p.items.push_back(row);
  }
  p.total = total;
  p.page_size = 100;
  return p;
}

const state::Request* find(const state::Requests& rs, const std::string& path_start) {
  for (const auto& r : rs)
    if (r.path.rfind(path_start, 0) == 0) return &r;
  return nullptr;
}

TEST(QueueScreen, AVisitAsksForTheFirstPageThenThePagesInView) {
  auto s = staff("customer_manager");
  state::QueueIntent in;
  in.entered = true;
  auto rs = state::apply(s, in);
  ASSERT_EQ(rs.size(), 1u);  // a manager sees their own queue: no manager filter to load
  EXPECT_EQ(rs[0].method, "GET");
  EXPECT_EQ(rs[0].path, "/applications?sort=urgency&status=open&page=1&page_size=100");
  EXPECT_TRUE(state::apply(s, state::QueueIntent{}).empty());  // in flight: not asked twice
  state::answer(s, rs[0], state::reply(200, page(100, 250)));
  EXPECT_EQ(s.staff.queue.total, 250);
  EXPECT_EQ(state::queue_row(s.staff.queue, 0)->number, "ZX-0");
  state::QueueIntent scroll;
  scroll.first = 180;
  scroll.last = 210;
  auto more = state::apply(s, scroll);
  ASSERT_EQ(more.size(), 2u);
  EXPECT_EQ(more[0].path, "/applications?sort=urgency&status=open&page=2&page_size=100");
  EXPECT_EQ(more[1].path, "/applications?sort=urgency&status=open&page=3&page_size=100");
}

TEST(QueueScreen, AFailedPageShowsTheServersMessage) {
  auto s = staff("customer_manager");
  auto rs = state::apply(s, state::QueueIntent{});
  ASSERT_EQ(rs.size(), 1u);
  state::answer(s, rs[0], state::reply(500, {{"error", {{"code", "internal"}, {"message_zh", "服务器内部错误"}, {"message_en", "x"}}}}));
  EXPECT_EQ(s.staff.queue.error, "服务器内部错误");
}

TEST(QueueScreen, APageOfAnotherShapeIsABadReplyAndStaysToBeAskedAgain) {
  state::set_language(state::Lang::Zh);
  auto s = staff("customer_manager");
  auto rs = state::apply(s, state::QueueIntent{});
  ASSERT_EQ(rs.size(), 1u);
  json body = page(3, 3);
  body["items"][2]["escalation"] = "high";
  state::answer(s, rs[0], state::reply(200, body));
  EXPECT_NE(s.staff.queue.error.find("items[2].escalation"), std::string::npos) << s.staff.queue.error;
  EXPECT_EQ(state::queue_row(s.staff.queue, 0), nullptr) << "no half-read rows";
  EXPECT_EQ(state::apply(s, state::QueueIntent{}).size(), 1u) << "the page is asked again";
}

TEST(QueueScreen, SupervisorsLoadTheManagersOnce) {
  auto s = staff("command_center");
  auto rs = state::apply(s, state::QueueIntent{});
  const auto* users = find(rs, "/admin/users");
  ASSERT_TRUE(users);
  EXPECT_EQ(users->method, "GET");
  state::answer(s, *users, state::reply(200, {{"users", {{{"id", 3}, {"name", "王建国"}, {"role", "customer_manager"}},
                                                         {{"id", 4}, {"name", "前台"}, {"role", "front_desk"}}}}}));
  ASSERT_EQ(s.staff.queue.managers.size(), 1u);
  EXPECT_EQ(s.staff.queue.managers[0].name, "王建国");
  EXPECT_FALSE(find(state::apply(s, state::QueueIntent{}), "/admin/users"));
}

TEST(QueueScreen, SearchRunsAfterThePauseWithTheTrimmedText) {
  auto s = staff("customer_manager");
  state::answer(s, state::apply(s, state::QueueIntent{})[0], state::reply(200, page(10, 10)));
  s.staff.queue.search = " 张三 ";
  state::QueueIntent typed;
  typed.search_typed = true;
  typed.now = 10.0;
  EXPECT_TRUE(state::apply(s, typed).empty());  // not yet: the user is typing
  state::QueueIntent later;
  later.now = 10.0 + state::kSearchDelay + 0.01;
  auto rs = state::apply(s, later);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].path, "/applications?sort=urgency&status=open&q=%E5%BC%A0%E4%B8%89&page=1&page_size=100");
  EXPECT_TRUE(s.staff.queue.scroll_to_top);
}

TEST(QueueScreen, NewsOfAnApplicationRefetchesTheRowsInViewKeepingThemShown) {
  auto s = staff("customer_manager");
  state::answer(s, state::apply(s, state::QueueIntent{})[0], state::reply(200, page(10, 10)));
  s.inbox.touched.push_back("ZX-3");
  auto rs = state::apply(s, state::QueueIntent{});
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].path, "/applications?sort=urgency&status=open&page=1&page_size=100");
  EXPECT_TRUE(s.inbox.touched.empty());
  EXPECT_NE(state::queue_row(s.staff.queue, 0), nullptr);  // still shown meanwhile
}

TEST(QueueScreen, ChangedFiltersStartOverAndARowOpensTheDetail) {
  auto s = staff("customer_manager");
  state::answer(s, state::apply(s, state::QueueIntent{})[0], state::reply(200, page(10, 10)));
  state::QueueIntent f;
  f.filters = s.staff.queue.filters;
  f.filters->level = 1;  // overdue
  auto rs = state::apply(s, f);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].path, "/applications?sort=urgency&status=open&level=overdue&page=1&page_size=100");
  EXPECT_EQ(state::queue_row(s.staff.queue, 0), nullptr);  // rows of other filters are never shown
  state::QueueIntent open;
  open.open = "ZX-20261130-0053";
  state::apply(s, open);
  EXPECT_EQ(s.route.screen, state::Screen::Detail);
  EXPECT_EQ(s.route.param, "ZX-20261130-0053");
}

}  // namespace
