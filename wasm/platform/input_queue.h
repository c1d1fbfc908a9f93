// Browser input events, queued and handed to ImGui one digestible slice per frame.
// Why: Dear ImGui 1.86 samples input state once per frame (io.MouseDown[], io.KeysDown[]), so a
// press and release arriving between two frames (a fast tap, Playwright's keyboard.press, a
// Backspace between two typed characters) would be lost or reordered. ImGui 1.87 later added its
// own event queue that "trickles" events the same way; this is that idea for 1.86.
// Pure C++: tested natively (tests/wasm_state).
#pragma once
#include <deque>
#include <string>
#include <utility>
#include <vector>

namespace platform {

enum Mod : int { kModCtrl = 1, kModShift = 2, kModAlt = 4, kModSuper = 8 };

struct InputEvent {
  enum class Type { MouseMove, MouseLeave, MouseButton, Wheel, Key, Text };
  Type type = Type::MouseMove;
  float x = 0, y = 0;  // MouseMove: position in CSS pixels; Wheel: horizontal/vertical steps
  int button = 0;      // MouseButton: 0 left, 1 right, 2 middle
  bool down = false;   // MouseButton, Key
  int key = 0;         // Key: index into io.KeysDown[] (GLFW key codes, as imgui_impl_glfw maps them)
  int mods = 0;        // Key, MouseButton: Mod bits at the time of the event
  std::string text;    // Text: committed UTF-8 text

  static InputEvent move(float x, float y) { InputEvent e; e.type = Type::MouseMove; e.x = x; e.y = y; return e; }
  static InputEvent leave() { InputEvent e; e.type = Type::MouseLeave; return e; }
  static InputEvent mouse(int button, bool down, int mods = 0) {
    InputEvent e; e.type = Type::MouseButton; e.button = button; e.down = down; e.mods = mods; return e;
  }
  static InputEvent wheel(float dx, float dy) { InputEvent e; e.type = Type::Wheel; e.x = dx; e.y = dy; return e; }
  static InputEvent key_event(int key, bool down, int mods = 0) {
    InputEvent e; e.type = Type::Key; e.key = key; e.down = down; e.mods = mods; return e;
  }
  static InputEvent chars(std::string utf8) { InputEvent e; e.type = Type::Text; e.text = std::move(utf8); return e; }
};

// What ImGui should see in one frame.
struct FrameInput {
  bool mouse_valid = false;  // false: pointer outside the canvas (ImGui's -FLT_MAX position)
  float mouse_x = 0, mouse_y = 0;
  bool mouse_down[3] = {false, false, false};
  float wheel_x = 0, wheel_y = 0;
  std::vector<std::pair<int, bool>> keys;  // (key, down) transitions, at most one per key
  std::string text;                        // characters typed this frame, in order
  int mods = 0;
};

class InputQueue {
 public:
  void push(InputEvent e) { q_.push_back(std::move(e)); }
  bool empty() const { return q_.empty(); }
  std::size_t pending() const { return q_.size(); }

  // Consumes the longest prefix of the queue that one ImGui 1.86 frame can take without losing
  // or reordering anything, and returns the resulting input state. Rules (stop before an event):
  //  - a second mouse-button change, or a move after a button change (a click lands where it was);
  //  - a second change of the same key;
  //  - a key press after text, or text after a key press (InputText handles typed characters before
  //    keys within a frame, so "ab<Backspace>c" must span frames to come out as "ac").
  FrameInput take_frame();

  // Releases every held button (e.g. the window lost focus mid-drag).
  void release_all();

 private:
  std::deque<InputEvent> q_;
  FrameInput state_;  // persistent part: position, buttons, mods
};

}  // namespace platform
