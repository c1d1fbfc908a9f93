// The administrator's bodies: the service configuration with what each part is (GET/PUT
// /admin/config), the calendar's years (GET /calendar, POST /admin/calendar/{year}), the kiosk
// terminals (/admin/kiosks), the SMS outbox (/admin/sms/outbox) and the customers served per area
// (PUT /admin/settings/customers, rule G5).
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "gp/dto/catalog.h"

namespace gp::dto {

// gp::ServiceConfig as ServiceConfig::to_json writes it (company settings, not policy).
struct StageLimitsDto {  // a change-of-use business's two steps, working days
  int application = 0, completion = 0;
};
struct StageSplitSettingDto {  // rule T6
  int hv_application = 0, hv_supply_plan = 0, hv_connect = 0, lv_application = 0;
};
struct ReserveWorksSettingDto {  // rule R1
  double t_connection_max_kw = 0, overhead_line_max_kw = 0;
};
struct AssetTransferDaysDto {  // rules S5/T5
  int design_review = 0, mid_inspection = 0;
};
struct SlaPolicyDto {  // rules M1, M2
  double warning_fraction = 0, command_center_overdue_fraction = 0, leadership_overdue_fraction = 0;
  double leadership_min_overdue_working_days = 0, leadership_min_overdue_seconds = 0;
};
struct GrabSettingDto {  // rule M7: company settings
  bool enabled = false;
  int window_minutes = 0, load_cap = 0;
};
struct TypicalDesignDto {  // rule P4: a band of the cost estimate's typical designs
  double max_kva = 0;
  std::string zh, en;
};
struct CostSettingsDto {  // rule P4: the cost consultation's company settings
  int answer_limit_working_days = 0;
  double power_factor = 0;
  std::map<std::string, double> demand_factors;  // by use
  double lv_max_kw = 0;
  std::vector<double> transformer_sizes_kva;
  std::vector<TypicalDesignDto> typical_designs;
  TextZhEn lv_equipment;
};
struct ServiceConfigDto {
  TextZhEn company, product, service_hall;
  std::map<std::string, StageLimitsDto> change_of_use_limits;  // by business code
  std::string lv_outage_plan_affecting_others;                 // rule O1's silent case
  StageSplitSettingDto stage_split;
  ReserveWorksSettingDto reserve_works;
  AssetTransferDaysDto asset_transfer_review;
  SlaPolicyDto sla;
  int backfill_after_hours = 0;                  // rule M5
  GrabSettingDto grab;                           // rule M7
  CostSettingsDto cost_consultation;             // rule P4
  int case_handling_hours = 0;                   // rule M6
  std::optional<std::string> supervision_phone;  // absent (not null) when none is set
};
struct ConfigSourceDto {  // what a part of the configuration is; rules and texts absent for names
  std::string source;
  std::optional<std::vector<std::string>> rules;
  std::optional<std::string> zh, en;
};
struct AdminConfigDto {  // GET/PUT /admin/config
  ServiceConfigDto config;
  std::map<std::string, ConfigSourceDto> sources;  // by the configuration's key
  std::string note_zh, note_en;
};

// One calendar year: published holidays and make-up working days (rule T6's working days).
struct HolidayDto {
  std::string name;
  std::vector<std::string> off;  // YYYY-MM-DD
};
struct CalendarYearDto {
  int year = 0;
  bool confirmed = false;
  std::string source;  // published | builtin | weekends_only
  std::string notice;
  std::vector<HolidayDto> holidays;
  std::vector<std::string> workdays;
  std::optional<std::string> zh, en;  // only for a year not published yet (absent otherwise)
};
struct CalendarYearsDto {  // GET /calendar
  std::vector<CalendarYearDto> years;
};
struct CalendarPublishedDto {  // POST /admin/calendar/{year}
  CalendarYearDto year;
};

struct KioskDeviceDto {
  std::int64_t id = 0;
  std::string name, created_at;
  std::optional<std::string> revoked_at;
  bool active = true;
};
struct KioskListDto {  // GET /admin/kiosks
  std::vector<KioskDeviceDto> devices;
};
struct KioskDeviceBody {  // POST /admin/kiosks/{id}/revoke
  KioskDeviceDto device;
};
struct KioskRegisteredDto {  // POST /admin/kiosks: the token, shown this once
  KioskDeviceDto device;
  std::string token;
};

struct SmsMessageDto {
  std::int64_t id = 0;
  std::string phone, purpose, status;
  int attempts = 0;
  std::string created_at;
  // Absent rather than null: sent_at until sent, last_error without one, text/code outside the
  // development outbox (a code never leaves a real gateway's outbox).
  std::optional<std::string> sent_at, last_error, text, code;
};
struct SmsOutboxDto {  // GET /admin/sms/outbox
  bool development_only = false;
  std::vector<SmsMessageDto> messages;
  std::optional<TextZhEn> notice;  // the development outbox's warning (absent otherwise)
};

struct CustomersPerAreaDto {  // rule G5
  long long urban = 0, rural = 0;
};
struct CustomersServedDto {  // PUT /admin/settings/customers
  CustomersPerAreaDto customers;
};

#define GP_DTO_IO(T)                           \
  void to_json(nlohmann::json& j, const T& v); \
  void from_json(const nlohmann::json& j, T& v);
GP_DTO_IO(StageLimitsDto)
GP_DTO_IO(StageSplitSettingDto)
GP_DTO_IO(ReserveWorksSettingDto)
GP_DTO_IO(AssetTransferDaysDto)
GP_DTO_IO(SlaPolicyDto)
GP_DTO_IO(GrabSettingDto)
GP_DTO_IO(TypicalDesignDto)
GP_DTO_IO(CostSettingsDto)
GP_DTO_IO(ServiceConfigDto)
GP_DTO_IO(ConfigSourceDto)
GP_DTO_IO(AdminConfigDto)
GP_DTO_IO(HolidayDto)
GP_DTO_IO(CalendarYearDto)
GP_DTO_IO(CalendarYearsDto)
GP_DTO_IO(CalendarPublishedDto)
GP_DTO_IO(KioskDeviceDto)
GP_DTO_IO(KioskListDto)
GP_DTO_IO(KioskDeviceBody)
GP_DTO_IO(KioskRegisteredDto)
GP_DTO_IO(SmsMessageDto)
GP_DTO_IO(SmsOutboxDto)
GP_DTO_IO(CustomersPerAreaDto)
GP_DTO_IO(CustomersServedDto)
#undef GP_DTO_IO

}  // namespace gp::dto
