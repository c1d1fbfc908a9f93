// The browser app: owns the state, draws the current screen each frame and applies what the
// user asked for. Network requests (later) start here from intents; replies come back through
// platform::pump() before the next frame.
#pragma once
#include "state/app_state.h"

class App {
 public:
  App();
  void frame();

 private:
  state::AppState s_;
};
