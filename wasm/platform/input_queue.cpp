#include "platform/input_queue.h"

#include <algorithm>

namespace platform {

FrameInput InputQueue::take_frame() {
  FrameInput f;
  f.mouse_valid = state_.mouse_valid;
  f.mouse_x = state_.mouse_x;
  f.mouse_y = state_.mouse_y;
  std::copy(std::begin(state_.mouse_down), std::end(state_.mouse_down), f.mouse_down);
  f.mods = state_.mods;

  bool button_changed = false;
  bool key_pressed = false;
  while (!q_.empty()) {
    const InputEvent& e = q_.front();
    using T = InputEvent::Type;
    if (e.type == T::MouseMove || e.type == T::MouseLeave) {
      if (button_changed) break;
      f.mouse_valid = e.type == T::MouseMove;
      if (f.mouse_valid) { f.mouse_x = e.x; f.mouse_y = e.y; }
    } else if (e.type == T::MouseButton) {
      if (button_changed) break;
      if (e.button >= 0 && e.button < 3) {
        if (f.mouse_down[e.button] != e.down) button_changed = true;
        f.mouse_down[e.button] = e.down;
      }
      f.mods = e.mods;
    } else if (e.type == T::Wheel) {
      f.wheel_x += e.x;
      f.wheel_y += e.y;
    } else if (e.type == T::Key) {
      const bool seen = std::any_of(f.keys.begin(), f.keys.end(),
                                    [&](const std::pair<int, bool>& k) { return k.first == e.key; });
      if (seen || (e.down && !f.text.empty())) break;
      f.keys.emplace_back(e.key, e.down);
      key_pressed = key_pressed || e.down;
      f.mods = e.mods;
    } else if (e.type == T::Text) {
      if (key_pressed) break;
      f.text += e.text;
    }
    q_.pop_front();
  }

  state_.mouse_valid = f.mouse_valid;
  state_.mouse_x = f.mouse_x;
  state_.mouse_y = f.mouse_y;
  std::copy(std::begin(f.mouse_down), std::end(f.mouse_down), state_.mouse_down);
  state_.mods = f.mods;
  return f;
}

void InputQueue::release_all() {
  // Unconditional: a press may still be queued. Releasing a button that is up changes nothing.
  for (int b = 0; b < 3; ++b) push(InputEvent::mouse(b, false));
}

}  // namespace platform
