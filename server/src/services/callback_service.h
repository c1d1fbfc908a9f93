// Telephone call-backs (电话回访, rule M5): after an application is energized (completed), or after a
// complaint, opinion or suggestion is closed, the command center records whether the customer was
// reached, satisfied, and what they say happened. An answer that contradicts the record (shared/
// gp::callback_mismatches: an extra document, a fee, more than one visit, a limit the record says was
// kept) opens a case at once (kind complaint, the matching ten-prohibitions category, rule M6).
// Back-filled steps (补录) and call-back mismatches are counted per manager per month.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "services/application_service.h"
#include "services/case_service.h"
#include "services/env.h"

namespace gp::server {

class CallbackService {
 public:
  CallbackService(const Env& env, ApplicationService& apps, CaseService& cases) : env_(env), apps_(apps), cases_(cases) {}

  // Command center: {application_number | case_number, reached, satisfied?, said?: {extra_document,
  // visited_more_than_once, asked_to_pay, exceeded_time}, other?}. 201 with the call-back and the
  // cases its mismatches opened.
  nlohmann::json record(const Caller& c, const nlohmann::json& body);
  nlohmann::json list(const Caller& c, int page, int page_size);
  // rule M5: back-filled steps (by who recorded them) and call-back mismatches (by the
  // application's customer manager) in the month YYYY-MM.
  nlohmann::json accountability(const Caller& c, const std::string& month);

 private:
  Env env_;
  ApplicationService& apps_;
  CaseService& cases_;
};

}  // namespace gp::server
