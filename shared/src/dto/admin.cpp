#include "gp/dto/admin.h"

#include "gp/dto/fields.h"

namespace gp::dto {

using nlohmann::json;

template <class IO>
void fields(IO& io, StageLimitsDto& v) {
  io("application", v.application)("completion", v.completion);
}
template <class IO>
void fields(IO& io, StageSplitSettingDto& v) {
  io("hv_application", v.hv_application)("hv_supply_plan", v.hv_supply_plan)("hv_connect", v.hv_connect)
    ("lv_application", v.lv_application);
}
template <class IO>
void fields(IO& io, ReserveWorksSettingDto& v) {
  io("t_connection_max_kw", v.t_connection_max_kw)("overhead_line_max_kw", v.overhead_line_max_kw);
}
template <class IO>
void fields(IO& io, AssetTransferDaysDto& v) {
  io("design_review", v.design_review)("mid_inspection", v.mid_inspection);
}
template <class IO>
void fields(IO& io, SlaPolicyDto& v) {
  io("warning_fraction", v.warning_fraction)("command_center_overdue_fraction", v.command_center_overdue_fraction)
    ("leadership_overdue_fraction", v.leadership_overdue_fraction)
    ("leadership_min_overdue_working_days", v.leadership_min_overdue_working_days)
    ("leadership_min_overdue_seconds", v.leadership_min_overdue_seconds);
}
template <class IO>
void fields(IO& io, GrabSettingDto& v) {
  io("enabled", v.enabled)("window_minutes", v.window_minutes)("load_cap", v.load_cap);
}
template <class IO>
void fields(IO& io, TypicalDesignDto& v) {
  io("max_kva", v.max_kva)("zh", v.zh)("en", v.en);
}
template <class IO>
void fields(IO& io, CostSettingsDto& v) {
  io("answer_limit_working_days", v.answer_limit_working_days)("power_factor", v.power_factor)("demand_factors", v.demand_factors)
    ("lv_max_kw", v.lv_max_kw)("transformer_sizes_kva", v.transformer_sizes_kva)("typical_designs", v.typical_designs)
    ("lv_equipment", v.lv_equipment);
}
template <class IO>
void fields(IO& io, ServiceConfigDto& v) {
  io("company", v.company)("product", v.product)("service_hall", v.service_hall)
    ("change_of_use_limits", v.change_of_use_limits)
    ("lv_outage_plan_affecting_others", v.lv_outage_plan_affecting_others)("stage_split", v.stage_split)
    ("reserve_works", v.reserve_works)("asset_transfer_review", v.asset_transfer_review)("sla", v.sla)
    ("backfill_after_hours", v.backfill_after_hours)("grab", v.grab)("cost_consultation", v.cost_consultation)
    ("case_handling_hours", v.case_handling_hours).omit("supervision_phone", v.supervision_phone);
}
template <class IO>
void fields(IO& io, ConfigSourceDto& v) {
  io("source", v.source).omit("rules", v.rules).omit("zh", v.zh).omit("en", v.en);
}
template <class IO>
void fields(IO& io, AdminConfigDto& v) {
  io("config", v.config)("sources", v.sources)("note_zh", v.note_zh)("note_en", v.note_en);
}
template <class IO>
void fields(IO& io, HolidayDto& v) {
  io("name", v.name)("off", v.off);
}
template <class IO>
void fields(IO& io, CalendarYearDto& v) {
  io("year", v.year)("confirmed", v.confirmed)("source", v.source)("notice", v.notice)("holidays", v.holidays)
    ("workdays", v.workdays).omit("zh", v.zh).omit("en", v.en);
}
template <class IO>
void fields(IO& io, CalendarYearsDto& v) {
  io("years", v.years);
}
template <class IO>
void fields(IO& io, CalendarPublishedDto& v) {
  io("year", v.year);
}
template <class IO>
void fields(IO& io, KioskDeviceDto& v) {
  io("id", v.id)("name", v.name)("created_at", v.created_at)("revoked_at", v.revoked_at)("active", v.active);
}
template <class IO>
void fields(IO& io, KioskListDto& v) {
  io("devices", v.devices);
}
template <class IO>
void fields(IO& io, KioskDeviceBody& v) {
  io("device", v.device);
}
template <class IO>
void fields(IO& io, KioskRegisteredDto& v) {
  io("device", v.device)("token", v.token);
}
template <class IO>
void fields(IO& io, SmsMessageDto& v) {
  io("id", v.id)("phone", v.phone)("purpose", v.purpose)("status", v.status)("attempts", v.attempts)
    ("created_at", v.created_at).omit("sent_at", v.sent_at).omit("last_error", v.last_error).omit("text", v.text)
    .omit("code", v.code);
}
template <class IO>
void fields(IO& io, SmsOutboxDto& v) {
  io("development_only", v.development_only)("messages", v.messages).omit("notice", v.notice);
}
template <class IO>
void fields(IO& io, CustomersPerAreaDto& v) {
  io("urban", v.urban)("rural", v.rural);
}
template <class IO>
void fields(IO& io, CustomersServedDto& v) {
  io("customers", v.customers);
}

GP_DTO_VIA_FIELDS(StageLimitsDto)
GP_DTO_VIA_FIELDS(StageSplitSettingDto)
GP_DTO_VIA_FIELDS(ReserveWorksSettingDto)
GP_DTO_VIA_FIELDS(AssetTransferDaysDto)
GP_DTO_VIA_FIELDS(SlaPolicyDto)
GP_DTO_VIA_FIELDS(GrabSettingDto)
GP_DTO_VIA_FIELDS(TypicalDesignDto)
GP_DTO_VIA_FIELDS(CostSettingsDto)
GP_DTO_VIA_FIELDS(ServiceConfigDto)
GP_DTO_VIA_FIELDS(ConfigSourceDto)
GP_DTO_VIA_FIELDS(AdminConfigDto)
GP_DTO_VIA_FIELDS(HolidayDto)
GP_DTO_VIA_FIELDS(CalendarYearDto)
GP_DTO_VIA_FIELDS(CalendarYearsDto)
GP_DTO_VIA_FIELDS(CalendarPublishedDto)
GP_DTO_VIA_FIELDS(KioskDeviceDto)
GP_DTO_VIA_FIELDS(KioskListDto)
GP_DTO_VIA_FIELDS(KioskDeviceBody)
GP_DTO_VIA_FIELDS(KioskRegisteredDto)
GP_DTO_VIA_FIELDS(SmsMessageDto)
GP_DTO_VIA_FIELDS(SmsOutboxDto)
GP_DTO_VIA_FIELDS(CustomersPerAreaDto)
GP_DTO_VIA_FIELDS(CustomersServedDto)

}  // namespace gp::dto
