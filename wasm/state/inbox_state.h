// Notifications (rule P1: progress pushed to the open app): the inbox, kept fresh by a long poll
// the shell runs while someone is logged in. When an item concerns the application on screen, the
// screen reloads it (the timeline updates without a reload of the page).
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace state {

struct InboxState {
  nlohmann::json items = nlohmann::json::array();  // newest first, as the server sends them
  long long last_id = 0;
  long long unread = 0;
  bool polling = false;        // a long poll is in flight
  bool primed = false;         // the first page has arrived
  std::vector<std::string> touched;  // application numbers mentioned by news since the screens last looked
};

// Merges one reply of GET /api/v1/notifications (newest first); returns true when something new arrived.
bool merge_inbox(InboxState& s, const nlohmann::json& reply);
// Takes (and clears) whether `number` was mentioned by news.
bool take_touched(InboxState& s, const std::string& number);

}  // namespace state
