// The command center's board (issue 5; rules M1, M2, D4) through its apply(): loading on a visit,
// every minute and on news; the selected application's reassign form; acknowledging, reassigning
// and dispatching, each followed by a fresh board.
#include <gtest/gtest.h>

#include "gp/dto/examples.h"
#include "gp/dto/lists.h"
#include "screen_test_util.h"

using nlohmann::json;
using screen_test::error;
using screen_test::find;

namespace {

// GET /board as the server writes it (the shared DTO, gp/dto/lists.h): an overdue application
// risen to the command center and a reservation waiting for its dispatch (rule D4).
json board_body() {
  gp::dto::BoardDto b;
  b.now = "2026-11-30T10:00:00+08:00";
  gp::dto::BoardItemDto app;
  app.kind = "application";
  app.number = "A2";
  app.status = "in_progress";
  app.level = "overdue";
  app.escalation = 2;
  app.age_working_days = 3;
  app.remaining_working_days = -1;
  app.stage = gp::dto::CodeName{"connect", "装表送电", "Meter"};
  app.customer_manager = gp::dto::NameRefDto{2, "李秀兰"};
  gp::dto::BoardItemDto res;
  res.kind = "reservation";
  res.number = "R1";
  res.status = "open";
  res.channel = "phone";
  res.level = "warning";
  res.escalation = 1;
  res.age_working_days = 0.01;
  res.remaining_seconds = 200;
  res.stage = gp::dto::CodeName{"reservation_dispatch", "预约待派单", "To dispatch"};
  b.items = {app, res};
  b.counts.total = 2;
  b.counts.by_level = {{"normal", 0}, {"warning", 1}, {"overdue", 1}};
  b.counts.by_kind = {{"application", 1}, {"reservation", 1}};
  b.counts.by_escalation = {{"0", 0}, {"1", 1}, {"2", 1}, {"3", 0}};
  return b;
}
const json kBoard = board_body();

const json kUsers = {{"users", {{{"id", 3}, {"name", "王建国"}, {"role", "customer_manager"}}, {{"id", 8}, {"name", "周工"}, {"role", "project_manager"}}}}};

// GET /applications/A2 as the server writes it (the shared example, gp/dto/examples.h), held by
// customer manager 2 and project manager 8, offering the reassignment.
json app_body() {
  gp::dto::ApplicationDetail a = gp::dto::example_application();
  a.number = "A2";
  a.customer_manager = gp::dto::PartyDto{2, "李秀兰", std::nullopt, std::nullopt, "customer_manager"};
  a.project_manager = gp::dto::PartyDto{8, "周工", std::nullopt, std::nullopt, "project_manager"};
  gp::dto::FieldDto cm;
  cm.name = "customer_manager";
  cm.type = "enum";
  cm.required = true;
  cm.label_zh = "客户经理";
  cm.label_en = "CM";
  cm.options = {{"1", "王", "W"}, {"2", "李", "L"}};
  a.next_actions = {gp::dto::NextActionDto{"assign_managers", "指派", "Assign", {cm}, std::nullopt, std::nullopt, std::nullopt}};
  return a;
}
const json kApp = app_body();

// On the board, loaded at `now` = 10 s, with the managers in.
state::AppState on_board() {
  auto s = screen_test::user_on("command_center", state::Screen::Board);
  state::BoardIntent in;
  in.entered = true;
  in.now = 10;
  auto rs = state::apply(s, in);
  state::answer(s, *find(rs, "GET", "/admin/users"), state::reply(200, kUsers));
  state::answer(s, *find(rs, "GET", "/board"), state::reply(200, kBoard));
  return s;
}

state::BoardIntent select(const std::string& kind, const std::string& number) {
  state::BoardIntent in;
  in.select = std::make_pair(kind, number);
  in.now = 20;
  return in;
}

TEST(BoardScreen, M1_AVisitLoadsTheBoardAndTheManagersThenEveryMinuteAndOnNews) {
  auto s = screen_test::user_on("command_center", state::Screen::Board);
  state::BoardIntent in;
  in.entered = true;
  in.now = 10;
  auto rs = state::apply(s, in);
  ASSERT_EQ(rs.size(), 2u);
  ASSERT_TRUE(find(rs, "GET", "/admin/users"));
  const auto* board = find(rs, "GET", "/board");
  ASSERT_TRUE(board);
  EXPECT_TRUE(state::apply(s, in).empty());  // in flight; the managers once
  state::answer(s, *find(rs, "GET", "/admin/users"), state::reply(200, kUsers));
  ASSERT_EQ(s.staff.board.managers.size(), 1u);  // customer managers only
  state::answer(s, *board, state::reply(200, kBoard));
  EXPECT_TRUE(s.staff.board.loaded);
  EXPECT_EQ(s.staff.board.items.size(), 2u);
  state::BoardIntent later;
  later.now = 69;
  EXPECT_TRUE(state::apply(s, later).empty());
  later.now = 70;
  EXPECT_EQ(state::apply(s, later).size(), 1u);
  s.staff.board.load.cancel();
  s.inbox.touched.push_back("A2");
  later.now = 71;
  auto news = state::apply(s, later);
  ASSERT_EQ(news.size(), 1u);
  EXPECT_EQ(news[0].path, "/board");
  EXPECT_TRUE(s.inbox.touched.empty());
}

TEST(BoardScreen, AFailedLoadShowsTheServersMessage) {
  auto s = screen_test::user_on("command_center", state::Screen::Board);
  state::BoardIntent in;
  in.entered = true;
  auto rs = state::apply(s, in);
  state::answer(s, *find(rs, "GET", "/board"), error(503, "服务暂不可用"));
  EXPECT_EQ(s.staff.board.error, "服务暂不可用");
}

TEST(BoardScreen, ABoardOfAnotherShapeIsABadReplyAndTheRowsShownStay) {
  screen_test::Zh zh;
  auto s = on_board();
  ASSERT_EQ(s.staff.board.items.size(), 2u);
  state::BoardIntent refresh;
  refresh.refresh = true;
  refresh.now = 20;
  auto rs = state::apply(s, refresh);
  ASSERT_TRUE(find(rs, "GET", "/board"));
  json body = kBoard;
  body["counts"].erase("by_level");
  state::answer(s, *find(rs, "GET", "/board"), state::reply(200, body));
  EXPECT_NE(s.staff.board.error.find("counts.by_level"), std::string::npos) << s.staff.board.error;
  EXPECT_EQ(s.staff.board.items.size(), 2u) << "nothing half-read replaces what is shown";
}

TEST(BoardScreen, SelectingAnApplicationLoadsItsReassignForm) {
  auto s = on_board();
  auto rs = state::apply(s, select("application", "A2"));
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].method, "GET");
  EXPECT_EQ(rs[0].path, "/applications/A2");
  EXPECT_TRUE(s.staff.board.scroll_to_top);
  EXPECT_TRUE(s.staff.board.selected->app_load.busy());
  state::answer(s, rs[0], state::reply(200, kApp));
  ASSERT_EQ(s.staff.board.selected->forms.size(), 1u);
  // Closed before the answer came: the answer finds nobody waiting.
  state::BoardIntent close;
  close.close = true;
  state::apply(s, close);
  rs = state::apply(s, select("application", "A2"));
  state::apply(s, close);
  state::answer(s, rs[0], state::reply(200, kApp));
  EXPECT_FALSE(s.staff.board.selected);
}

TEST(BoardScreen, M2_AcknowledgingNeedsANoteThenReloadsTheBoard) {
  auto s = on_board();
  state::apply(s, select("application", "A2"));
  state::BoardIntent ack;
  ack.acknowledge = true;
  EXPECT_TRUE(state::apply(s, ack).empty());
  EXPECT_FALSE(s.staff.board.selected->note_error.empty());  // the note is required
  s.staff.board.selected->note = "已电话催办";
  auto rs = state::apply(s, ack);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].method, "POST");
  EXPECT_EQ(rs[0].path, "/applications/A2/acknowledge");
  EXPECT_EQ(rs[0].body, (json{{"note", "已电话催办"}}));
  state::answer(s, rs[0], error(403, "已升级到领导"));
  EXPECT_EQ(s.staff.board.selected->note_error, "已升级到领导");
  rs = state::apply(s, ack);
  auto next = state::answer(s, rs[0], state::reply(200, json::object()));
  EXPECT_TRUE(s.staff.board.selected->note.empty());
  EXPECT_FALSE(s.staff.board.selected->notice.empty());
  ASSERT_EQ(next.size(), 1u);
  EXPECT_EQ(next[0].path, "/board");
}

TEST(BoardScreen, ReassigningPostsTheWorkflowActionAndPlacesErrors) {
  auto s = on_board();
  auto rs = state::apply(s, select("application", "A2"));
  state::answer(s, rs[0], state::reply(200, kApp));
  state::BoardIntent submit;
  submit.reassign_submit = 0;
  rs = state::apply(s, submit);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].method, "POST");
  EXPECT_EQ(rs[0].path, "/applications/A2/actions");
  EXPECT_EQ(rs[0].body.at("action"), "assign_managers");
  state::answer(s, rs[0], error(400, "客户经理已停用", "fields.customer_manager"));
  EXPECT_EQ(s.staff.board.selected->forms[0].fields[0].error, "客户经理已停用");  // beside its field
  rs = state::apply(s, submit);
  auto next = state::answer(s, rs[0], state::reply(200, kApp));
  EXPECT_FALSE(s.staff.board.selected->notice.empty());
  EXPECT_EQ(next.size(), 1u);
}

TEST(BoardScreen, D4_DispatchingAReservationToAManager) {
  auto s = on_board();
  EXPECT_TRUE(state::apply(s, select("reservation", "R1")).empty());
  state::BoardIntent dispatch;
  dispatch.dispatch = true;
  EXPECT_TRUE(state::apply(s, dispatch).empty());  // nobody chosen yet
  s.staff.board.selected->dispatch_manager = 0;
  auto rs = state::apply(s, dispatch);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].path, "/reservations/R1/actions");
  EXPECT_EQ(rs[0].body, (json{{"action", "dispatch"}, {"fields", {{"customer_manager", 3}}}}));
  state::answer(s, rs[0], error(409, "已派单"));
  EXPECT_EQ(s.staff.board.selected->dispatch_error, "已派单");
  rs = state::apply(s, dispatch);
  auto next = state::answer(s, rs[0], state::reply(200, json::object()));
  EXPECT_FALSE(s.staff.board.selected);
  EXPECT_NE(s.flash.find("R1"), std::string::npos);
  EXPECT_EQ(next.size(), 1u);
}

TEST(BoardScreen, ARowOpensTheApplication) {
  auto s = on_board();
  state::BoardIntent open;
  open.open = "A2";
  state::apply(s, open);
  EXPECT_EQ(s.route.screen, state::Screen::Detail);
  EXPECT_EQ(s.route.param, "A2");
}

}  // namespace
