// The tracking screen (issue 4; rule P2) through its apply(): the home box's hand-over, what
// "track" sends, errors beside their field, the kiosk keypad.
#include <gtest/gtest.h>

#include "gp/dto/examples.h"
#include "state/app_state.h"
#include "state/request.h"

using nlohmann::json;

namespace {

// POST /track's answer as the server writes it: the shared example (gp/dto/examples.h).
json tracked(const std::string& number) {
  gp::dto::TrackDto t = gp::dto::example_track();
  t.number = number;
  return t;
}

struct Zh {
  Zh() { state::set_language(state::Lang::Zh); }
};

json error_body(const std::string& code, const std::string& field, const std::string& zh) {
  json e = {{"code", code}, {"message_zh", zh}, {"message_en", "x"}};
  if (!field.empty()) e["field"] = field;
  return {{"error", e}};
}

TEST(TrackScreen, P2_TheHomeBoxIsLookedUpAtOnceInABody) {
  Zh zh;
  state::AppState s;
  EXPECT_TRUE(state::track_from_home(s).empty()) << "nothing handed over";
  s.home.track_number = "zx-20261130-0001 ";
  s.home.track_phone = "13703751001";
  s.home.track_requested = true;
  auto rs = state::track_from_home(s);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].method, "POST");
  EXPECT_EQ(rs[0].path, "/track");
  EXPECT_EQ(rs[0].body, (json{{"number", "ZX-20261130-0001"}, {"phone", "13703751001"}}));
  EXPECT_FALSE(s.home.track_requested);
  EXPECT_TRUE(s.customer.track.pending.busy());
  state::answer(s, rs[0], state::reply(200, tracked("ZX-20261130-0001")));
  EXPECT_FALSE(s.customer.track.pending.busy());
  EXPECT_EQ(s.customer.track.result.value("number", ""), "ZX-20261130-0001");
}

TEST(TrackScreen, SubmitChecksFirstAndErrorsLandBesideTheirField) {
  Zh zh;
  state::AppState s;
  state::TrackIntent submit;
  submit.submit = true;
  EXPECT_TRUE(state::apply(s, submit).empty()) << "nothing typed: nothing sent";
  EXPECT_TRUE(s.customer.track.errors.count("number"));
  EXPECT_TRUE(s.customer.track.errors.count("phone"));
  s.customer.track.number = "ZX-20261130-0001";
  s.customer.track.phone = "13703751001";
  auto rs = state::apply(s, submit);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_TRUE(state::apply(s, submit).empty()) << "one lookup at a time";
  state::answer(s, rs[0], state::reply(422, error_body("invalid", "phone", "手机号不正确")));
  EXPECT_EQ(s.customer.track.errors["phone"], "手机号不正确");
  rs = state::apply(s, submit);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_FALSE(s.customer.track.errors.count("phone")) << "checked again before sending";
  state::answer(s, rs[0], state::reply(404, error_body("not_found", "", "未找到与该号码匹配的申请")));
  EXPECT_EQ(s.customer.track.errors["form"], "未找到与该号码匹配的申请");
  EXPECT_TRUE(s.customer.track.result.is_null());
}

TEST(TrackScreen, AnAnswerAfterTheStateWasForgottenChangesNothing) {
  Zh zh;
  state::AppState s;
  s.customer.track.number = "ZX-20261130-0001";
  s.customer.track.phone = "13703751001";
  state::TrackIntent submit;
  submit.submit = true;
  auto rs = state::apply(s, submit);
  ASSERT_EQ(rs.size(), 1u);
  state::forget_user(s);  // the kiosk's idle reset
  state::answer(s, rs[0], state::reply(200, tracked("ZX-20261130-0001")));
  EXPECT_TRUE(s.customer.track.result.is_null());
}

TEST(TrackScreen, TheKioskKeypadTypesAndMovesOnToThePhone) {
  Zh zh;
  state::AppState s;
  state::TrackIntent key;
  for (char ch : std::string("ZX202611300001")) {
    key.key = ch;
    state::apply(s, key);
  }
  EXPECT_EQ(s.customer.track.number, "ZX-20261130-0001");
  EXPECT_EQ(s.customer.track.keypad.field, 1) << "a complete number moves on to the phone";
  key.key = '1';
  state::apply(s, key);
  EXPECT_EQ(s.customer.track.phone, "1");
  EXPECT_FALSE(s.customer.track.errors.count("phone")) << "a phone half typed is no error yet";
  state::TrackIntent tap;
  tap.keypad_field = 0;
  state::apply(s, tap);
  EXPECT_EQ(s.customer.track.keypad.field, 0);
}

}  // namespace
