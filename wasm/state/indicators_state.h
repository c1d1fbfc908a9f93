// Monthly indicators (rule M4) and supply reliability (rule G5) for staff: a period and a customer
// type -> received and completed, average and 90th-percentile working days per step and in total,
// on-time rate, steps, cost to the customer (the recorded dual-power fees, F1), online and proactive shares, satisfaction, a
// table per manager; charts drawn in the app; the same figures as a CSV download. Reliability:
// urban and rural availability (ASAI) against 99.961 % and 99.804 %, average outage hours and
// count per customer (targets <= 1 h, <= 1); outages recorded one by one or imported as CSV.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "gp/dto/indicators.h"
#include "gp/dto/reliability.h"
#include "state/request.h"
#include "state/staff_common.h"

namespace state {

// The figures as they travel: the shared DTOs the server writes (gp/dto/indicators.h,
// gp/dto/reliability.h), read strictly (a body of another shape throws gp::dto::DecodeError
// naming the key, shown as an error instead of zeros).
using Indicators = gp::dto::IndicatorsBody;
using Reliability = gp::dto::ReliabilityBody;
Indicators parse_indicators(const nlohmann::json& j);
Reliability parse_reliability(const nlohmann::json& j);
// "company", or the manager whose own figures they are.
std::string scope_text(const Indicators& d);

struct IndicatorsState {
  std::string from, to;      // as typed, "YYYY-MM-DD"
  int customer_type = 0;     // 0 all, else 1 + index into gp::all_customer_types()
  std::map<std::string, std::string> errors;  // from, to, form
  std::optional<Indicators> data;
  nlohmann::json raw;        // the reply as it came (tests, state hook)
  Pending load;              // GET /indicators in flight
  std::string loaded_query;  // the query the figures are for
  int tab = 0;               // 0 figures, 1 per manager, 2 reliability
  // Reliability (G5)
  std::optional<Reliability> reliability;
  std::string reliability_error;   // e.g. "customers per area not set yet"
  bool reliability_unconfigured = false;
  Pending reliability_load;        // GET /reliability in flight
  std::string urban_customers, rural_customers;  // admin: customers served per area
  std::map<std::string, std::string> customer_errors;
  std::string outage_csv;           // pasted outage records (CSV)
  std::map<int, std::string> outage_problems;  // line -> problems
  std::string outage_notice;
  bool busy = false;
};

// Sets the period to the month of `today` when empty.
void indicators_init(IndicatorsState& s, const std::string& today);
// Quick periods: this month, last month, this year (to today).
void indicators_period(IndicatorsState& s, int which, const std::string& today);
bool check_period(IndicatorsState& s);
// "?from=...&to=...[&customer_type=...]"
std::string indicators_query(const IndicatorsState& s);

// What the user did this frame (ui/screens/indicators_screen) plus what only the platform knows.
struct IndicatorsIntent {
  bool query = false;        // load the figures for the period typed
  int quick = -1;            // 0 this month, 1 last month, 2 this year
  bool edited = false;
  bool csv = false;          // download the CSV (the controller: a browser download)
  int tab = -1;
  bool save_customers = false;
  bool import_outages = false;
  bool pick_outage_file = false;  // the controller opens the file chooser
  // Filled by the controller:
  bool entered = false;      // first frame of a visit
  std::string today;         // "YYYY-MM-DD" in China Standard Time
};

// A visit sets the period and loads once; figures for a period asked (with reliability, G5);
// customers per area (admins); outage records imported as CSV (the server names the bad lines).
Requests apply(AppState& s, const IndicatorsIntent& in);

// Chart data: one bar group per step (average, p90) plus the total.
std::vector<BarGroup> step_bars(const Indicators& d);
std::vector<BarGroup> manager_bars(const Indicators& d);

}  // namespace state
