#include "platform/redraw_scheduler.h"

#include <gtest/gtest.h>

using platform::RedrawScheduler;

TEST(RedrawScheduler, IdleUntilSomethingHappensThenSettles) {
  RedrawScheduler s(3);
  EXPECT_FALSE(s.due(0));
  s.request();
  for (int i = 0; i < 3; ++i) {
    EXPECT_TRUE(s.due(1));
    s.rendered(1);
  }
  EXPECT_FALSE(s.due(1));
}

TEST(RedrawScheduler, TimedRequestsWakeOnceAtTheirTime) {
  RedrawScheduler s(3);
  s.request_at(10);
  s.request_at(12);  // later one does not postpone the earlier
  EXPECT_FALSE(s.due(9.9));
  EXPECT_TRUE(s.due(10));
  s.rendered(10);
  EXPECT_TRUE(s.due(10.01));  // one settle frame after a timer frame
  s.rendered(10.01);
  EXPECT_FALSE(s.due(11));
}
