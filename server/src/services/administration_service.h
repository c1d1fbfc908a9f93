// Administration of what is configuration rather than policy: the service configuration
// (change-of-use limits, supervision phone, SLA thresholds; gp::ServiceConfig) and the holiday
// calendar of a newly published year (e.g. 2027), loaded at run time, kept in the settings table and
// loaded again at every start. After either changes, the open applications' derived deadlines and
// SLA levels are recomputed and each is due for the next supervision sweep, so the queue and the
// job follow at once.
#pragma once
#include <nlohmann/json.hpp>

#include "gp/dto/admin.h"
#include "services/application_service.h"
#include "services/env.h"

namespace gp::server {

class AdministrationService {
 public:
  AdministrationService(const Env& env, ApplicationService& apps) : env_(env), apps_(apps) {}

  // {"config": gp::ServiceConfig JSON, "sources": what each part is and which rules it serves}.
  nlohmann::json config() const;
  // Body: the config object, whole or in part (given keys replace the current ones). 400 naming the
  // field; nothing changes on error.
  nlohmann::json replace_config(const Caller& c, const nlohmann::json& body);

  // Body: one year object {"notice","holidays":[{"name","off":[...]}],"workdays":[...]}. 400 naming
  // the field; the calendar in force is unchanged on error.
  nlohmann::json publish_year(const Caller& c, int year, const nlohmann::json& body);
  // Every year with data (confirmed) plus this year and next when missing (not confirmed).
  nlohmann::json calendar_years() const;
  // At start-up: load the years published by an administrator (settings "calendar_year_<Y>").
  void restore_calendar();

 private:
  gp::dto::CalendarYearsDto years_of() const;
  void refresh_open_applications();
  Env env_;  // database, clock, calendar, configuration, notifier (services/env.h)
  ApplicationService& apps_;
};

}  // namespace gp::server
