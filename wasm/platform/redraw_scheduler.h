// When to render. The main loop runs on requestAnimationFrame, but a frame is drawn only when
// something happened (input, resize, network reply, font rebuild, an explicit request), plus a few
// frames after each event so ImGui settles (hover state, windows that size themselves over two
// frames). Idle tabs then cost almost nothing. Pure C++: tested natively.
#pragma once
#include <limits>

namespace platform {

class RedrawScheduler {
 public:
  explicit RedrawScheduler(int settle_frames = 3) : settle_(settle_frames) {}

  // Something changed: draw now and settle.
  void request() { pending_ = settle_; }
  // Draw once at time `t` (seconds, same clock as due()), e.g. a countdown's next tick.
  void request_at(double t) {
    if (t < wake_at_) wake_at_ = t;
  }

  bool due(double now) const { return pending_ > 0 || now >= wake_at_; }

  // A frame was drawn at `now`.
  void rendered(double now) {
    if (pending_ > 0) --pending_;
    if (now >= wake_at_) {
      wake_at_ = kNever;
      if (pending_ == 0) pending_ = 1;  // the timer's frame may change what shows; settle once more
    }
  }

  int pending() const { return pending_; }
  double wake_at() const { return wake_at_; }

 private:
  static constexpr double kNever = std::numeric_limits<double>::infinity();
  int settle_;
  int pending_ = 0;
  double wake_at_ = kNever;
};

}  // namespace platform
