// The public home page (issue 2): the company's public information in tabs and the
// "what applies to me?" form evaluated by the shared rules as the user types.
#pragma once
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "state/request.h"
#include "state/rules_form.h"

namespace state {

enum class HomeTab { Online, Steps, Documents, Fees, Works, WhatApplies, Contact };
constexpr int kHomeTabCount = 7;

struct HomeState {
  HomeTab tab = HomeTab::Online;
  RulesForm form;           // "what applies to me?"
  RulesOutcome outcome;     // recomputed whenever the form changes
  bool outcome_fresh = false;
  int documents_type = 0;   // customer type shown on the Documents tab
  int steps_business = 0;   // business shown on the Steps tab (index into all_businesses())
  std::string track_number, track_phone;  // the quick "track an application" box
  std::string track_number_error, track_phone_error;
  bool track_requested = false;  // set by the box; the Track screen takes number/phone and clears it
};

struct HomeIntent {
  bool form_changed = false;  // re-evaluate "what applies to me?"
  bool apply = false;         // go to the apply wizard (login first if needed)
  bool reserve = false;
  bool track = false;         // the quick tracking box was submitted
};

// The home page's intent: "what applies to me?" evaluated again by the shared rules (in the
// browser); "apply" goes to the wizard (a customer) or to login first, then the wizard; the quick
// tracking box, when valid, hands its number and phone to the Track screen.
Requests apply(AppState& s, const HomeIntent& in);

// Checks the quick tracking box; true when number and phone look right (errors set otherwise).
bool check_track_box(HomeState& s, bool en);

// Re-evaluates the form (call after any edit; cheap).
void refresh_outcome(HomeState& s, bool en);

// The public catalogue (gp::catalog_json(), computed once in the browser: the same code the
// server's GET /api/v1/catalog runs).
const nlohmann::json& catalog();

}  // namespace state
