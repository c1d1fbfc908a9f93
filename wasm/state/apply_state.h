// The apply wizard (issue 4): business and customer type -> only the questions that matter
// (state::RulesForm, evaluated by shared/ rules as the user types, so the plan shown is the one the
// server will apply) -> address, contact, optional intended meter location (rule S3), optional
// preferred customer manager (rule M3) -> documents picked on the device, missing ones allowed
// (rules D3, D4) -> confirm -> the application number, what happens next and by when; the picked
// files are uploaded with progress once the application exists.
#pragma once
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "state/request.h"
#include "state/rules_form.h"
#include "state/upload_state.h"

namespace state {

enum class ApplyStep { Case = 0, Details, Documents, Confirm, Done };
constexpr int kApplySteps = 4;  // shown as 1..4; Done is the result

struct ApplyState {
  ApplyStep step = ApplyStep::Case;
  bool started = false;               // the form was taken over from the home page
  RulesForm form;
  RulesOutcome outcome;
  bool outcome_fresh = false;
  std::string address, contact_name, contact_phone;
  long long manager_id = 0;           // preferred customer manager (0: assigned by load)
  std::string manager_name;
  std::vector<UploadSlot> docs;       // the plan's documents
  std::map<std::string, std::string> errors;  // details fields; "form" for the rest
  Pending pending;                    // POST /applications in flight
  nlohmann::json result;              // the created application (null before)
  int uploading = -1;                 // index of the document being sent
  bool send_docs = false;             // the picked documents are to be sent now (created, or "retry"):
                                      // uploads are the platform's (controllers/apply.cpp)
  bool plan_details = false;          // the whole plan with its rules shown, not just the summary
  nlohmann::json home_facts;          // the home page's case when last taken over
  bool locating = false;              // waiting for the device's position
  std::string locate_note;            // what came of "use my location"
};

// The first visit: carries the home page's "what applies to me?" form over (issue 4: the home
// page's "apply for this" keeps the case) and the logged-in customer's name and phone as contact.
void start_apply(ApplyState& s, const RulesForm& from_home, const std::string& name, const std::string& phone);
// On coming back to the wizard: a case the home page's "what applies to me?" changed since (its
// "apply for this") replaces the wizard's, unless the application was already sent. True if taken.
bool take_home_case(ApplyState& s, const RulesForm& home);
// After the case changed: the plan again (shared/ rules), document slots to match.
void refresh_apply_plan(ApplyState& s);

bool check_details(ApplyState& s, bool final);
// The device's position as the intended meter location (rule S3), 6 decimals (~0.1 m); or why
// there is none (error: 1 denied, 2 unavailable, 3 timeout, 4 unsupported).
void located(ApplyState& s, bool ok, double latitude, double longitude, double accuracy_m, int error);
// Whether "next" may be pressed on the current step (Case: a valid plan; Details: valid fields).
bool can_continue(ApplyState& s);
void step_next(ApplyState& s);
void step_back(ApplyState& s);

// POST /api/v1/applications: the facts, address, contact, channel, preferred manager.
nlohmann::json apply_body(const ApplyState& s, bool kiosk);
// A server error goes beside its field, on the step that has the field (the wizard goes there).
void place_apply_error(ApplyState& s, const std::string& field, const std::string& message);
// The application was created.
void apply_created(ApplyState& s, const nlohmann::json& app);
// Starts over (after "apply for another").
void reset_apply(ApplyState& s);

// "What happens next and by when", from the created application.
std::vector<std::string> next_steps_lines(const nlohmann::json& app);
// Missing documents are allowed (rules D3, D4): the note shown when some slots are empty.
int missing_count(const ApplyState& s);

struct ApplyIntent {
  bool case_changed = false;     // re-evaluate the plan
  bool details_edited = false;
  bool next = false, back = false;
  bool submit = false;
  bool choose_manager = false;   // open the managers' list to choose
  bool clear_manager = false;
  int pick = -1, retry = -1, remove = -1;  // document slot (picking and the file are the platform's)
  bool open_detail = false;      // done: follow the application
  bool again = false;            // done: another application
  bool toggle_plan = false;      // the plan's summary / all of it
  bool locate = false;           // use the device's position as the meter location (the platform's)
};

// Before the wizard is drawn: the manager chosen on the managers screen comes back; the first
// visit starts from the home page's case and the customer's name and phone; a later visit
// (`entered`) takes a case the home page changed since.
void open_apply(AppState& s, bool entered);
// The wizard's intent: the plan follows the case, steps go on only when valid, "submit" posts
// the application (a refusal beside its field, on its step; created: the documents are to be
// sent), a removed document's slot starts empty, "retry" sends a failed one again.
Requests apply(AppState& s, const ApplyIntent& in);

// The wizard takes the manager chosen on the managers screen (ManagersIntent with purpose "apply"),
// if one came back; true when it did.
bool take_chosen_manager(AppState& s);

}  // namespace state
