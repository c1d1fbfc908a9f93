// Tracking an application without logging in (issue 4; rule P2): number + contact phone, the
// public POST /api/v1/track answer (steps, states, dates; nothing personal). The home page's quick
// box hands its number and phone over; the kiosk types them on its keypad.
#pragma once
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "state/home_state.h"
#include "state/keypad.h"

namespace state {

struct TrackState {
  std::string number, phone;
  std::map<std::string, std::string> errors;  // "number", "phone", "form"
  long long pending = 0;                      // request in flight (0: none)
  nlohmann::json result;                      // the last answer (null: none yet)
  KeypadTarget keypad;                        // kiosk: 0 number, 1 phone
};

// Takes the home page's quick box (HomeState::track_requested) if it was submitted: copies number
// and phone, clears the request and returns true (the screen then looks it up at once).
bool take_home_box(TrackState& s, HomeState& home);

// Validation (current language). While typing only what was typed is checked.
bool check_track(TrackState& s, bool final);

// The body of POST /api/v1/track: {"number", "phone"} (the number upper-cased, spaces removed).
// The phone travels in the body, never in the URL, so it lands in no access log (issue 15).
nlohmann::json track_body(const TrackState& s);

// A new lookup starts: the old answer and messages go.
void start_lookup(TrackState& s, long long request);
// The answer: `ok` with its body, or the error's field and message.
void apply_track_reply(TrackState& s, bool ok, const nlohmann::json& body, const std::string& field, const std::string& message);

}  // namespace state
