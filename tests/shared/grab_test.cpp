// rule M7: work-ticket grabbing (报装工作票抢单). The seed names the practice ("staff may grab open
// work tickets") and no figure: the window and the cap are company settings.
#include <gtest/gtest.h>

#include "gp/grab.h"
#include "gp/service_config.h"

namespace {
gp::GrabAttempt fresh() {
  gp::GrabAttempt a;
  a.customer_manager = true;
  a.in_pool = true;
  a.pooled_at = 1000;
  a.open_applications = 3;
  return a;
}
}  // namespace

TEST(Grab, M7_AnEligibleManagerMayGrabAPooledApplication) {
  gp::GrabPolicy p;
  p.enabled = true;
  p.window_minutes = 60;
  p.load_cap = 4;
  EXPECT_FALSE(gp::grab_refusal(fresh(), p, 1000 + 59 * 60).has_value());
  EXPECT_EQ(gp::pool_closes_at(1000, p), 1000 + 3600);
}

TEST(Grab, M7_EachRefusalHasItsReason) {
  gp::GrabPolicy p;
  p.window_minutes = 60;
  p.load_cap = 4;
  auto a = fresh();
  a.customer_manager = false;
  EXPECT_EQ(gp::grab_refusal(a, p, 1000), gp::GrabRefusal::not_a_customer_manager);
  a = fresh();
  a.disabled = true;
  EXPECT_EQ(gp::grab_refusal(a, p, 1000), gp::GrabRefusal::account_disabled);
  a = fresh();
  a.in_pool = false;
  EXPECT_EQ(gp::grab_refusal(a, p, 1000), gp::GrabRefusal::not_in_pool);
  a = fresh();
  a.in_pool = false;
  a.has_customer_manager = true;  // first claim wins: the second hears "taken", not "absent"
  EXPECT_EQ(gp::grab_refusal(a, p, 1000), gp::GrabRefusal::already_taken);
  a = fresh();
  EXPECT_EQ(gp::grab_refusal(a, p, 1000 + 3600), gp::GrabRefusal::window_closed);
  a.open_applications = 4;
  EXPECT_EQ(gp::grab_refusal(a, p, 1000), gp::GrabRefusal::over_load_cap);
  EXPECT_STREQ(gp::named(gp::GrabRefusal::over_load_cap).zh, "您的在办申请已达上限（公司设定）");
}

TEST(Grab, M7_SettingsAreTheCompanysOffByDefaultAndRoundTrip) {
  const auto& b = gp::ServiceConfig::builtin();
  EXPECT_FALSE(b.grab.enabled) << "the seed promises no pool: off unless the company turns it on";
  auto c = gp::ServiceConfig::from_json(R"({"grab":{"enabled":true,"window_minutes":45,"load_cap":12}})");
  ASSERT_TRUE(c.ok()) << c.error().message_en;
  EXPECT_TRUE(c.value().grab.enabled);
  auto again = gp::ServiceConfig::from_json(c.value().to_json());
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again.value().grab.window_minutes, 45);
  EXPECT_EQ(again.value().grab.load_cap, 12);
  auto bad = gp::ServiceConfig::from_json(R"({"grab":{"window_minutes":-1}})");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field, "grab.window_minutes");
}
