#include "services/calendar_service.h"

namespace gp::server {

CalendarService::CalendarService() : CalendarService(gp::Calendar::builtin()) {}

CalendarService::CalendarService(gp::Calendar initial)
    : cal_(std::make_shared<const gp::Calendar>(std::move(initial))) {}

std::shared_ptr<const gp::Calendar> CalendarService::current() const {
  std::lock_guard<std::mutex> lock(read_mu_);
  return cal_;
}

gp::Status CalendarService::load_year_json(std::string_view year_object_json, int year) {
  std::lock_guard<std::mutex> writer(write_mu_);
  auto next = std::make_shared<gp::Calendar>(*current());  // copy outside the read lock
  if (auto err = next->load_year_json(year_object_json, year)) return err;
  std::lock_guard<std::mutex> lock(read_mu_);
  cal_ = std::move(next);
  return std::nullopt;
}

}  // namespace gp::server
