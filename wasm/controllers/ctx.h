// The glue between screens, state and the server: each screen has a controller that draws it
// (ui/screens/), applies the intent to its state (state/), and turns intents into requests. Replies
// come back at the start of a later frame (platform::pump) and are applied to the state.
#pragma once
#include <functional>
#include <string>

#include <nlohmann/json.hpp>

#include "net/api_client.h"
#include "state/app_state.h"

namespace app {

// Lives as long as the app (callbacks keep pointers to it).
struct Ctx {
  state::AppState& s;
  net::ApiClient& api;
  double now = 0;  // platform::now_seconds() of this frame
};

using Done = std::function<void(const net::ApiReply&)>;

// Requests with the app's connection handling: a transport failure marks the connection lost
// (the shell shows it); GETs are retried with a growing delay until they get an answer; any
// answer marks the connection good again; a 401 while logged in forgets the session and goes to
// the login screen. `done` still sees every final reply.
void get(Ctx& c, const std::string& path, Done done);
void post(Ctx& c, const std::string& path, const nlohmann::json& body, Done done);
void put(Ctx& c, const std::string& path, const nlohmann::json& body, Done done);
void del(Ctx& c, const std::string& path, Done done);

// The message of a failed reply for the user (server message, or "connection lost").
std::string error_message(const net::ApiReply& r);

// Runs GET retries that are due (called once per frame by the shell).
void run_retries(Ctx& c);

}  // namespace app
