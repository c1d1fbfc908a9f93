// Working-day arithmetic on the calendar in force (glossary 工作日; rules T1–T6 and W1 count on it).
#include <cstdlib>

#include "gp/dto/answers.h"
#include "http/api_error.h"
#include "http/query.h"
#include "http/response.h"
#include "http/routes.h"

namespace gp::server {

namespace {

constexpr long long kMaxWorkingDays = 3650;        // ten years of working days: far beyond any limit (W1 max 180)
constexpr long long kMaxSpanDays = 20 * 366;       // count ranges up to ~20 years

}  // namespace

void register_calendar_routes(Router& r, AppContext& ctx) {
  // The years of the calendar in force: published holidays and make-up working days, whether
  // built in or published by an administrator, and this year and next when not yet published.
  r.get("/api/v1/calendar", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {});
    write_json(res, 200, ctx.administration.calendar_years());
  });

  // The date N working days after `from` (`from` itself not counted).
  r.get("/api/v1/calendar/add", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {"from", "working_days"});
    const gp::Date from = date_param(req, "from");
    const long long n = int_param(req, "working_days", 0, kMaxWorkingDays);
    const auto cal = ctx.calendar.current();
    const gp::CalendarDate d = cal->add_working_days(from, n);
    write_json(res, 200, gp::dto::CalendarDateDto{d.date.iso(), d.confirmed});
  });

  // Working days d with from < d <= to.
  r.get("/api/v1/calendar/count", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {"from", "to"});
    const gp::Date from = date_param(req, "from");
    const gp::Date to = date_param(req, "to");
    if (std::llabs(to.serial() - from.serial()) > kMaxSpanDays)
      throw ApiError(400, make_error("out_of_range", "to", "日期范围不能超过 20 年", "the range may not exceed 20 years"));
    const auto cal = ctx.calendar.current();
    const gp::WorkingDayCount c = cal->count_working_days(from, to);
    write_json(res, 200, gp::dto::WorkingDayCountDto{c.working_days, c.confirmed});
  });
}

}  // namespace gp::server
