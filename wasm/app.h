// The browser app: owns the state and the API client, and each frame draws the shell (top bar,
// status lines) and the current screen through its controller (controllers/).
#pragma once
#include "controllers/ctx.h"
#include "net/api_client.h"
#include "state/app_state.h"

class App {
 public:
  App();
  void frame();

 private:
  state::AppState s_;
  net::ApiClient api_;
  app::Ctx ctx_{s_, api_};
};
