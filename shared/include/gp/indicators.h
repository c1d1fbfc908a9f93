// Monthly indicators (rule M4) and the manager figures of the public list (rule M3), computed from
// per-application records the server extracts. Pure arithmetic, so the browser, the server's
// JSON and the CSV export agree to the last digit.
//
// Conventions: an application counts as "received" in the period when submitted in it, as
// "completed" when energized (or its change completed) in it. Durations are the company's
// working days (customer-side time excluded, rule T6). Costs (rule F1) count the applications
// received in the period, with whatever fee was recorded for them. The 90th percentile uses the nearest-rank
// method: the value at rank ceil(0.9·n) of the sorted list.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "gp/codes.h"
#include "gp/date.h"

namespace gp {

struct StageRecord {
  StageCode code = StageCode::application;
  double working_days = 0;  // company time spent in the stage (only finished stages count)
  bool done = false;
};

// One supporting-works item on its own clock (rules W1, T4).
struct WorksFigure {
  double working_days = 0;         // from its start to its completion (or to now)
  int limit_working_days = 0;      // rule W1
  std::optional<Instant> done_at;
  bool on_time = true;             // completed within the W1 limit
};

struct IndicatorRecord {
  std::string number;
  CustomerType customer_type = CustomerType::lv_residential;
  Business business = Business::new_connection;
  std::string channel;           // raw: online | kiosk | service_hall | proactive (class: intake_channel_class, D2)
  bool proactive = false;
  Instant submitted_at = 0;
  std::optional<Instant> completed_at;
  bool withdrawn = false;
  bool open = false;             // still in progress at the end of the data
  double working_days = 0;       // company time from submission to completion (or to now)
  int limit_working_days = 0;
  bool on_time = true;           // completed within the limit
  int stage_count = 0;
  std::vector<StageRecord> stages;
  bool limit_excludes_works = false;  // rule T4: 10 kV+ limits do not count the supporting works
  std::vector<WorksFigure> works;
  std::int64_t cost_fen = 0;     // money charged to the customer (rule F1: none but the dual-power fee, as recorded)
  std::optional<int> service_score;  // 1..5
  std::optional<int> manager_score;  // 1..5
  std::optional<std::int64_t> manager_id;
  std::string manager_name;
  int backfilled = 0;            // rule M5: steps recorded as 补录 (event data "backfilled": true)
  std::vector<Instant> callback_mismatches;  // rule M5: when each call-back answer contradicting the record was heard
};

struct Distribution {
  int count = 0;
  double average = 0;
  double p90 = 0;
  double max = 0;
};
Distribution distribution(std::vector<double> values);

struct ManagerFigures {
  std::int64_t id = 0;
  std::string name;
  int handled = 0;          // completed in the period
  int open = 0;             // still open (at the end of the data)
  double average_working_days = 0;
  double on_time_rate = 0;  // 0..1
  std::optional<double> satisfaction;  // average manager score 1..5
  int ratings = 0;
  int backfilled = 0;       // rule M5: 补录 steps in their applications
  int callback_mismatches = 0;  // rule M5: call-back answers contradicting the record, heard in the period
};

struct Indicators {
  Date from, to;
  std::optional<CustomerType> customer_type;  // filter, or all types
  int received = 0;
  int completed = 0;
  int withdrawn = 0;
  Distribution total_working_days;
  std::map<StageCode, Distribution> stage_working_days;
  double on_time_rate = 0;          // completed on time / completed
  // The second clock (rules T4, W1): supporting-works items completed in the period.
  int works_completed = 0;
  Distribution works_working_days;
  double works_on_time_rate = 0;    // completed within their W1 limit / completed
  double average_steps = 0;         // stages the customer experienced (completed applications)
  // rule F1: the recorded high-reliability fees of the applications received in the period (the
  // only charge there is), and per application received.
  std::int64_t cost_to_customer_fen = 0;
  double average_cost_to_customer_fen = 0;
  int charged = 0;                  // applications received in the period with a fee recorded
  double online_share = 0;          // received online / received (rule D2: the kiosk is hall)
  double hall_share = 0;            // received at the service hall, its kiosk included / received
  double proactive_share = 0;       // received by proactive service / received
  std::optional<double> satisfaction;     // average service score 1..5
  std::optional<double> satisfaction_rate;  // share of service scores >= 4
  int ratings = 0;
  int backfilled = 0;               // rule M5: 补录 steps in applications received in the period
  int callback_mismatches = 0;      // rule M5: call-back answers contradicting the record, heard in the period
  int prohibition_cases = 0;        // rule M6: founded ten-prohibitions cases closed in the period (set by the server)
  std::vector<ManagerFigures> managers;
};

// The indicators of the period [from, to] (CST dates, inclusive) over `records`.
Indicators compute_indicators(const std::vector<IndicatorRecord>& records, const Date& from, const Date& to,
                              std::optional<CustomerType> customer_type = std::nullopt);

void to_json(nlohmann::json& j, const Indicators& ind);
// The same figures as CSV (UTF-8 with BOM so spreadsheet programs read the Chinese headers):
// one section of summary rows, one of stages, one of managers.
std::string indicators_csv(const Indicators& ind);

}  // namespace gp
