// Service-hall intake on a customer's behalf (rules D2, D3): the customer's phone and name, the
// facts asked as on the home page (shared rules evaluated as staff type), the address, and the
// documents the customer brought. The hall's decision follows rule D3: all documents -> accept
// (两证办结); only the identity/subject proof -> accept anyway, the rest collected at the site
// survey (容缺办理); nothing usable -> guide the customer to a zero-document reservation (D4).
// Once accepted, the documents brought can be uploaded for the customer.
#pragma once
#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "gp/documents.h"
#include "state/request.h"
#include "state/rules_form.h"
#include "state/upload_state.h"

namespace state {

struct IntakeDoc {
  std::string code, name_zh, name_en;
};

struct IntakeState {
  std::string phone, name, id_number;     // the customer
  std::string address;
  std::string contact_name, contact_phone;  // optional: someone else on site
  RulesForm form;
  RulesOutcome outcome;
  bool evaluated = false;
  std::vector<IntakeDoc> documents;       // what the plan needs (rule D5), in order
  std::set<std::string> brought;          // codes ticked as brought to the counter
  std::map<std::string, std::string> errors;  // field -> message ("form" for the rest)
  bool busy = false;
  std::string created;                    // number of the application just accepted
  std::string created_decision;           // "complete" | "accept_with_gaps"
  std::string claim_code;                 // for the receipt: the customer links the application online with it (issue 15)
  bool claim_owner_asked = false;         // the number has an account: its owner was asked to accept
  std::vector<UploadSlot> uploads;        // the documents brought, to upload for the customer
  std::string reservation;                // number of the reservation recorded instead
  std::string notice;
};

// Re-evaluates the facts (after any edit of the form) and refreshes the document list.
void intake_refresh(IntakeState& s, bool en);

// Rule D3 on what was ticked.
gp::HallIntake intake_decision(const IntakeState& s);
const char* intake_decision_key(gp::HallIntake d);  // string table key of the decision's text

// Validation (final: on submit, empty required fields are errors). `today` "YYYY-MM-DD".
bool check_intake(IntakeState& s, bool final, const std::string& today);
// POST /api/v1/applications as staff (the server records channel service_hall).
nlohmann::json intake_body(const IntakeState& s);
// POST /api/v1/reservations (rule D3 -> D4: guided to a zero-document reservation).
nlohmann::json intake_reservation_body(const IntakeState& s);
// The server's error beside its field ("customer.phone" -> the phone field; facts fields -> the form).
void place_intake_error(IntakeState& s, const std::string& field, const std::string& message);
// After the application was accepted: upload slots for the documents brought.
void intake_created(IntakeState& s, const nlohmann::json& app);
// Ready for the next customer.
void intake_reset(IntakeState& s);

// What the user did this frame (ui/screens/intake_screen) plus what only the platform knows.
struct IntakeIntent {
  bool edited = false;         // customer / address fields
  bool facts_changed = false;  // the rules form
  bool docs_changed = false;
  bool submit = false;         // accept the application
  bool reserve = false;        // record a zero-document reservation instead (D3 -> D4)
  int pick = -1, retry = -1;   // upload slots of the accepted application (the controller: files)
  bool upload_all = false;     // the controller uploads one after another
  bool next_customer = false;
  std::string open;            // application number to open
  // Filled by the controller:
  std::string today;           // "YYYY-MM-DD" in China Standard Time (the ID's birth date check)
};

// Checks as staff type; accepts the application on the customer's behalf (rule D3; the server
// records the channel service_hall) or records a zero-document reservation instead (D4).
Requests apply(AppState& s, const IntakeIntent& in);

}  // namespace state
