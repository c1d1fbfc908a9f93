// "My applications" and its claim panel (issues 4 and 15) through apply(): the list loads on each
// visit and on news; hall applications are accepted or claimed, then the list loads again.
#include <gtest/gtest.h>

#include "gp/dto/examples.h"
#include "screen_test_util.h"

using nlohmann::json;
using screen_test::error_body;
using screen_test::logged_in;
using screen_test::Zh;

namespace {

// GET /applications as the server writes it: the shared example page (gp/dto/examples.h).
const json kList = gp::dto::example_application_page();

TEST(MyAppsScreen, AVisitLoadsTheListAndNewsOfAListedOneLoadsItAgain) {
  Zh zh;
  auto s = logged_in();
  state::MyAppsIntent in;
  in.entered = true;
  auto rs = state::apply(s, in);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].method, "GET");
  EXPECT_EQ(rs[0].path, "/applications?sort=newest&page_size=100");
  EXPECT_TRUE(state::apply(s, state::MyAppsIntent{}).empty()) << "nothing new: nothing asked";
  state::answer(s, rs[0], state::reply(200, kList));
  ASSERT_EQ(s.customer.my.rows.size(), 2u);
  EXPECT_EQ(s.customer.my.rows[0].number, "ZX-20261130-0053");
  EXPECT_EQ(s.customer.my.total, 2);
  EXPECT_TRUE(s.customer.my.loaded);
  s.inbox.touched.push_back("ZX-20261130-0053");  // the long poll brought news of it
  rs = state::apply(s, state::MyAppsIntent{});
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_TRUE(s.inbox.touched.empty());
  s.inbox.touched.push_back("ZX-20261201-0001");  // news of one not listed yet
  EXPECT_TRUE(state::apply(s, state::MyAppsIntent{}).empty()) << "one load at a time: the one in flight brings it";
  EXPECT_TRUE(s.inbox.touched.empty());
  state::answer(s, rs[0], state::reply(500, error_body("internal", "", "服务器内部错误")));
  EXPECT_EQ(s.customer.my.error, "服务器内部错误");
  state::MyAppsIntent refresh;
  refresh.refresh = true;
  EXPECT_EQ(state::apply(s, refresh).size(), 1u);
}

TEST(MyAppsScreen, AListOfAnotherShapeIsShownAsABadReplyNotAsEmptyRows) {
  Zh zh;
  auto s = logged_in();
  state::MyAppsIntent in;
  in.entered = true;
  auto rs = state::apply(s, in);
  ASSERT_EQ(rs.size(), 1u);
  json body = gp::dto::example_application_page();
  body["items"][1].erase("status");
  state::answer(s, rs[0], state::reply(200, body));
  EXPECT_FALSE(s.customer.my.loaded);
  EXPECT_NE(s.customer.my.error.find("items[1].status"), std::string::npos) << s.customer.my.error;
}

TEST(MyAppsScreen, RowsOpenTheirDetailAndApplyOpensTheWizard) {
  auto s = logged_in();
  state::MyAppsIntent open;
  open.open = "ZX-20261130-0053";
  state::apply(s, open);
  EXPECT_EQ(s.route.screen, state::Screen::Detail);
  EXPECT_EQ(s.route.param, "ZX-20261130-0053");
  state::MyAppsIntent apply;
  apply.apply = true;
  state::apply(s, apply);
  EXPECT_EQ(s.route.screen, state::Screen::Apply);
}

TEST(ClaimPanel, PendingHallApplicationsLoadWithTheScreenAndAnAcceptedOneJoins) {
  Zh zh;
  auto s = logged_in();
  state::ClaimIntent in;
  in.entered = true;
  auto rs = state::apply(s, in);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].path, "/applications/pending");
  state::answer(s, rs[0], state::reply(200, json::parse(R"({"pending":[{"number":"ZX-1","business":"new_connection","name_at_hall":"赵","taken_at":"t"}]})")));
  ASSERT_EQ(s.customer.my.claim.pending.size(), 1u);
  state::ClaimIntent accept;
  accept.accept = "ZX-1";
  rs = state::apply(s, accept);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].method, "POST");
  EXPECT_EQ(rs[0].path, "/applications/pending/ZX-1/accept");
  EXPECT_EQ(rs[0].body, json::object());
  EXPECT_TRUE(state::apply(s, accept).empty()) << "one accept at a time";
  state::answer(s, rs[0], state::reply(200, {{"number", "ZX-1"}}));
  EXPECT_EQ(s.customer.my.claim.done, "ZX-1");
  EXPECT_EQ(s.inbox.touched, (std::vector<std::string>{"ZX-1"})) << "My applications loads again";
}

TEST(ClaimPanel, TheCodeGoesToTheAccountsOwnPhoneAndARefusalStaysBesideItsField) {
  Zh zh;
  auto s = logged_in();
  state::ClaimIntent code;
  code.send_code = true;
  code.now = 100;
  auto rs = state::apply(s, code);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].path, "/auth/sms-code");
  EXPECT_EQ(rs[0].body, (json{{"phone", "13703751000"}, {"purpose", "claim"}}));
  EXPECT_TRUE(s.customer.my.claim.code_busy);
  state::answer(s, rs[0], state::reply(200, json::object()));
  EXPECT_TRUE(s.customer.my.claim.code_sent);
  EXPECT_GT(state::claim_resend_wait(s.customer.my.claim, 101), 0);
  code.now = 101;
  EXPECT_TRUE(state::apply(s, code).empty()) << "a new code only after the wait";

  state::ClaimIntent submit;
  submit.submit = true;
  EXPECT_TRUE(state::apply(s, submit).empty()) << "checked first";
  s.customer.my.claim.claim_code = "AB2C-D3EF";
  s.customer.my.claim.sms_code = "123456";
  rs = state::apply(s, submit);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].path, "/applications/claim");
  EXPECT_EQ(rs[0].body, (json{{"claim_code", "AB2C-D3EF"}, {"sms_code", "123456"}}));
  state::answer(s, rs[0], state::reply(422, error_body("invalid", "sms_code", "验证码不正确")));
  EXPECT_EQ(s.customer.my.claim.errors["sms_code"], "验证码不正确");
  EXPECT_FALSE(s.customer.my.claim.busy);
  EXPECT_TRUE(s.inbox.touched.empty());
}

}  // namespace
