// The grab pool screen (rule M7) through its apply(): a visit loads the pool (the shared DTO), a
// customer manager grabs and lands on the application's detail with a confirmation, a refused grab
// says why and shows the pool again; others only watch.
#include <gtest/gtest.h>

#include "gp/dto/pool.h"
#include "screen_test_util.h"
#include "state/app_state.h"
#include "state/grab_state.h"
#include "state/strings.h"

using nlohmann::json;

namespace {

// GET /pool as the server writes it: the shared DTO (gp/dto/pool.h).
gp::dto::PoolBody pool_with(const std::string& number) {
  gp::dto::PoolBody p;
  p.items.push_back({number, {"new_connection", "低压居民新装", "LV residential new connection"}, {"lv_residential", "低压居民", "LV residential"},
                     "邾县城关镇解放路12号", "2026-12-08T09:00:00+08:00", "2026-12-08T10:00:00+08:00"});
  p.enabled = true;
  p.window_minutes = 60;
  p.load_cap = 30;
  p.my_open = 4;
  return p;
}

}  // namespace

TEST(GrabScreen, M7_AVisitLoadsThePoolThroughTheSharedDto) {
  auto s = screen_test::user_on("customer_manager", state::Screen::Grab);
  state::GrabIntent in;
  in.entered = true;
  in.now = 100;
  auto rs = state::apply(s, in);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].method, "GET");
  EXPECT_EQ(rs[0].path, "/pool");
  EXPECT_TRUE(state::apply(s, in).empty()) << "one load at a time";
  state::answer(s, rs[0], state::reply(200, json(pool_with("ZX-20261208-0003"))));
  ASSERT_TRUE(s.staff.grab.pool);
  ASSERT_EQ(s.staff.grab.pool->items.size(), 1u);
  EXPECT_EQ(s.staff.grab.pool->items[0].number, "ZX-20261208-0003");
  EXPECT_EQ(s.staff.grab.loaded_at, 100);
  // The settings are shown as the company's, never as the plan's promise.
  EXPECT_NE(state::grab_settings_text(*s.staff.grab.pool).find("公司设定"), std::string::npos);
  // A body of another shape is a clear message, not a crash.
  auto again = state::apply(s, state::GrabIntent{false, true, "", 200});
  ASSERT_EQ(again.size(), 1u);
  state::answer(s, again[0], state::reply(200, json{{"items", 3}}));
  EXPECT_FALSE(s.staff.grab.error.empty());
}

TEST(GrabScreen, M7_AManagerGrabsAndLandsOnTheDetailWithAConfirmation) {
  auto s = screen_test::user_on("customer_manager", state::Screen::Grab);
  state::answer(s, state::apply(s, state::GrabIntent{true, false, "", 1})[0], state::reply(200, json(pool_with("ZX-20261208-0003"))));
  auto rs = state::apply(s, state::GrabIntent{false, false, "ZX-20261208-0003", 2});
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].method, "POST");
  EXPECT_EQ(rs[0].path, "/pool/ZX-20261208-0003/grab");
  EXPECT_EQ(rs[0].body, json::object()) << "who grabs is the session, never a field";
  EXPECT_TRUE(state::apply(s, state::GrabIntent{false, false, "ZX-20261208-0003", 2}).empty()) << "no double grab";
  gp::dto::GrabAnswer ans{"ZX-20261208-0003", {6, "赵晓燕", "13803750106", "customer_manager"}, "M7"};
  state::answer(s, rs[0], state::reply(200, json(ans)));
  EXPECT_EQ(s.route.screen, state::Screen::Detail);
  EXPECT_EQ(s.route.param, "ZX-20261208-0003");
  EXPECT_NE(s.flash.find("ZX-20261208-0003"), std::string::npos) << "the confirmation survives the navigation";
}

TEST(GrabScreen, M7_ARefusedGrabSaysWhyAndReloadsThePool) {
  auto s = screen_test::user_on("customer_manager", state::Screen::Grab);
  state::answer(s, state::apply(s, state::GrabIntent{true, false, "", 1})[0], state::reply(200, json(pool_with("ZX-20261208-0003"))));
  auto rs = state::apply(s, state::GrabIntent{false, false, "ZX-20261208-0003", 2});
  auto next = state::answer(s, rs[0], screen_test::error(409, "已被他人抢到或已指派"));
  EXPECT_EQ(s.staff.grab.grab_error, "已被他人抢到或已指派");
  EXPECT_EQ(s.route.screen, state::Screen::Grab);
  ASSERT_EQ(next.size(), 1u);
  EXPECT_EQ(next[0].path, "/pool") << "the pool is shown as it is now";
}

TEST(GrabScreen, M7_TheCommandCenterWatchesButCannotGrab) {
  auto s = screen_test::user_on("command_center", state::Screen::Grab);
  EXPECT_FALSE(state::can_grab(s));
  auto rs = state::apply(s, state::GrabIntent{false, false, "ZX-20261208-0003", 2});
  EXPECT_TRUE(rs.empty());
}
