// One application in detail (rules P1, P2): the timeline of every step with its deadline and
// remaining working days and who holds it, what the customer must do now, the server's
// next_actions as forms, documents still missing (uploadable), the contract, the rating once
// energized, and the event history. Staff open the same screen (with their own panels added).
#pragma once
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "state/action_form.h"
#include "state/request.h"
#include "state/upload_state.h"

namespace state {

struct RatingForm {
  int service = 0, manager = 0;  // 1..5, 0: not chosen
  std::string comment;
  std::map<std::string, std::string> errors;  // service_score, manager_score, comment, form
  Pending pending;  // POST .../rating in flight
};

struct DetailState {
  std::string number;         // the application on screen
  nlohmann::json app;         // the last GET /applications/{n} answer (null: none yet)
  Pending pending;            // GET in flight
  std::string error;          // why it could not be loaded
  bool reload = false;        // fetch again (news arrived, an action was taken)
  std::vector<ActionForm> actions;
  std::vector<UploadSlot> uploads;  // the checklist's documents
  RatingForm rating;
  bool show_events = false;
  std::string notice;         // "已提交" after an action
};

struct DetailIntent {
  bool back = false;
  bool reload = false;
  int toggle_action = -1;  // open/close the form of next_actions[i]
  int submit_action = -1;
  int edited_action = -1;
  int pick = -1, retry = -1;  // document slot (picking and uploading stay with the platform: the controller)
  bool contract = false;      // open the contract
  bool works_contract = false;  // open the works contract (服务契约, rule W2)
  bool choose_manager = false;
  bool rate_edited = false, rate_submit = false;
  bool toggle_events = false;
};

// Before the screen is drawn: the route's application, fetched on each visit (`entered`), when
// new, when news of it came (the inbox's long poll: the timeline moves on in place) or a reload
// was asked (an action, an upload, a staff panel); one GET at a time, a reload asked meanwhile
// waits for the answer in flight.
Requests open_detail(AppState& s, bool entered);
// The screen's intent (the customer's side): next actions as forms (checked, posted, the answer
// the new state; a refusal beside its field, values kept), the rating, the way to the contracts
// and the managers list.
Requests apply(AppState& s, const DetailIntent& in);

// Shows `number`: a different application starts from nothing; the same one keeps its state.
// Returns true when it must be fetched.
bool open_detail(DetailState& s, const std::string& number);
// A fresh answer: forms and upload slots follow it, typed values kept.
void detail_loaded(DetailState& s, const nlohmann::json& app);

struct TodoItem {
  std::string key;   // information | plan_confirmation | design | rectification | customer_works | documents | contract | rate | none | finished
  std::string text;  // current language
};
// What the customer must do now, most urgent first; "none" (with who is working on it) when nothing.
std::vector<TodoItem> customer_todo(const nlohmann::json& app);

bool can_rate(const nlohmann::json& app);
bool check_rating(RatingForm& f, bool final);
nlohmann::json rating_body(const RatingForm& f);
void place_rating_error(RatingForm& f, const std::string& field, const std::string& message);

// The customer manager on the application (name, phone) for "who to call".
std::string manager_line(const nlohmann::json& app);

}  // namespace state
