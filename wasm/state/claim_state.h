// Linking hall applications to the online account (issue 15): a claim form (the claim code printed
// on the hall receipt + an SMS code to the account's own number) and the hall applications taken
// for the account's number that wait for the owner's accept. Shown on "My applications".
#pragma once
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "state/request.h"

namespace state {

struct PendingApp {
  std::string number, business, name_at_hall, taken_at;
};

struct ClaimState {
  bool open = false;  // the claim form is unfolded
  std::string claim_code, sms_code;
  std::map<std::string, std::string> errors;  // claim_code | sms_code | form
  bool busy = false, code_busy = false, code_sent = false;
  double code_sent_at = -1e9;
  std::string done;  // number of the application just linked
  std::vector<PendingApp> pending;
  Pending pending_request;  // GET /applications/pending in flight
  std::string accepting;  // number being accepted
};

struct ClaimIntent {
  bool entered = false;  // "My applications" was just entered: the pending ones load afresh
  double now = 0;        // platform::now_seconds() of this frame (the SMS code's resend wait)
  bool edited = false, toggle = false, send_code = false, submit = false;
  std::string accept;  // number of a pending application to accept
};

// The panel's intent: the hall applications waiting for the owner load with the screen; "send
// code" asks an SMS code for the account's own number (then waits before another); "link" sends
// the claim; "accept" accepts a pending one. A linked application is marked touched in the inbox
// so "My applications" loads again.
Requests apply(AppState& s, const ClaimIntent& in);

// Validation before sending (`final`: empty fields are errors). True when the form may be sent.
bool check_claim(ClaimState& s, bool final, bool en);
nlohmann::json claim_body(const ClaimState& s);
int claim_resend_wait(const ClaimState& s, double now_seconds);
std::vector<PendingApp> parse_pending(const nlohmann::json& reply);
// After a successful claim or accept: the form is cleared, `done` says which application joined.
void claim_linked(ClaimState& s, const std::string& number);

}  // namespace state
