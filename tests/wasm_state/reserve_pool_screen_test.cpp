// Reserve projects and consultations (issue 5; rules R1–R3) through their apply(): the pool and
// consultations loaded on a visit, search, one-click conversion (a phone asked only when the record
// has none) going on to the application, the import sent as typed, replies to consultations.
#include <gtest/gtest.h>

#include "gp/dto/reserve.h"
#include "screen_test_util.h"

using nlohmann::json;
using screen_test::error;
using screen_test::find;

namespace {

TEST(ReservePoolScreen, R2_AVisitLoadsThePoolAndForProjectManagersTheConsultations) {
  auto s = screen_test::user_on("project_manager", state::Screen::ReservePool);
  state::PoolIntent in;
  in.entered = true;
  auto rs = state::apply(s, in);
  ASSERT_EQ(rs.size(), 2u);
  const auto* pool = find(rs, "GET", "/reserve");
  const auto* consult = find(rs, "GET", "/consultations");
  ASSERT_TRUE(pool && consult);
  EXPECT_EQ(pool->path, "/reserve?page=1&page_size=20&status=reserve");
  EXPECT_EQ(consult->path, "/consultations?page_size=100&status=open");
  EXPECT_TRUE(state::apply(s, in).empty());  // in flight
  gp::dto::ReservePageDto page;  // GET /reserve as the server writes it (gp/dto/reserve.h)
  gp::dto::ReserveItemDto item;
  item.approval_number = "发改备[2026]12号";
  item.project_name = "光伏园";
  item.status = "reserve";
  page.items = {item};
  page.total = 1;
  state::answer(s, *pool, state::reply(200, page));
  EXPECT_TRUE(s.staff.pool.loaded);
  state::answer(s, *consult, error(500, "服务器内部错误"));
  EXPECT_EQ(s.staff.pool.consult_error, "服务器内部错误");
  auto cm = screen_test::user_on("customer_manager", state::Screen::ReservePool);
  EXPECT_EQ(state::apply(cm, in).size(), 1u);  // customer managers do not answer consultations
}

TEST(ReservePoolScreen, SearchingStartsAtTheFirstPage) {
  auto s = screen_test::user_on("customer_manager", state::Screen::ReservePool);
  s.staff.pool.page = 3;
  s.staff.pool.search_typed = "光伏";
  state::PoolIntent in;
  in.search = true;
  auto rs = state::apply(s, in);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].path, "/reserve?page=1&page_size=20&status=reserve&q=%E5%85%89%E4%BC%8F");
  state::answer(s, rs[0], error(400, "页码有误"));
  EXPECT_EQ(s.staff.pool.error, "页码有误");
}

TEST(ReservePoolScreen, R3_ConvertingAsksForAPhoneOnlyWhenTheRecordHasNoneThenOpensTheApplication) {
  auto s = screen_test::user_on("customer_manager", state::Screen::ReservePool);
  state::PoolIntent in;
  in.convert = "R-12";
  auto rs = state::apply(s, in);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].method, "POST");
  EXPECT_EQ(rs[0].path, "/reserve/R-12/convert");
  EXPECT_EQ(rs[0].body, json::object());  // everything from the record
  EXPECT_TRUE(state::apply(s, in).empty());  // one at a time
  state::answer(s, rs[0], error(400, "缺少客户手机号", "customer.phone"));
  EXPECT_EQ(s.staff.pool.convert_for, "R-12");
  EXPECT_EQ(s.staff.pool.convert_errors.at("customer.phone"), "缺少客户手机号");  // beside the phone asked
  s.staff.pool.convert_phone = "13903751009";
  rs = state::apply(s, in);
  EXPECT_EQ(rs[0].body, (json{{"customer", {{"phone", "13903751009"}}}, {"contact_phone", "13903751009"}}));
  auto next = state::answer(s, rs[0], state::reply(201, {{"application", {{"number", "ZX-20261130-0100"}}}}));
  EXPECT_EQ(s.route.screen, state::Screen::Detail);
  EXPECT_EQ(s.route.param, "ZX-20261130-0100");
  EXPECT_TRUE(s.staff.pool.convert_for.empty());
  ASSERT_EQ(next.size(), 1u);  // the pool again (the record is converted)
  EXPECT_EQ(next[0].method, "GET");
}

TEST(ReservePoolScreen, R3_TheConversionIsAnnouncedOnTheApplicationItOpens) {
  screen_test::Zh zh;
  auto s = screen_test::user_on("customer_manager", state::Screen::ReservePool);
  state::PoolIntent in;
  in.convert = "R-12";
  auto rs = state::apply(s, in);
  ASSERT_EQ(rs.size(), 1u);
  state::answer(s, rs[0], state::reply(201, {{"application", {{"number", "ZX-20261130-0100"}}}}));
  ASSERT_EQ(s.route.screen, state::Screen::Detail);
  EXPECT_EQ(s.flash, "储备项目 R-12 已转为申请 ZX-20261130-0100。") << "the navigation does not swallow its own announcement";
  EXPECT_FALSE(s.flash_error);
}

TEST(ReservePoolScreen, R1_TheImportIsSentAsTypedAndItsProblemsShownByLine) {
  auto s = screen_test::user_on("admin", state::Screen::ReservePool);
  s.staff.pool.import_text = "approval_number,name\nR-1,\n";
  state::PoolIntent in;
  in.import = true;
  auto rs = state::apply(s, in);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].method, "POST");
  EXPECT_EQ(rs[0].path, "/reserve/import");
  EXPECT_EQ(rs[0].text, "approval_number,name\nR-1,\n");
  EXPECT_EQ(rs[0].content_type, "text/csv; charset=utf-8");
  EXPECT_TRUE(state::apply(s, in).empty());  // one import at a time
  state::answer(s, rs[0], state::reply(400, {{"error", {{"code", "invalid"}, {"message_zh", "导入有误"}, {"message_en", "x"}}},
                                             {"errors", {{{"field", "line 2: name"}, {"message_zh", "名称必填"}, {"message_en", "x"}}}}}));
  EXPECT_EQ(s.staff.pool.import_error, "导入有误");
  ASSERT_TRUE(s.staff.pool.problem_lines.count(2));
  s.staff.pool.import_text = R"([{"approval_number": "R-1", "name": "光伏园"}])";
  rs = state::apply(s, in);
  EXPECT_EQ(rs[0].content_type, "application/json");
  auto next = state::answer(s, rs[0], state::reply(200, {{"imported", 1}}));
  EXPECT_TRUE(s.staff.pool.import_text.empty());
  EXPECT_FALSE(s.staff.pool.import_notice.empty());
  ASSERT_EQ(next.size(), 1u);
  EXPECT_EQ(next[0].path, "/reserve?page=1&page_size=20&status=reserve");
}

TEST(ReservePoolScreen, R2_ReplyingToAConsultation) {
  auto s = screen_test::user_on("project_manager", state::Screen::ReservePool);
  state::PoolIntent open;
  open.reply_open = 4;
  EXPECT_TRUE(state::apply(s, open).empty());
  s.staff.pool.reply_text = "10kV城关一线可接入";
  state::PoolIntent send;
  send.reply_send = true;
  auto rs = state::apply(s, send);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].method, "POST");
  EXPECT_EQ(rs[0].path, "/consultations/4/reply");
  EXPECT_EQ(rs[0].body, (json{{"opinion", "10kV城关一线可接入"}}));
  state::answer(s, rs[0], error(409, "已答复"));
  EXPECT_EQ(s.staff.pool.reply_error, "已答复");
  rs = state::apply(s, send);
  auto next = state::answer(s, rs[0], state::reply(200, json::object()));
  EXPECT_EQ(s.staff.pool.replying, 0);
  ASSERT_EQ(next.size(), 1u);
  EXPECT_EQ(next[0].path, "/consultations?page_size=100&status=open");
}

}  // namespace
