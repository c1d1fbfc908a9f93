#include "gp/backfill.h"

namespace gp {

Status check_claimed_date(const Date& d, Instant submitted_at, Instant now, const std::string& field) {
  if (d < cst_date(submitted_at))
    return make_error("before_submission", field, "日期不能早于申请提交日期（" + cst_date(submitted_at).iso() + "）",
                      "the date cannot be before the application was submitted (" + cst_date(submitted_at).iso() + ")");
  if (d > cst_date(now)) return make_error("out_of_range", field, "日期不能晚于今天", "the date cannot be in the future");
  return std::nullopt;
}

Status check_claimed_instant(Instant t, Instant submitted_at, Instant now, const std::string& field) {
  if (t < submitted_at)
    return make_error("before_submission", field, "时间不能早于申请提交时间（" + format_datetime_cst(submitted_at) + "）",
                      "the time cannot be before the application was submitted (" + format_datetime_cst(submitted_at) + ")");
  if (t > now + kClaimedClockSkew) return make_error("out_of_range", field, "时间不能晚于现在", "the time cannot be in the future");
  return std::nullopt;
}

Instant claimed_moment_of(const Date& d) { return cst_midnight(d.plus_days(1)); }

bool is_backfilled(Instant claimed, Instant recorded, int after_hours) {
  return recorded - claimed > static_cast<Instant>(after_hours) * 3600;
}

}  // namespace gp
