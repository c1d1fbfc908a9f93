// The zero-document reservation (rule D4) through its apply(): prefilled for a customer, what
// "reserve" sends, a failure keeps what was typed with the message beside its field, "again".
#include <gtest/gtest.h>

#include "state/app_state.h"
#include "state/request.h"

using nlohmann::json;

namespace {

struct Zh {
  Zh() { state::set_language(state::Lang::Zh); }
};

state::AppState customer() {
  state::AppState s;
  state::User u;
  u.id = 7;
  u.role = "customer";
  u.name = "邾小明";
  u.phone = "13703751000";
  s.session.user = u;
  s.session.checked = true;
  return s;
}

TEST(ReserveScreen, D4_ACustomerIsPrefilledOnceAndTheReservationIsSent) {
  Zh zh;
  auto s = customer();
  state::prefill_reserve(s);
  EXPECT_EQ(s.customer.reserve.name, "邾小明");
  EXPECT_EQ(s.customer.reserve.phone, "13703751000");
  s.customer.reserve.name = "邾大明";
  state::prefill_reserve(s);
  EXPECT_EQ(s.customer.reserve.name, "邾大明") << "once only";
  s.customer.reserve.address = "邾县城关镇人民路8号";
  state::ReserveIntent submit;
  submit.submit = true;
  auto rs = state::apply(s, submit);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].method, "POST");
  EXPECT_EQ(rs[0].path, "/reservations");
  EXPECT_EQ(rs[0].body["name"], "邾大明");
  EXPECT_EQ(rs[0].body["phone"], "13703751000");
  EXPECT_EQ(rs[0].body["customer_type"], "lv_residential");
  EXPECT_TRUE(state::apply(s, submit).empty()) << "one at a time";
  state::answer(s, rs[0], state::reply(201, {{"id", 4}, {"reference", "YY-1"}}));
  EXPECT_EQ(s.customer.reserve.result.value("id", 0), 4);
  EXPECT_FALSE(s.customer.reserve.pending.busy());
}

TEST(ReserveScreen, D4_StaffAreNotPrefilled) {
  auto s = customer();
  s.session.user->role = "command_center";
  state::prefill_reserve(s);
  EXPECT_TRUE(s.customer.reserve.name.empty());
}

TEST(ReserveScreen, D4_ARefusalStaysBesideItsFieldAndNothingTypedIsLost) {
  Zh zh;
  state::AppState s;
  state::ReserveIntent submit;
  submit.submit = true;
  EXPECT_TRUE(state::apply(s, submit).empty()) << "checked first";
  EXPECT_TRUE(s.customer.reserve.errors.count("name"));
  s.customer.reserve.name = "邾小明";
  s.customer.reserve.phone = "13703751000";
  s.customer.reserve.address = "人民路8号";
  auto rs = state::apply(s, submit);
  ASSERT_EQ(rs.size(), 1u);
  state::answer(s, rs[0], state::reply(422, {{"error", {{"code", "invalid"}, {"field", "phone"}, {"message_zh", "号码有误"}, {"message_en", "x"}}}}));
  EXPECT_EQ(s.customer.reserve.errors["phone"], "号码有误");
  EXPECT_EQ(s.customer.reserve.address, "人民路8号");
  EXPECT_TRUE(s.customer.reserve.result.is_null());
}

TEST(ReserveScreen, TheKioskKeypadTypesThePhoneAndAgainGoesHome) {
  Zh zh;
  auto s = state::initial_state("", "kiosk");
  state::go(s, state::Screen::Reserve);
  state::ReserveIntent key;
  key.key = '1';
  state::apply(s, key);
  EXPECT_EQ(s.customer.reserve.phone, "1");
  EXPECT_FALSE(s.customer.reserve.errors.count("phone")) << "half typed is no error yet";
  state::ReserveIntent again;
  again.again = true;
  state::apply(s, again);
  EXPECT_TRUE(s.customer.reserve.phone.empty());
  EXPECT_EQ(s.route.screen, state::Screen::Home);
}

}  // namespace
