// One application in detail, the customer's side (rules P1, P2), through open_detail() and apply():
// loaded on each visit and on news, next actions posted with their values, a refusal beside its
// field, the rating, the way to the contracts and managers.
#include <gtest/gtest.h>

#include "gp/dto/examples.h"
#include "screen_test_util.h"

using nlohmann::json;
using screen_test::error_body;
using screen_test::logged_in;
using screen_test::Zh;

namespace {

// GET /applications/ZX-1 as the server writes it: the shared example (gp/dto/examples.h) in
// progress, nothing to upload, offering to withdraw.
json app_with_withdraw() {
  gp::dto::ApplicationDetail a = gp::dto::example_application();
  a.number = "ZX-1";
  a.status = "in_progress";
  a.completed_at.reset();
  a.rating.reset();
  a.checklist.clear();
  gp::dto::FieldDto reason;
  reason.name = "reason";
  reason.type = "text";
  reason.required = true;
  reason.label_zh = "撤回原因";
  reason.label_en = "Reason";
  reason.max_length = 500;
  a.next_actions = {gp::dto::NextActionDto{"withdraw", "撤回申请", "Withdraw", {reason}, std::nullopt, std::nullopt, std::nullopt}};
  return a;
}

state::AppState on_detail() {
  auto s = logged_in();
  state::go(s, state::Screen::Detail, "ZX-1");
  return s;
}

TEST(DetailScreen, P1_LoadedOnEachVisitAndOnNewsOfIt) {
  Zh zh;
  auto s = on_detail();
  auto rs = state::open_detail(s, true);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].method, "GET");
  EXPECT_EQ(rs[0].path, "/applications/ZX-1");
  s.inbox.touched.push_back("ZX-1");  // news while the answer is in flight
  EXPECT_TRUE(state::open_detail(s, false).empty());
  EXPECT_TRUE(s.customer.detail.reload) << "asked again once the answer is in";
  state::answer(s, rs[0], state::reply(200, app_with_withdraw()));
  ASSERT_EQ(s.customer.detail.actions.size(), 1u);
  rs = state::open_detail(s, false);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_FALSE(s.customer.detail.reload);
  state::answer(s, rs[0], state::reply(404, error_body("not_found", "", "未找到该申请")));
  EXPECT_EQ(s.customer.detail.error, "未找到该申请");
  EXPECT_TRUE(state::open_detail(s, false).empty()) << "an error is not retried by itself";
  state::DetailIntent reload;
  reload.reload = true;
  EXPECT_EQ(state::apply(s, reload).size(), 1u);
  EXPECT_TRUE(s.customer.detail.error.empty());
}

TEST(DetailScreen, P1_AnActionIsPostedWithItsValuesAndARefusalKeepsThem) {
  Zh zh;
  auto s = on_detail();
  state::answer(s, state::open_detail(s, true)[0], state::reply(200, app_with_withdraw()));
  state::DetailIntent toggle;
  toggle.toggle_action = 0;
  state::apply(s, toggle);
  EXPECT_TRUE(s.customer.detail.actions[0].open);
  state::DetailIntent submit;
  submit.submit_action = 0;
  EXPECT_TRUE(state::apply(s, submit).empty()) << "the required reason is missing";
  EXPECT_FALSE(s.customer.detail.actions[0].fields[0].error.empty());
  s.customer.detail.actions[0].fields[0].text = "不需要了";
  auto rs = state::apply(s, submit);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].method, "POST");
  EXPECT_EQ(rs[0].path, "/applications/ZX-1/actions");
  EXPECT_EQ(rs[0].body["action"], "withdraw");
  EXPECT_EQ(rs[0].body["fields"]["reason"], "不需要了");
  EXPECT_TRUE(s.customer.detail.actions[0].busy);
  EXPECT_TRUE(state::apply(s, submit).empty()) << "one at a time";
  state::answer(s, rs[0], state::reply(422, error_body("invalid", "reason", "原因太短")));
  EXPECT_EQ(s.customer.detail.actions[0].fields[0].error, "原因太短");
  EXPECT_EQ(s.customer.detail.actions[0].fields[0].text, "不需要了");
  rs = state::apply(s, submit);
  ASSERT_EQ(rs.size(), 1u);
  json after = app_with_withdraw();
  after["status"] = "withdrawn";
  state::answer(s, rs[0], state::reply(200, after));
  EXPECT_EQ(s.customer.detail.app["status"], "withdrawn");
  EXPECT_EQ(s.customer.detail.notice, state::trf("detail.action_done", {"撤回申请"}));
  EXPECT_FALSE(s.customer.detail.actions[0].open);
}

TEST(DetailScreen, AnApplicationOfAnotherShapeIsABadReplyAndWhatIsShownStays) {
  Zh zh;
  auto s = on_detail();
  state::answer(s, state::open_detail(s, true)[0], state::reply(200, app_with_withdraw()));
  state::DetailIntent reload;
  reload.reload = true;
  auto rs = state::apply(s, reload);
  ASSERT_EQ(rs.size(), 1u);
  json body = app_with_withdraw();
  body["stages"] = "none";
  state::answer(s, rs[0], state::reply(200, body));
  EXPECT_NE(s.customer.detail.error.find("stages"), std::string::npos) << s.customer.detail.error;
  EXPECT_EQ(s.customer.detail.app["number"], "ZX-1") << "the last good answer stays";
  ASSERT_EQ(s.customer.detail.actions.size(), 1u);
}

TEST(DetailScreen, RatingAndTheWayToTheContractsAndManagers) {
  Zh zh;
  auto s = on_detail();
  state::answer(s, state::open_detail(s, true)[0], state::reply(200, app_with_withdraw()));
  state::DetailIntent rate;
  rate.rate_submit = true;
  EXPECT_TRUE(state::apply(s, rate).empty()) << "no score chosen";
  s.customer.detail.rating.service = 5;
  auto rs = state::apply(s, rate);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].path, "/applications/ZX-1/rating");
  EXPECT_EQ(rs[0].body, (json{{"service_score", 5}}));
  state::answer(s, rs[0], state::reply(409, error_body("conflict", "", "已评价过")));
  EXPECT_EQ(s.customer.detail.rating.errors["form"], "已评价过");
  rs = state::apply(s, rate);
  ASSERT_EQ(rs.size(), 1u);
  state::answer(s, rs[0], state::reply(200, app_with_withdraw()));
  EXPECT_EQ(s.customer.detail.notice, state::tr("rate.thanks"));

  state::DetailIntent works;
  works.works_contract = true;
  state::apply(s, works);
  EXPECT_EQ(s.route.screen, state::Screen::WorksContract);
  EXPECT_EQ(s.route.param, "ZX-1");
  state::back(s);
  state::DetailIntent managers;
  managers.choose_manager = true;
  state::apply(s, managers);
  EXPECT_EQ(s.route.screen, state::Screen::Managers);
  EXPECT_EQ(s.route.param, "ZX-1");
}

}  // namespace
