// Cost consultation (造价咨询, rule P4): a customer — or a 10 kV prospect with only a business
// licence (rule R2) — describes the load and gets shared/'s first estimate at once (company
// settings); a customer manager or the command center answers with the recommended applied
// capacity, the standard equipment and a cost reference within the company's answer limit, which
// the command center watches (sweep(), registered with SlaJob::watch); the customer rates the answer.
#pragma once
#include <nlohmann/json.hpp>

#include "services/application_service.h"
#include "services/env.h"

namespace gp::server {

class CostConsultationService {
 public:
  explicit CostConsultationService(const Env& env) : env_(env) {}

  // Customers only: the body of gp::parse_cost_request. 201.
  nlohmann::json create(const Caller& c, const nlohmann::json& body);
  // Staff who answer (customer_manager, command_center): all, filtered; customers: their own.
  struct Filter {
    std::string status, use, area;
    int page = 1, page_size = 20;
  };
  nlohmann::json list(const Caller& c, const Filter& f);
  // Its customer or staff who answer; a stranger gets 404.
  nlohmann::json get(const Caller& c, std::int64_t id);
  // Staff who answer: gp::parse_cost_answer's body; once (409 after). The customer is notified.
  nlohmann::json answer(const Caller& c, std::int64_t id, const nlohmann::json& body);
  // Its customer: gp::parse_cost_rating's body, after the answer, once.
  nlohmann::json rate(const Caller& c, std::int64_t id, const nlohmann::json& body);

  // The answer limit's watch (rule M1/M2 applied to P4's company-set limit): records the warning,
  // overdue and escalations of every open consultation exactly once (sla_marks, subject
  // "cost:<id>"), appends each as an event and notifies the command center (leadership at
  // level 3). Returns the marks recorded.
  int sweep(gp::Instant now);

 private:
  Env env_;  // database, clock, calendar, configuration, notifier (services/env.h)
};

}  // namespace gp::server
