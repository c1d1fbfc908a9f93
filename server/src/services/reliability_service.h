// Supply reliability (rule G5): outage records entered one by one (JSON) or imported (CSV, all or
// nothing, every bad line reported), the customers served per area (a setting), and the figures
// of shared/ — availability (ASAI) of urban and rural supply against 99.961 % and 99.804 %, average
// outage hours and count per customer (urban targets <= 1 hour, <= 1).
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "gp/error.h"
#include "services/application_service.h"
#include "services/env.h"

namespace gp::server {

struct OutageImportResult {
  int imported = 0;
  std::vector<gp::Error> errors;  // non-empty: nothing was stored
};

class ReliabilityService {
 public:
  ReliabilityService(const Env& env, ApplicationService& apps) : env_(env), apps_(apps) {}

  // Body {"area":"urban|rural","start","end","customers_affected","feeder"?,"cause"?}; 201 {"outage":{...}}.
  nlohmann::json record(const Caller& c, const nlohmann::json& body);
  // CSV "area,start,end,customers_affected[,feeder,cause]" with a header line.
  OutageImportResult import_csv(const Caller& c, const std::string& text);
  // Body {"urban":N,"rural":N}: customers served per area (admin).
  nlohmann::json set_customers(const Caller& c, const nlohmann::json& body);
  // The figures of [from, to]; 409 "not_configured" until the customers per area are set.
  nlohmann::json reliability(const gp::Date& from, const gp::Date& to);

 private:
  Env env_;  // database, clock, calendar, configuration, notifier (services/env.h)
  ApplicationService& apps_;
};

}  // namespace gp::server
