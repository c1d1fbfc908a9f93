// The kiosk's setup screen (issue 15) through apply(): a stored token is checked once, a typed
// one is taken only when well formed and then checked; the server's verdict decides the screen.
#include <gtest/gtest.h>

#include "gp/dto/answers.h"
#include "screen_test_util.h"

using nlohmann::json;

namespace {

TEST(KioskSetupScreen, AStoredTokenIsCheckedOnce) {
  screen_test::Zh zh;
  auto s = state::initial_state("", "kiosk");
  EXPECT_TRUE(state::check_kiosk_device(s).empty()) << "no token: nothing to check";
  s.device.token = std::string(64, 'a');
  auto rs = state::check_kiosk_device(s);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].method, "GET");
  EXPECT_EQ(rs[0].path, "/kiosk/device");
  EXPECT_TRUE(state::check_kiosk_device(s).empty()) << "in flight";
  state::answer(s, rs[0], state::reply(200, json(gp::dto::KioskFlagDto{false})));
  EXPECT_TRUE(state::needs_setup(s.device)) << "revoked: the setup screen";
  EXPECT_EQ(s.device.error, state::tr("kiosk.setup_refused"));
  EXPECT_TRUE(state::check_kiosk_device(s).empty()) << "checked: not asked again";
}

TEST(KioskSetupScreen, ATypedTokenIsTakenWhenWellFormedAndChecked) {
  screen_test::Zh zh;
  auto s = state::initial_state("", "kiosk");
  s.device.typed = "not a token";
  state::KioskSetupIntent save;
  save.save = true;
  EXPECT_TRUE(state::apply(s, save).empty());
  EXPECT_FALSE(s.device.error.empty());
  state::KioskSetupIntent edited;
  edited.edited = true;
  state::apply(s, edited);
  EXPECT_TRUE(s.device.error.empty());
  s.device.typed = std::string(64, 'B');
  auto rs = state::apply(s, save);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].path, "/kiosk/device");
  EXPECT_EQ(s.device.token, std::string(64, 'b'));
  EXPECT_TRUE(s.device.typed.empty()) << "the token leaves the field's memory";
  EXPECT_TRUE(state::apply(s, save).empty()) << "one check at a time";
  state::answer(s, rs[0], state::reply(200, {{"kiosk", true}}));
  EXPECT_FALSE(state::needs_setup(s.device));
}

}  // namespace
