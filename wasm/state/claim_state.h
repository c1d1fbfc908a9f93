// Linking hall applications to the online account (issue 15): a claim form (the claim code printed
// on the hall receipt + an SMS code to the account's own number) and the hall applications taken
// for the account's number that wait for the owner's accept. Shown on "My applications".
#pragma once
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

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
  long long pending_request = 0;
  std::string accepting;  // number being accepted
};

// Validation before sending (`final`: empty fields are errors). True when the form may be sent.
bool check_claim(ClaimState& s, bool final, bool en);
nlohmann::json claim_body(const ClaimState& s);
int claim_resend_wait(const ClaimState& s, double now_seconds);
std::vector<PendingApp> parse_pending(const nlohmann::json& reply);
// After a successful claim or accept: the form is cleared, `done` says which application joined.
void claim_linked(ClaimState& s, const std::string& number);

}  // namespace state
