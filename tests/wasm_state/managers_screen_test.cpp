// The managers screen (rule M3) through its apply(): what a visit asks of the server, what the
// answers do to the state, and how a chosen manager returns to the wizard (issue 16's screen shape:
// draw → intent → apply → request → reply → apply).
#include <gtest/gtest.h>

#include "gp/dto/managers.h"
#include "state/app_state.h"
#include "state/request.h"

using nlohmann::json;

namespace {

state::AppState customer_on(const std::string& purpose) {
  state::AppState s;
  state::User u;
  u.id = 7;
  u.role = "customer";
  s.session.user = u;
  s.session.checked = true;
  state::go(s, state::Screen::Apply);
  state::go(s, state::Screen::Managers, purpose);
  return s;
}

// GET /managers as the server writes it: the shared DTO (gp/dto/managers.h).
const json kList = gp::dto::ManagersBody{{{3, "赵晓燕", "13803750106", "客户经理", "Customer manager", 4, 1.5, 4.5, 2, 1}}, "M3"};

TEST(ManagersScreen, M3_AVisitLoadsTheListAndAnOlderAnswerIsIgnored) {
  auto s = customer_on("");
  state::ManagersIntent in;
  in.entered = true;
  auto first = state::apply(s, in);
  ASSERT_EQ(first.size(), 1u);
  EXPECT_EQ(first[0].method, "GET");
  EXPECT_EQ(first[0].path, "/managers");
  EXPECT_TRUE(s.customer.managers.load.busy());
  // Entering again while the first is in flight asks nothing more.
  EXPECT_TRUE(state::apply(s, in).empty());
  s.customer.managers.load.cancel();  // left the screen: a later visit starts afresh
  auto second = state::apply(s, in);
  ASSERT_EQ(second.size(), 1u);
  state::answer(s, first[0], state::reply(200, kList));  // the superseded answer changes nothing
  EXPECT_FALSE(s.customer.managers.loaded);
  state::answer(s, second[0], state::reply(200, kList));
  EXPECT_TRUE(s.customer.managers.loaded);
  ASSERT_EQ(s.customer.managers.rows.size(), 1u);
  EXPECT_EQ(s.customer.managers.rows[0].name, "赵晓燕");
  EXPECT_FALSE(s.customer.managers.load.busy());
}

TEST(ManagersScreen, M3_AFailedLoadShowsTheServersMessage) {
  auto s = customer_on("");
  state::ManagersIntent in;
  in.entered = true;
  auto rs = state::apply(s, in);
  ASSERT_EQ(rs.size(), 1u);
  state::answer(s, rs[0], state::reply(500, {{"error", {{"code", "internal"}, {"message_zh", "服务器内部错误"}, {"message_en", "Internal error"}}}}));
  EXPECT_EQ(s.customer.managers.error, "服务器内部错误");
}

TEST(ManagersScreen, M3_ChosenForTheWizardReturnsToItWithoutARequest) {
  auto s = customer_on("apply");
  state::answer(s, state::apply(s, state::ManagersIntent{true, -1, 0, false})[0], state::reply(200, kList));
  state::ManagersIntent choose;
  choose.choose = 3;
  EXPECT_TRUE(state::apply(s, choose).empty());
  EXPECT_EQ(s.route.screen, state::Screen::Apply);
  EXPECT_EQ(s.customer.apply.manager_id, 0);  // the managers screen never writes the wizard's state
  ASSERT_TRUE(state::take_chosen_manager(s));
  EXPECT_EQ(s.customer.apply.manager_id, 3);
  EXPECT_EQ(s.customer.apply.manager_name, "赵晓燕");
  EXPECT_FALSE(state::take_chosen_manager(s));
}

TEST(ManagersScreen, M3_ChosenForAnApplicationPostsAndGoesBack) {
  auto s = customer_on("ZX-20261130-0053");
  state::answer(s, state::apply(s, state::ManagersIntent{true, -1, 0, false})[0], state::reply(200, kList));
  state::ManagersIntent choose;
  choose.choose = 3;
  auto rs = state::apply(s, choose);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].method, "POST");
  EXPECT_EQ(rs[0].path, "/applications/ZX-20261130-0053/manager");
  EXPECT_EQ(rs[0].body, (json{{"customer_manager", 3}}));
  EXPECT_TRUE(s.customer.managers.choose.busy());
  state::answer(s, rs[0], state::reply(409, {{"error", {{"code", "conflict"}, {"message_zh", "已完成的申请不能更换客户经理"}, {"message_en", "x"}}}}));
  EXPECT_EQ(s.customer.managers.choose_error, "已完成的申请不能更换客户经理");
  EXPECT_EQ(s.route.screen, state::Screen::Managers);
}

TEST(ManagersScreen, M3_AnAnswerOfAnotherShapeIsNamedNotShownAsZeros) {
  auto s = customer_on("");
  auto rs = state::apply(s, state::ManagersIntent{true, -1, 0, false});
  json changed = kList;
  changed["managers"][0].erase("handled");
  state::answer(s, rs[0], state::reply(200, changed));
  EXPECT_FALSE(s.customer.managers.loaded);
  EXPECT_NE(s.customer.managers.error.find("managers[0].handled"), std::string::npos) << s.customer.managers.error;
}

TEST(ManagersScreen, M3_StaffSeeTheListButCannotChoose) {
  auto s = customer_on("apply");
  s.session.user->role = "customer_manager";
  state::ManagersIntent choose;
  choose.choose = 3;
  EXPECT_FALSE(state::managers_view(s).can_choose);
  EXPECT_TRUE(state::apply(s, choose).empty());
  EXPECT_FALSE(s.chosen_manager.has_value());
}

}  // namespace
