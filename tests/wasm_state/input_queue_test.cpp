#include "platform/input_queue.h"

#include <gtest/gtest.h>

using platform::FrameInput;
using platform::InputEvent;
using platform::InputQueue;

namespace {
constexpr int kBackspace = 259;
constexpr int kHome = 268;
}  // namespace

TEST(InputQueue, AClickWithinOneFrameSpansTwoFrames) {
  InputQueue q;
  q.push(InputEvent::move(10, 20));
  q.push(InputEvent::mouse(0, true));
  q.push(InputEvent::mouse(0, false));
  FrameInput f1 = q.take_frame();
  EXPECT_TRUE(f1.mouse_valid);
  EXPECT_EQ(f1.mouse_x, 10);
  EXPECT_TRUE(f1.mouse_down[0]);
  FrameInput f2 = q.take_frame();
  EXPECT_FALSE(f2.mouse_down[0]);
  EXPECT_EQ(f2.mouse_x, 10);  // position persists
  EXPECT_TRUE(q.empty());
}

TEST(InputQueue, AMoveAfterAPressWaitsForTheNextFrame) {
  InputQueue q;
  q.push(InputEvent::move(1, 1));
  q.push(InputEvent::mouse(0, true));
  q.push(InputEvent::move(50, 50));
  FrameInput f1 = q.take_frame();
  EXPECT_EQ(f1.mouse_x, 1);
  FrameInput f2 = q.take_frame();
  EXPECT_EQ(f2.mouse_x, 50);
  EXPECT_TRUE(f2.mouse_down[0]);
}

TEST(InputQueue, TextThenBackspaceThenTextKeepsOrder) {
  InputQueue q;
  q.push(InputEvent::chars("a"));
  q.push(InputEvent::chars("b"));
  q.push(InputEvent::key_event(kBackspace, true));
  q.push(InputEvent::key_event(kBackspace, false));
  q.push(InputEvent::chars("c"));
  FrameInput f1 = q.take_frame();
  EXPECT_EQ(f1.text, "ab");
  EXPECT_TRUE(f1.keys.empty());
  FrameInput f2 = q.take_frame();
  EXPECT_EQ(f2.text, "");
  ASSERT_EQ(f2.keys.size(), 1u);
  EXPECT_EQ(f2.keys[0], std::make_pair(kBackspace, true));
  FrameInput f3 = q.take_frame();  // release, then the text may follow in the same frame
  ASSERT_EQ(f3.keys.size(), 1u);
  EXPECT_EQ(f3.keys[0], std::make_pair(kBackspace, false));
  EXPECT_EQ(f3.text, "c");
  EXPECT_TRUE(q.empty());
}

TEST(InputQueue, DifferentKeysMayShareAFrameButARepeatedKeyMayNot) {
  InputQueue q;
  q.push(InputEvent::key_event(kHome, true, platform::kModShift));
  q.push(InputEvent::key_event(kBackspace, true));
  q.push(InputEvent::key_event(kHome, false));
  FrameInput f1 = q.take_frame();
  EXPECT_EQ(f1.keys.size(), 2u);
  FrameInput f2 = q.take_frame();
  EXPECT_EQ(f2.keys.size(), 1u);
}

TEST(InputQueue, WheelAccumulatesAndLeaveInvalidatesThePointer) {
  InputQueue q;
  q.push(InputEvent::move(5, 5));
  q.push(InputEvent::wheel(0, -1));
  q.push(InputEvent::wheel(0, -2));
  q.push(InputEvent::leave());
  FrameInput f = q.take_frame();
  EXPECT_FLOAT_EQ(f.wheel_y, -3);
  EXPECT_FALSE(f.mouse_valid);
  EXPECT_FLOAT_EQ(q.take_frame().wheel_y, 0);  // wheel is per frame
}

TEST(InputQueue, ModifiersFollowTheLastKeyOrButton) {
  InputQueue q;
  q.push(InputEvent::key_event('A', true, platform::kModCtrl));
  EXPECT_EQ(q.take_frame().mods, platform::kModCtrl);
  q.push(InputEvent::key_event('A', false, 0));
  EXPECT_EQ(q.take_frame().mods, 0);
}

TEST(InputQueue, ReleaseAllLetsGoOfHeldButtons) {
  InputQueue q;
  q.push(InputEvent::mouse(0, true));
  q.take_frame();
  q.release_all();
  FrameInput f;
  while (!q.empty()) f = q.take_frame();
  EXPECT_FALSE(f.mouse_down[0]);
}
