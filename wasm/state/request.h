// What a screen asks of the server, as data: `apply(State&, const Intent&)` returns Requests; the
// runner (controllers/runner.cpp) performs them with the app's connection handling and calls each
// one's `on_reply` with the reply, which may ask for more. Pure: the native state tests call
// apply(), look at the requests (method, path, body) and feed replies built from the shared DTOs.
//
//   state::Requests apply(AppState& s, const ManagersIntent& in) {
//     if (!in.entered) return {};
//     return {state::pending(s, [](AppState& a) -> state::Pending& { return a.customer.managers.load; },
//                            state::get("/managers", [](AppState& st, const net::ApiReply& r) {
//                              ...;  // decode the DTO into st
//                              return state::Requests{};
//                            }))};
//   }
#pragma once
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "net/api_reply.h"

namespace state {

struct AppState;
struct Request;
using Requests = std::vector<Request>;
using OnReply = std::function<Requests(AppState&, const net::ApiReply&)>;

struct Request {
  std::string method;  // GET | POST | PUT | DELETE
  std::string path;    // below /api/v1, e.g. "/managers"
  nlohmann::json body; // null for GET/DELETE
  OnReply on_reply;    // may be empty: nothing to do with the answer
  // A POST of text sent as typed instead of JSON (CSV / JSON imports, so the server's errors name
  // the file's own lines): `content_type` set, `text` the body, `body` unused.
  std::string text;
  std::string content_type;
};

Request get(std::string path, OnReply on_reply);
Request post(std::string path, nlohmann::json body, OnReply on_reply);
Request put(std::string path, nlohmann::json body, OnReply on_reply);
Request del(std::string path, OnReply on_reply);
Request post_text(std::string path, std::string text, std::string content_type, OnReply on_reply);

// The one pending-request pattern: a request whose answer counts only while it is the latest of
// its kind. `slot` (a member of the screen's state) holds the request's id while it is in flight;
// a newer request of the same slot, or clearing the slot (leaving the screen), makes the older
// answer be ignored. The slot is found again through AppState when the answer comes (the state
// may have been rebuilt), so pass where it lives, not a pointer to it.
struct Pending {
  long long id = 0;
  bool busy() const { return id != 0; }
  void cancel() { id = 0; }
};
using PendingSlot = std::function<Pending&(AppState&)>;
Request pending(AppState& s, PendingSlot slot, Request r);

// The failed reply's message for the user: the server's message in the current language (the API
// sends message_zh and message_en), or "connection lost", or the status. And its field ("" if none).
std::string reply_text(const net::ApiReply& r);
std::string reply_field(const net::ApiReply& r);

// Runs `r`'s on_reply as the runner would (tests: "the server answered this").
Requests answer(AppState& s, const Request& r, const net::ApiReply& reply);
// A reply of `status` with a JSON body (tests and retries use it).
net::ApiReply reply(int status, const nlohmann::json& body);

}  // namespace state
