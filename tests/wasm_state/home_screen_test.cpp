// The public home page (issue 2) through apply(): "what applies to me?" evaluated by the shared
// rules, "apply" (login first unless a customer), the quick tracking box handed to Track.
#include <gtest/gtest.h>

#include "screen_test_util.h"

namespace {

TEST(HomeScreen, WhatAppliesIsEvaluatedAsTyped) {
  screen_test::Zh zh;
  state::AppState s;
  s.home.form.capacity_kw = "8";
  state::HomeIntent changed;
  changed.form_changed = true;
  EXPECT_TRUE(state::apply(s, changed).empty()) << "the rules run in the browser: no request";
  EXPECT_TRUE(s.home.outcome_fresh);
  ASSERT_TRUE(s.home.outcome.plan);
}

TEST(HomeScreen, ApplyGoesToTheWizardForACustomerElseToLoginFirst) {
  state::AppState visitor;
  state::HomeIntent apply;
  apply.apply = true;
  state::apply(visitor, apply);
  EXPECT_EQ(visitor.route.screen, state::Screen::Login);
  EXPECT_EQ(visitor.route.param, "apply");
  auto customer = screen_test::logged_in();
  state::apply(customer, apply);
  EXPECT_EQ(customer.route.screen, state::Screen::Apply);
  auto staff = screen_test::logged_in("customer_manager");
  state::apply(staff, apply);
  EXPECT_EQ(staff.route.screen, state::Screen::Login);
  state::HomeIntent reserve;
  reserve.reserve = true;
  state::apply(visitor, reserve);
  EXPECT_EQ(visitor.route.screen, state::Screen::Reserve);
}

TEST(HomeScreen, TheQuickTrackingBoxIsCheckedThenHandedToTrack) {
  screen_test::Zh zh;
  state::AppState s;
  state::HomeIntent track;
  track.track = true;
  state::apply(s, track);
  EXPECT_EQ(s.route.screen, state::Screen::Home);
  EXPECT_FALSE(s.home.track_number_error.empty());
  s.home.track_number = "ZX-20261130-0001";
  s.home.track_phone = "13703751001";
  state::apply(s, track);
  EXPECT_EQ(s.route.screen, state::Screen::Track);
  auto rs = state::track_from_home(s);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].body["number"], "ZX-20261130-0001");
}

}  // namespace
