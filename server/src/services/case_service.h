// Customer requests and reports (rule M6): submitted online (a logged-in customer, or anyone with a
// mobile number), at the kiosk, or by phone through the command center (staff record them for the
// caller, channel "phone"); the command center assigns complaints, opinions and suggestions to a
// department and a person with the company's handling limit (watched by the SLA job, rules M1, M2);
// the assignee answers, the command center closes (founded or not; a founded ten-prohibitions case
// names the department, team and person responsible), the customer follows it — logged in or by
// number + phone — and rates it.
//
// Reports (举报) never reach the command center: the discipline-inspection role
// (Role::discipline_inspector) alone sees them in full, handles and closes them. To everyone else a
// report is not there (404), except to its own reporter, who sees its status and outcome without
// the text and identity (redacted). Events and notices about a report carry its number and kind only.
#pragma once
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "gp/cases.h"
#include "services/application_service.h"
#include "services/env.h"
#include "store/conn.h"

namespace gp::server {

class CaseService {
 public:
  explicit CaseService(const Env& env) : env_(env) {}

  // `c` empty: an anonymous public submission (the route throttles it). Staff other than the
  // command center may not submit; the command center's submissions are phone calls (channel
  // "phone"). `channel`: "online" or "kiosk" for customers and the public. 201 body: the case.
  nlohmann::json submit(const std::optional<Caller>& c, const std::string& channel, const nlohmann::json& body);
  // Customers: their own; command center/admin: every complaint, opinion and suggestion; the
  // discipline inspector: every report; other staff: those assigned to them.
  nlohmann::json list(const Caller& c, const std::string& kind, const std::string& status, int page, int page_size);
  nlohmann::json get(const Caller& c, const std::string& number);
  // {department, assignee} (the desk of the case's kind).
  nlohmann::json assign(const Caller& c, const std::string& number, const nlohmann::json& body);
  // {answer} (the assignee).
  nlohmann::json answer(const Caller& c, const std::string& number, const nlohmann::json& body);
  // {founded, note?, responsible_department?, responsible_team?, responsible_person?} (the desk).
  nlohmann::json close(const Caller& c, const std::string& number, const nlohmann::json& body);
  // {score 1..5, comment?}: its logged-in customer.
  nlohmann::json rate(const Caller& c, const std::string& number, const nlohmann::json& body);
  // Without login (like POST /track): {number, phone}; one 404 for an unknown number or a wrong phone.
  nlohmann::json lookup(const nlohmann::json& body);
  // {number, phone, score, comment?}.
  nlohmann::json rate_public(const nlohmann::json& body);
  // rule M6: founded ten-prohibitions cases closed in the month (YYYY-MM), traced.
  nlohmann::json prohibitions(const Caller& c, const std::string& month);

  // Inside the caller's write transaction: a case opened by a call-back's mismatch (rule M5):
  // kind complaint, channel "callback"; assigned later by the command center. Returns the number.
  std::string open_from_callback(store::Conn& db, const Caller& c, std::int64_t callback_id, const std::string& category,
                                 const std::string& text, std::optional<std::int64_t> application_id,
                                 std::optional<std::int64_t> customer_id, const std::string& phone, gp::Instant now);

  // The SLA watch (SlaJob::watch): warning, overdue, escalation of assigned cases, each once
  // (sla_marks subject "case:<id>"). The number of marks recorded.
  int sweep(gp::Instant now);

 private:
  Env env_;
};

}  // namespace gp::server
