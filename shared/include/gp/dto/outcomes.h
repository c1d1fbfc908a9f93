// The answers of actions that carry more than the thing acted on: an application created at the
// hall with its claim code (issue 15), the hall applications waiting for the caller, a warning
// acknowledged (rule M2), a reservation or reserve record converted (rules D4, R3), an SMS code
// sent, an outage recorded (G5), open capacity set and the capacity query log (R4).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "gp/dto/application.h"
#include "gp/dto/desk.h"
#include "gp/dto/reserve.h"

namespace gp::dto {

struct HallClaimDto {  // the claim code for the receipt, shown once
  std::string code, expires_at;
  bool pending_owner_confirmation = false;
  std::string notice_zh, notice_en;
};
// POST /applications: the application, and at the hall the claim when the number has no verified
// account (`claim` absent otherwise).
struct ApplicationCreatedDto : ApplicationDetail {
  std::optional<HallClaimDto> claim;
};

struct PendingClaimDto {  // a hall application taken for the caller's number
  std::string name_at_hall, taken_at;
  std::optional<std::string> number, business;  // absent when the application is gone
};
struct PendingClaimsDto {  // GET /applications/pending
  std::vector<PendingClaimDto> pending;
};

struct AckSubjectDto {  // a clock whose warning was handled
  std::string subject, stage, level;
  int escalation = 0;
};
struct AcknowledgementDto {  // rule M2: the event's data
  std::string level;
  int escalation = 0;
  std::string escalation_to, note;
  std::vector<AckSubjectDto> subjects;
  bool stops_rise_to_leadership = false;
  std::string rule = "M2";
};
struct AcknowledgedDto {  // POST /applications/{number}/acknowledge
  AcknowledgementDto acknowledged;
  ApplicationDetail application;
};

struct ReserveConvertedDto {  // POST /reserve/{approval_number}/convert (rule R3)
  ReserveItemDto reserve;
  ApplicationDetail application;
  std::optional<HallClaimDto> claim;  // absent unless the customer's number needs one
};
struct ReservationConvertedDto {  // POST /reservations/{number}/actions, action convert (rule D4)
  ReservationDto reservation;
  ApplicationDetail application;
  std::optional<HallClaimDto> claim;
};

struct SmsCodeSentDto {  // POST /auth/sms-code: the same answer for every number
  bool sent = true;
  long long expires_in_seconds = 0, resend_after_seconds = 0;
};

struct OutageDto {  // rule G5
  std::int64_t id = 0;
  std::string area, start, end;
  double hours = 0;
  long long customers_affected = 0;
  std::string feeder, cause;
};
struct OutageRecordedDto {  // POST /outages (JSON)
  OutageDto outage;
};

struct CapacitySavedDto {  // POST /capacity (rule R4)
  CapacityEntryDto entry;
  bool created = false;
};
struct CapacityQueryUserDto {
  std::int64_t id = 0;
  std::string name, role;
};
struct CapacityQueryDto {
  std::int64_t id = 0;
  std::string at;
  std::optional<CapacityQueryUserDto> user;  // null without login
  std::string area, client_address;
  long long results = 0;
};
struct CapacityQueryLogDto {  // GET /capacity/queries
  std::vector<CapacityQueryDto> items;
  long long total = 0;
  int page = 1, page_size = 20;
  std::string rule = "R4";
};

#define GP_DTO_IO(T)                           \
  void to_json(nlohmann::json& j, const T& v); \
  void from_json(const nlohmann::json& j, T& v);
GP_DTO_IO(HallClaimDto)
GP_DTO_IO(ApplicationCreatedDto)
GP_DTO_IO(PendingClaimDto)
GP_DTO_IO(PendingClaimsDto)
GP_DTO_IO(AckSubjectDto)
GP_DTO_IO(AcknowledgementDto)
GP_DTO_IO(AcknowledgedDto)
GP_DTO_IO(ReserveConvertedDto)
GP_DTO_IO(ReservationConvertedDto)
GP_DTO_IO(SmsCodeSentDto)
GP_DTO_IO(OutageDto)
GP_DTO_IO(OutageRecordedDto)
GP_DTO_IO(CapacitySavedDto)
GP_DTO_IO(CapacityQueryUserDto)
GP_DTO_IO(CapacityQueryDto)
GP_DTO_IO(CapacityQueryLogDto)
#undef GP_DTO_IO

}  // namespace gp::dto
