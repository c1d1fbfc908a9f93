// Tracking an application without logging in (issue 4; rule P2): number + contact phone, the
// public POST /api/v1/track answer (steps, states, dates; nothing personal). The home page's quick
// box hands its number and phone over; the kiosk types them on its keypad.
#pragma once
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "state/home_state.h"
#include "state/keypad.h"
#include "state/request.h"

namespace state {

struct TrackState {
  std::string number, phone;
  std::map<std::string, std::string> errors;  // "number", "phone", "form"
  Pending pending;                            // POST /track in flight
  nlohmann::json result;                      // the last answer (null: none yet)
  KeypadTarget keypad;                        // kiosk: 0 number, 1 phone
};

struct TrackIntent {
  bool edited = false;
  bool submit = false;
  int keypad_field = -1;  // kiosk: the field tapped (0 number, 1 phone)
  char key = 0;           // kiosk: the key pressed
};

// Before the screen is drawn: the home page's quick box, if it was submitted, is taken and looked
// up at once (take_home_box).
Requests track_from_home(AppState& s);
// The screen's intent: typing checks what was typed, the kiosk keypad types (a complete number
// moves on to the phone), "track" checks everything and sends POST /track.
Requests apply(AppState& s, const TrackIntent& in);

// Takes the home page's quick box (HomeState::track_requested) if it was submitted: copies number
// and phone, clears the request and returns true (the screen then looks it up at once).
bool take_home_box(TrackState& s, HomeState& home);

// Validation (current language). While typing only what was typed is checked.
bool check_track(TrackState& s, bool final);

// The body of POST /api/v1/track: {"number", "phone"} (the number upper-cased, spaces removed).
// The phone travels in the body, never in the URL, so it lands in no access log (issue 15).
nlohmann::json track_body(const TrackState& s);

// A new lookup starts: the old answer and messages go.
void start_lookup(TrackState& s);
// The answer: `ok` with its body, or the error's field and message.
void apply_track_reply(TrackState& s, bool ok, const nlohmann::json& body, const std::string& field, const std::string& message);

}  // namespace state
