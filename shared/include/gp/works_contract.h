// The works contract (服务契约, rule W2): "供电公司与客户签订服务契约，商定配套电网工程完成时间、双方责任
// 界面并严格执行，配套工程完成时间不得晚于客户工程完成时间". The project manager proposes the agreed
// completion date of the grid-side supporting works; the customer signs the contract online like the
// supply contract (rule P1: deterministic text, its SHA-256 signed, immutable once signed); a
// missed agreed date is a breach (违约).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "gp/calendar.h"
#include "gp/contract.h"
#include "gp/workflow.h"

namespace gp {

// The latest date the W1 limit allows for works started at `start`: `limit_working_days` working
// days after the start's day on the holiday calendar (rule W1, e.g. 10 kV overhead line: 20).
Date works_limit_date(const Calendar& cal, Instant start, int limit_working_days);

// Rule W2: the agreed completion date is valid when it is not before `today`, not after the W1
// limit counted from the works' start, not after the customer's own works completion date, and —
// when the plan has no customer-works step — not after the customer's intended connection date.
// Errors name `field`.
struct WorksDateBounds {
  Instant start = 0;
  int limit_working_days = 0;
  std::optional<Date> customer_completion;   // the customer's own works (start/finish_customer_works)
  bool plan_has_customer_works = false;
  std::optional<Date> intended_connection;   // given at intake
};
Status check_works_agreed_date(const Calendar& cal, const WorksDateBounds& b, const Date& agreed, const Date& today,
                               const std::string& field);

// The customer's intended connection date given at intake (optional; rule W2 bounds the works by it
// when the plan has no customer-works step): a real YYYY-MM-DD, not before `today`, within ten
// years (input sanity, not a policy limit). Errors name `field`.
Result<Date> parse_intended_connection_date(const std::string& iso, const Date& today, const std::string& field);

// Rule W2: the agreed date passed (its day ended, China Standard Time) without the works done —
// or they were done after it.
bool works_breached(const WorksRecord& w, Instant now);

// Rule W2: each side's part (双方责任界面).
struct Duty {
  std::string zh, en;
};
struct WorksDuties {
  std::vector<Duty> company, customer;
};
WorksDuties works_duties(const Plan& plan);

// The contract's text for the works recorded so far (Chinese, then English for reference);
// deterministic, so its hash identifies what the customer signed. `version` = works items covered.
std::string works_contract_text(const Plan& plan, const ContractParties& parties, const std::vector<WorksRecord>& works,
                                const ServiceConfig& cfg);

}  // namespace gp
