// The server's one working-day calendar (rules T1–T6 and W1 count on it). Starts as the calendar
// compiled into the product; an administrator can publish a new year at run time. Readers take an
// immutable snapshot, so a request never sees half a year, and loading never blocks them for long.
#pragma once
#include <memory>
#include <mutex>
#include <string_view>

#include "gp/calendar.h"
#include "gp/error.h"

namespace gp::server {

class CalendarService {
 public:
  CalendarService();
  explicit CalendarService(gp::Calendar initial);

  // The calendar in force now; keep the pointer for the whole computation.
  std::shared_ptr<const gp::Calendar> current() const;

  // Add or replace one year (the shape of one entry of shared/data/cn-holidays.json). On error the
  // calendar in force is unchanged.
  gp::Status load_year_json(std::string_view year_object_json, int year);

 private:
  mutable std::mutex read_mu_;  // guards cal_ (held only to copy or swap the pointer)
  std::mutex write_mu_;         // serializes loads, so no update is lost
  std::shared_ptr<const gp::Calendar> cal_;
};

}  // namespace gp::server
