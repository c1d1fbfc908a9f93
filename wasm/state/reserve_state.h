// The zero-document reservation (rule D4): name, phone, address and the kind of customer; no
// documents, no login needed (online and at the kiosk). The command center contacts the customer
// within 18 hours; the documents are collected at the site survey.
#pragma once
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "state/keypad.h"
#include "state/request.h"

namespace state {

struct ReserveState {
  std::string name, phone, address, note;
  int customer_type = 0;  // index into gp::all_customer_types()
  int business = 0;       // index into gp::all_businesses()
  std::map<std::string, std::string> errors;  // field -> message; "form"
  Pending pending;        // POST /reservations in flight
  nlohmann::json result;  // the reservation made (null: none yet)
  KeypadTarget keypad;    // kiosk: the phone field takes the keypad
  bool prefilled = false; // name and phone taken from the logged-in customer once
};

struct ReserveIntent {
  bool edited = false;
  bool submit = false;
  bool again = false;     // make another (or, at the kiosk, start over)
  int keypad_field = -1;  // kiosk: 0 phone
  char key = 0;
};

// Before the screen is drawn: a logged-in customer's name and phone fill the form once.
void prefill_reserve(AppState& s);
// The screen's intent: typing checks what was typed, the kiosk keypad types the phone, "reserve"
// checks everything and sends POST /reservations (a failure keeps what was typed, the message
// beside its field), "again" starts over (the kiosk goes home).
Requests apply(AppState& s, const ReserveIntent& in);

bool check_reserve(ReserveState& s, bool final);
nlohmann::json reserve_body(const ReserveState& s);
void place_reserve_error(ReserveState& s, const std::string& field, const std::string& message);
// Fills name and phone from the logged-in customer, once, where still empty.
void prefill_reserve(ReserveState& s, const std::string& name, const std::string& phone);

}  // namespace state
