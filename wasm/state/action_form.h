// A form for one of the server's next_actions (GET /api/v1/applications/{n}: "next_actions":
// [{action, label_zh, label_en, fields: [{name, type, required, options, label_zh, label_en,
// max_length, min, max}]}]), built from its field descriptors alone: no screen knows the
// workflow's actions. Used by the customer's detail screen and the staff's screens alike.
// Pure C++ (ui/action_form.h draws it).
//
//   std::vector<state::ActionForm> forms;
//   state::sync_actions(forms, app["next_actions"]);          // after every load; keeps typed values
//   auto in = ui::draw_action_form("detail.action.0", forms[0], clock);
//   if (in.submit && state::check_action(forms[0], true))
//     post("/applications/" + n + "/actions", state::action_body(forms[0]), ...);
//   // on an error reply: state::place_action_error(forms[0], err.field, message)
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "gp/dto/next_action.h"

namespace state {

struct ActionOption {
  std::string value, label_zh, label_en;
};

struct ActionField {
  // The descriptor.
  std::string name;
  std::string type;  // string | text | number | date | datetime | bool | enum | document
  std::string label_zh, label_en;
  bool required = false;
  std::size_t max_length = 500;  // string, text: characters
  double min = -1e15, max = 1e15;  // number
  std::vector<ActionOption> options;  // enum, document
  // What the user entered.
  std::string text;   // string, text, number, date ("2026-12-01"), datetime ("2026-12-01 09:30")
  bool flag = false;  // bool
  int choice = -1;    // enum, document: index into options (-1: none yet)
  std::string error;  // shown under the field
};

struct ActionForm {
  std::string action, label_zh, label_en;
  std::vector<ActionField> fields;
  std::string error;     // a message not about one field
  bool open = false;     // expanded on screen
  bool busy = false;     // sent, waiting for the answer
  long long pending = 0; // request id of that answer (customer_common.h)
};

// One form from one next_actions entry (the shared DTO, gp/dto/next_action.h). A spec that does
// not decode gives a form with no fields and the decoding error in `error`.
ActionForm form_of(const gp::dto::NextActionDto& spec);
ActionForm parse_action(const nlohmann::json& spec);

// Makes `forms` match the server's current next_actions: new actions are added, gone ones
// removed, the order is the server's; what was typed into actions and fields that still exist is
// kept (a reload after news must not wipe a half-filled form), and so are open and busy.
void sync_actions(std::vector<ActionForm>& forms, const nlohmann::json& next_actions);

// Checks the values (messages in the current language). While typing (`final` false) empty
// fields are not errors yet; on submit they are, if required. True when no field has an error
// (after a final check: the form may be sent).
bool check_action(ActionForm& f, bool final);

// {"action": "...", "fields": {...}}: empty optional fields left out, numbers as numbers, dates
// as "YYYY-MM-DD", date-times as "YYYY-MM-DDTHH:MM:SS+08:00", enums as the option's value.
nlohmann::json action_body(const ActionForm& f);

// Puts a server error beside its field ("fields.<name>" or "<name>"), else on the form.
void place_action_error(ActionForm& f, const std::string& field, const std::string& message);

// Clears what was typed (after the action succeeded).
void reset_values(ActionForm& f);

// The label of a form, a field, an option in the current language.
std::string action_label(const ActionForm& f);
std::string field_label(const ActionField& f);
std::string option_label(const ActionOption& o);

// "2026-12-01 09:30" (or "2026-12-01T09:30", with seconds, with an offset) -> an ISO date-time
// with offset; China Standard Time when none is given. "" when it is no valid time.
std::string datetime_value(const std::string& typed);

}  // namespace state
