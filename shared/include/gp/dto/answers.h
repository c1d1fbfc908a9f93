// The small answers: liveness, acknowledgements and counts, the calendar's two questions, the
// staff accounts, the second factor's set-up, the supervision sweep and the test clock.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "gp/dto/auth.h"

namespace gp::dto {

struct HealthDto {  // GET /health
  std::string status = "ok", version, time;
};
struct OkDto {  // logout, logout-all, password change
  bool ok = true;
};
struct MarkedDto {  // POST /notifications/read
  long long marked = 0;
};
struct ImportedDto {  // POST /reserve/import, /outages (CSV)
  long long imported = 0;
};
struct KioskFlagDto {  // GET /kiosk/device: is this terminal a registered kiosk
  bool kiosk = false;
};
struct CalendarDateDto {  // GET /calendar/add
  std::string date;
  bool confirmed = true;  // false when a year without published holidays was involved
};
struct WorkingDayCountDto {  // GET /calendar/count
  long long working_days = 0;
  bool confirmed = true;
};
struct UsersDto {  // GET /admin/users
  std::vector<UserDto> users;
};
struct UserCreatedDto {  // POST /admin/users
  UserDto user;
};
struct UserDisabledDto {  // POST /admin/users/{id}/disabled
  std::int64_t id = 0;
  bool disabled = false;
};
struct TotpSetupDto {  // POST /auth/totp/setup (RFC 6238)
  std::string secret, uri;
  int digits = 6, period = 30;
  std::string algorithm = "SHA1";
};
struct TotpStateDto {  // POST /auth/totp/confirm, /disable
  bool enabled = false;
  std::optional<std::vector<std::string>> recovery_codes;  // once, on confirmation
};
struct SweepReportDto {  // POST /admin/sla/sweep (rules M1, M2)
  int applications_checked = 0, applications_left = 0, applications_failed = 0, reservations_checked = 0, marks_recorded = 0;
  double seconds = 0;
  std::string now;
};
struct TestClockDto {  // POST /test/clock (--test-clock only)
  std::string now;
  bool fixed = false;
};

#define GP_DTO_IO(T)                           \
  void to_json(nlohmann::json& j, const T& v); \
  void from_json(const nlohmann::json& j, T& v);
GP_DTO_IO(HealthDto)
GP_DTO_IO(OkDto)
GP_DTO_IO(MarkedDto)
GP_DTO_IO(ImportedDto)
GP_DTO_IO(KioskFlagDto)
GP_DTO_IO(CalendarDateDto)
GP_DTO_IO(WorkingDayCountDto)
GP_DTO_IO(UsersDto)
GP_DTO_IO(UserCreatedDto)
GP_DTO_IO(UserDisabledDto)
GP_DTO_IO(TotpSetupDto)
GP_DTO_IO(TotpStateDto)
GP_DTO_IO(SweepReportDto)
GP_DTO_IO(TestClockDto)
#undef GP_DTO_IO

}  // namespace gp::dto
