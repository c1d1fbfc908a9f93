#include "gp/dto/answers.h"

#include "gp/dto/wire.h"

namespace gp::dto {

using nlohmann::json;

void to_json(json& j, const HealthDto& v) { j = {{"status", v.status}, {"version", v.version}, {"time", v.time}}; }
void from_json(const json& j, HealthDto& v) {
  need(j, "status", v.status);
  need(j, "version", v.version);
  need(j, "time", v.time);
}

void to_json(json& j, const OkDto& v) { j = {{"ok", v.ok}}; }
void from_json(const json& j, OkDto& v) { need(j, "ok", v.ok); }

void to_json(json& j, const MarkedDto& v) { j = {{"marked", v.marked}}; }
void from_json(const json& j, MarkedDto& v) { need(j, "marked", v.marked); }

void to_json(json& j, const ImportedDto& v) { j = {{"imported", v.imported}}; }
void from_json(const json& j, ImportedDto& v) { need(j, "imported", v.imported); }

void to_json(json& j, const KioskFlagDto& v) { j = {{"kiosk", v.kiosk}}; }
void from_json(const json& j, KioskFlagDto& v) { need(j, "kiosk", v.kiosk); }

void to_json(json& j, const CalendarDateDto& v) { j = {{"date", v.date}, {"confirmed", v.confirmed}}; }
void from_json(const json& j, CalendarDateDto& v) {
  need(j, "date", v.date);
  need(j, "confirmed", v.confirmed);
}

void to_json(json& j, const WorkingDayCountDto& v) { j = {{"working_days", v.working_days}, {"confirmed", v.confirmed}}; }
void from_json(const json& j, WorkingDayCountDto& v) {
  need(j, "working_days", v.working_days);
  need(j, "confirmed", v.confirmed);
}

void to_json(json& j, const UsersDto& v) { j = {{"users", v.users}}; }
void from_json(const json& j, UsersDto& v) { need_list(j, "users", v.users); }

void to_json(json& j, const UserCreatedDto& v) { j = {{"user", v.user}}; }
void from_json(const json& j, UserCreatedDto& v) { need(j, "user", v.user); }

void to_json(json& j, const UserDisabledDto& v) { j = {{"id", v.id}, {"disabled", v.disabled}}; }
void from_json(const json& j, UserDisabledDto& v) {
  need(j, "id", v.id);
  need(j, "disabled", v.disabled);
}

void to_json(json& j, const TotpSetupDto& v) {
  j = {{"secret", v.secret}, {"uri", v.uri}, {"digits", v.digits}, {"period", v.period}, {"algorithm", v.algorithm}};
}
void from_json(const json& j, TotpSetupDto& v) {
  need(j, "secret", v.secret);
  need(j, "uri", v.uri);
  need(j, "digits", v.digits);
  need(j, "period", v.period);
  need(j, "algorithm", v.algorithm);
}

void to_json(json& j, const TotpStateDto& v) {
  j = {{"enabled", v.enabled}};
  if (v.recovery_codes) j["recovery_codes"] = *v.recovery_codes;
}
void from_json(const json& j, TotpStateDto& v) {
  need(j, "enabled", v.enabled);
  maybe(j, "recovery_codes", v.recovery_codes);
}

void to_json(json& j, const SweepReportDto& v) {
  j = {{"applications_checked", v.applications_checked}, {"applications_left", v.applications_left},
       {"applications_failed", v.applications_failed}, {"reservations_checked", v.reservations_checked},
       {"marks_recorded", v.marks_recorded}, {"seconds", v.seconds}, {"now", v.now}};
}
void from_json(const json& j, SweepReportDto& v) {
  need(j, "applications_checked", v.applications_checked);
  need(j, "applications_left", v.applications_left);
  need(j, "applications_failed", v.applications_failed);
  need(j, "reservations_checked", v.reservations_checked);
  need(j, "marks_recorded", v.marks_recorded);
  need(j, "seconds", v.seconds);
  need(j, "now", v.now);
}

void to_json(json& j, const TestClockDto& v) { j = {{"now", v.now}, {"fixed", v.fixed}}; }
void from_json(const json& j, TestClockDto& v) {
  need(j, "now", v.now);
  need(j, "fixed", v.fixed);
}

}  // namespace gp::dto
