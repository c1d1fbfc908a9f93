// Service-hall intake (issue 5; rules D2, D3, D4) through its apply(): checks as staff type,
// accepting the application on the customer's behalf (errors beside their fields), a
// zero-document reservation instead, the next customer.
#include <gtest/gtest.h>

#include "screen_test_util.h"

using nlohmann::json;
using screen_test::error;

namespace {

state::AppState at_counter() {
  auto s = screen_test::user_on("customer_manager", state::Screen::Intake);
  auto& x = s.staff.intake;
  x.form.customer_type = gp::CustomerType::lv_non_residential;
  state::intake_refresh(x, false);
  return s;
}

state::IntakeIntent submit() {
  state::IntakeIntent in;
  in.submit = true;
  in.today = "2026-11-30";
  return in;
}

TEST(IntakeScreen, D3_NothingIsPostedUntilTheCustomerIsComplete) {
  auto s = at_counter();
  EXPECT_TRUE(state::apply(s, submit()).empty());
  EXPECT_TRUE(s.staff.intake.errors.count("customer.phone"));
  EXPECT_FALSE(s.staff.intake.busy);
}

TEST(IntakeScreen, D3_AcceptedWithGapsThenTheDocumentsBroughtToUpload) {
  auto s = at_counter();
  auto& x = s.staff.intake;
  x.phone = "13912345678";
  x.name = "张三";
  x.address = "邾县城关镇人民路1号";
  x.brought = {"subject_proof"};
  auto rs = state::apply(s, submit());
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].method, "POST");
  EXPECT_EQ(rs[0].path, "/applications");
  EXPECT_EQ(rs[0].body.at("customer"), json::parse(R"({"phone": "13912345678", "name": "张三"})"));
  EXPECT_FALSE(rs[0].body.contains("channel"));  // the server records service_hall for staff
  EXPECT_TRUE(state::apply(s, submit()).empty());  // busy: not twice
  state::answer(s, rs[0], error(409, "该号码属于工作人员账号", "customer.phone"));
  EXPECT_EQ(x.errors.at("customer.phone"), "该号码属于工作人员账号");  // beside its field
  EXPECT_FALSE(x.busy);
  rs = state::apply(s, submit());
  state::answer(s, rs[0], state::reply(201, json::parse(R"({"number": "ZX-20261130-0050", "plan": {"documents": [
      {"code": "subject_proof", "name_zh": "主体资格证明"}, {"code": "property_proof", "name_zh": "产权证明"}]}})")));
  EXPECT_EQ(x.created, "ZX-20261130-0050");
  EXPECT_EQ(x.created_decision, "accept_with_gaps");
  ASSERT_EQ(x.uploads.size(), 1u);
  state::IntakeIntent open;
  open.open = x.created;
  state::apply(s, open);
  EXPECT_EQ(s.route.screen, state::Screen::Detail);
  EXPECT_EQ(s.route.param, "ZX-20261130-0050");
}

TEST(IntakeScreen, D4_AZeroDocumentReservationInstead) {
  auto s = at_counter();
  auto& x = s.staff.intake;
  x.phone = "13912345678";
  x.name = "张三";
  x.address = "邾县城关镇人民路1号";
  state::IntakeIntent reserve;
  reserve.reserve = true;
  reserve.today = "2026-11-30";
  auto rs = state::apply(s, reserve);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].method, "POST");
  EXPECT_EQ(rs[0].path, "/reservations");
  EXPECT_EQ(rs[0].body.at("customer_type"), "lv_non_residential");
  state::answer(s, rs[0], error(503, "稍后再试"));
  EXPECT_EQ(x.errors.at("form"), "稍后再试");
  rs = state::apply(s, reserve);
  state::answer(s, rs[0], state::reply(201, {{"number", "YY-20261130-0007"}}));
  EXPECT_EQ(x.reservation, "YY-20261130-0007");
  state::IntakeIntent next;
  next.next_customer = true;
  state::apply(s, next);
  EXPECT_TRUE(x.reservation.empty());
  EXPECT_TRUE(x.phone.empty());
  EXPECT_TRUE(x.evaluated);
}

}  // namespace
