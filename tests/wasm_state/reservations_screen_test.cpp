// Reservations for staff (issue 5; rule D4) through their apply(): loading on a visit and every
// minute, recording a phone call (errors beside their fields), the panel's actions and the
// conversion that goes on to the new application.
#include <gtest/gtest.h>

#include "gp/dto/desk.h"
#include "screen_test_util.h"

using nlohmann::json;
using screen_test::error;
using screen_test::find;
using screen_test::reservation;

namespace {


json list_body() {
  gp::dto::ReservationListDto l;
  l.items = {reservation("YY-1", "online", "open", "林琳", "2026-11-29T16:00:00+08:00", 3600)};
  l.total = 1;
  return l;
}
const json kList = list_body();

state::AppState loaded(const std::string& role) {
  auto s = screen_test::user_on(role, state::Screen::Reservations);
  state::ReservationsIntent in;
  in.entered = true;
  in.now = 100;
  auto rs = state::apply(s, in);
  const auto* list = find(rs, "GET", "/reservations");
  EXPECT_TRUE(list);
  if (list) state::answer(s, *list, state::reply(200, kList));
  return s;
}

TEST(ReservationsScreen, D4_AVisitLoadsTheListAndReloadsEveryMinute) {
  auto s = screen_test::user_on("customer_manager", state::Screen::Reservations);
  state::ReservationsIntent in;
  in.entered = true;
  in.now = 100;
  auto rs = state::apply(s, in);
  ASSERT_EQ(rs.size(), 1u);  // a customer manager takes reservations himself: no managers to load
  EXPECT_EQ(rs[0].method, "GET");
  EXPECT_EQ(rs[0].path, "/reservations?status=open");
  EXPECT_TRUE(state::apply(s, in).empty());  // in flight: not asked twice
  state::answer(s, rs[0], state::reply(200, kList));
  ASSERT_EQ(s.staff.reservations.items.size(), 1u);
  EXPECT_DOUBLE_EQ(s.staff.reservations.loaded_at, 100);
  state::ReservationsIntent later;
  later.now = 159;
  EXPECT_TRUE(state::apply(s, later).empty());
  later.now = 160;
  EXPECT_EQ(state::apply(s, later).size(), 1u);
}

TEST(ReservationsScreen, AFailedLoadShowsTheServersMessage) {
  auto s = screen_test::user_on("customer_manager", state::Screen::Reservations);
  state::ReservationsIntent in;
  in.entered = true;
  auto rs = state::apply(s, in);
  state::answer(s, rs[0], error(500, "服务器内部错误"));
  EXPECT_EQ(s.staff.reservations.error, "服务器内部错误");
}

TEST(ReservationsScreen, TheCommandCenterLoadsTheManagersToDispatchTo) {
  auto s = screen_test::user_on("command_center", state::Screen::Reservations);
  auto rs = state::apply(s, state::ReservationsIntent{});
  const auto* users = find(rs, "GET", "/admin/users");
  ASSERT_TRUE(users);
  state::answer(s, *users, state::reply(200, {{"users", {{{"id", 3}, {"name", "王建国"}, {"role", "customer_manager"}},
                                                         {{"id", 4}, {"name", "李工"}, {"role", "project_manager"}}}}}));
  ASSERT_EQ(s.staff.reservations.managers.size(), 1u);
  EXPECT_EQ(s.staff.reservations.managers[0].second, "王建国");
  EXPECT_FALSE(find(state::apply(s, state::ReservationsIntent{}), "GET", "/admin/users"));
}

TEST(ReservationsScreen, D4_APhoneCallIsRecordedAndTheListReloaded) {
  auto s = loaded("customer_manager");
  auto& f = s.staff.reservations.phone;
  state::ReservationsIntent submit;
  submit.phone_submit = true;
  submit.today = "2026-11-30";
  EXPECT_TRUE(state::apply(s, submit).empty());  // checked here first
  EXPECT_TRUE(f.errors.count("name"));
  f.name = "马犇";
  f.phone = "13903751002";
  f.address = "邾县城关镇人民路46号";
  f.call_ended = "09:05";
  auto rs = state::apply(s, submit);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].method, "POST");
  EXPECT_EQ(rs[0].path, "/reservations");
  EXPECT_EQ(rs[0].body.at("channel"), "phone");
  EXPECT_EQ(rs[0].body.at("call_ended_at"), "2026-11-30T09:05:00+08:00");
  EXPECT_TRUE(s.staff.reservations.phone.busy);
  state::answer(s, rs[0], error(400, "号码有误", "phone"));
  EXPECT_EQ(s.staff.reservations.phone.errors.at("phone"), "号码有误");  // beside its field
  EXPECT_FALSE(s.staff.reservations.phone.busy);
  rs = state::apply(s, submit);
  auto next = state::answer(s, rs[0], state::reply(201, {{"number", "YY-9"}}));
  EXPECT_NE(s.staff.reservations.notice.find("YY-9"), std::string::npos);
  EXPECT_TRUE(s.staff.reservations.phone.name.empty());
  EXPECT_FALSE(s.staff.reservations.show_phone_form);
  ASSERT_EQ(next.size(), 1u);
  EXPECT_EQ(next[0].path, "/reservations?status=open");
}

TEST(ReservationsScreen, D4_ContactingFromThePanel) {
  auto s = loaded("customer_manager");
  state::ReservationsIntent open;
  open.open = std::make_pair(std::string("YY-1"), state::ResvAction::Contact);
  EXPECT_TRUE(state::apply(s, open).empty());
  ASSERT_TRUE(s.staff.reservations.panel);
  EXPECT_TRUE(s.staff.reservations.scroll_to_top);
  s.staff.reservations.panel->note = "已电话联系";
  state::ReservationsIntent submit;
  submit.panel_submit = true;
  auto rs = state::apply(s, submit);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].method, "POST");
  EXPECT_EQ(rs[0].path, "/reservations/YY-1/actions");
  EXPECT_EQ(rs[0].body.at("action"), "contact");
  state::answer(s, rs[0], error(409, "已处理", ""));
  EXPECT_EQ(s.staff.reservations.panel->errors.at("form"), "已处理");
  rs = state::apply(s, submit);
  auto next = state::answer(s, rs[0], state::reply(200, json::object()));
  EXPECT_FALSE(s.staff.reservations.panel);
  EXPECT_NE(s.staff.reservations.notice.find("YY-1"), std::string::npos);
  EXPECT_EQ(next.size(), 1u);  // the list again
}

TEST(ReservationsScreen, D4_ConvertedAtTheSiteSurveyGoesOnToTheApplication) {
  auto s = loaded("customer_manager");
  state::ReservationsIntent open;
  open.open = std::make_pair(std::string("YY-1"), state::ResvAction::Convert);
  state::apply(s, open);
  state::ReservationsIntent submit;
  submit.panel_submit = true;
  auto rs = state::apply(s, submit);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].body.at("action"), "convert");
  auto next = state::answer(s, rs[0], state::reply(200, {{"application", {{"number", "ZX-20261130-0099"}}}}));
  EXPECT_TRUE(next.empty());
  EXPECT_EQ(s.route.screen, state::Screen::Detail);
  EXPECT_EQ(s.route.param, "ZX-20261130-0099");
}

TEST(ReservationsScreen, AListOfAnotherShapeIsABadReply) {
  screen_test::Zh zh;
  auto s = screen_test::user_on("customer_manager", state::Screen::Reservations);
  state::ReservationsIntent in;
  in.entered = true;
  auto rs = state::apply(s, in);
  ASSERT_EQ(rs.size(), 1u);
  json body = kList;
  body["items"][0]["remaining_seconds"] = "soon";
  state::answer(s, rs[0], state::reply(200, body));
  EXPECT_FALSE(s.staff.reservations.loaded);
  EXPECT_NE(s.staff.reservations.error.find("items[0].remaining_seconds"), std::string::npos) << s.staff.reservations.error;
}

TEST(ReservationsScreen, D4_TheConversionIsAnnouncedOnTheApplicationItOpens) {
  auto s = loaded("customer_manager");
  state::ReservationsIntent open;
  open.open = std::make_pair(std::string("YY-1"), state::ResvAction::Convert);
  state::apply(s, open);
  state::ReservationsIntent submit;
  submit.panel_submit = true;
  auto rs = state::apply(s, submit);
  ASSERT_EQ(rs.size(), 1u);
  state::answer(s, rs[0], state::reply(200, {{"application", {{"number", "ZX-20261130-0099"}}}}));
  ASSERT_EQ(s.route.screen, state::Screen::Detail);
  EXPECT_EQ(s.flash, "预约 YY-1 已转为申请 ZX-20261130-0099。") << "the navigation does not swallow its own announcement";
  EXPECT_FALSE(s.flash_error);
}

}  // namespace
