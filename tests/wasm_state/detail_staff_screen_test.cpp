// The staff's panels on an application's detail screen (issue 5; rule M2) through their apply():
// handling a warning posts the note and returns "fetch the application again" to the detail
// screen; the panel's toggles; another application starts afresh.
#include <gtest/gtest.h>

#include "screen_test_util.h"

using nlohmann::json;
using screen_test::error;

namespace {

const std::string kNumber = "ZX-20261130-0053";

state::DetailStaffIntent on(const std::string& number) {
  state::DetailStaffIntent in;
  in.number = number;
  return in;
}

TEST(DetailStaffScreen, M2_HandlingAWarningNeedsANoteThenAsksTheDetailToReload) {
  auto s = screen_test::user_on("command_center", state::Screen::Detail, kNumber);
  auto ack = on(kNumber);
  ack.acknowledge = true;
  EXPECT_TRUE(state::apply(s, ack).empty());
  EXPECT_FALSE(s.staff.detail.ack_error.empty());  // the note is required
  auto edited = on(kNumber);
  edited.note_edited = true;
  state::apply(s, edited);
  EXPECT_TRUE(s.staff.detail.ack_error.empty());
  s.staff.detail.ack_note = "已协调施工队";
  auto rs = state::apply(s, ack);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].method, "POST");
  EXPECT_EQ(rs[0].path, "/applications/ZX-20261130-0053/acknowledge");
  EXPECT_EQ(rs[0].body, (json{{"note", "已协调施工队"}}));
  EXPECT_TRUE(state::apply(s, ack).empty());  // in flight
  state::answer(s, rs[0], error(403, "已升级到领导"));
  EXPECT_EQ(s.staff.detail.ack_error, "已升级到领导");
  EXPECT_FALSE(state::take_staff_reload(s));
  rs = state::apply(s, ack);
  state::answer(s, rs[0], state::reply(200, json::object()));
  EXPECT_TRUE(s.staff.detail.ack_note.empty());
  EXPECT_FALSE(s.staff.detail.ack_notice.empty());
  EXPECT_TRUE(state::take_staff_reload(s));   // the detail screen fetches the application again
  EXPECT_FALSE(state::take_staff_reload(s));  // once
}

TEST(DetailStaffScreen, AnotherApplicationStartsAfreshAndIgnoresTheOldAnswer) {
  auto s = screen_test::user_on("command_center", state::Screen::Detail, kNumber);
  state::staff_detail_for(s.staff.detail, kNumber);  // as the controller does before drawing
  s.staff.detail.ack_note = "已处理";
  auto ack = on(kNumber);
  ack.acknowledge = true;
  auto rs = state::apply(s, ack);
  ASSERT_EQ(rs.size(), 1u);
  auto other = on("ZX-20261130-0054");
  other.toggle_trail = true;
  other.view = 12;
  state::apply(s, other);
  EXPECT_EQ(s.staff.detail.number, "ZX-20261130-0054");
  EXPECT_TRUE(s.staff.detail.show_trail);
  EXPECT_EQ(s.staff.detail.viewing, 12);
  state::answer(s, rs[0], state::reply(200, json::object()));
  EXPECT_TRUE(s.staff.detail.ack_notice.empty());
  EXPECT_FALSE(state::take_staff_reload(s));
}

}  // namespace
