// Monthly indicators (rule M4): the per-application records gp::compute_indicators needs, extracted
// from the stored applications by replaying their events (rule M5): the company's working days
// with customer-side pauses removed (T6), on time = within the plan's limit, each step's company
// time from its stage SLA, the channel and proactive flag, the customer's rating (P1, M3), cost 0
// (F1). The arithmetic itself is shared/'s, so the JSON, the CSV and the browser agree.
#pragma once
#include <optional>
#include <vector>

#include "gp/indicators.h"
#include "services/application_service.h"
#include "services/env.h"
#include "store/conn.h"

namespace gp::server {

class IndicatorService {
 public:
  IndicatorService(const Env& env, ApplicationService& apps) : env_(env), apps_(apps) {}

  // One record per application submitted up to the end of `to` (CST), at `now`. With
  // `manager_id`, only applications that manager holds (as customer or project manager).
  std::vector<gp::IndicatorRecord> records(store::Conn& db, const gp::Date& to, gp::Instant now,
                                           std::optional<std::int64_t> manager_id = std::nullopt) const;

  // The indicators of [from, to] as `c` may see them: command center and admin the whole
  // company; a customer or project manager their own applications.
  gp::Indicators indicators(const Caller& c, const gp::Date& from, const gp::Date& to,
                            std::optional<gp::CustomerType> customer_type);

 private:
  Env env_;  // database, clock, calendar, configuration, notifier (services/env.h)
  ApplicationService& apps_;
};

}  // namespace gp::server
