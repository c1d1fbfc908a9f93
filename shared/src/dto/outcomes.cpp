#include "gp/dto/outcomes.h"

#include "gp/dto/fields.h"

namespace gp::dto {

using nlohmann::json;

template <class IO>
void fields(IO& io, HallClaimDto& v) {
  io("code", v.code)("expires_at", v.expires_at)("pending_owner_confirmation", v.pending_owner_confirmation)
    ("notice_zh", v.notice_zh)("notice_en", v.notice_en);
}
template <class IO>
void fields(IO& io, PendingClaimDto& v) {
  io("name_at_hall", v.name_at_hall)("taken_at", v.taken_at).omit("number", v.number).omit("business", v.business);
}
template <class IO>
void fields(IO& io, PendingClaimsDto& v) {
  io("pending", v.pending);
}
template <class IO>
void fields(IO& io, AckSubjectDto& v) {
  io("subject", v.subject)("stage", v.stage)("level", v.level)("escalation", v.escalation);
}
template <class IO>
void fields(IO& io, AcknowledgementDto& v) {
  io("level", v.level)("escalation", v.escalation)("escalation_to", v.escalation_to)("note", v.note)
    ("subjects", v.subjects)("stops_rise_to_leadership", v.stops_rise_to_leadership)("rule", v.rule);
}
template <class IO>
void fields(IO& io, AcknowledgedDto& v) {
  io("acknowledged", v.acknowledged)("application", v.application);
}
template <class IO>
void fields(IO& io, ReserveConvertedDto& v) {
  io("reserve", v.reserve)("application", v.application).omit("claim", v.claim);
}
template <class IO>
void fields(IO& io, ReservationConvertedDto& v) {
  io("reservation", v.reservation)("application", v.application).omit("claim", v.claim);
}
template <class IO>
void fields(IO& io, SmsCodeSentDto& v) {
  io("sent", v.sent)("expires_in_seconds", v.expires_in_seconds)("resend_after_seconds", v.resend_after_seconds);
}
template <class IO>
void fields(IO& io, OutageDto& v) {
  io("id", v.id)("area", v.area)("start", v.start)("end", v.end)("hours", v.hours)
    ("customers_affected", v.customers_affected)("feeder", v.feeder)("cause", v.cause);
}
template <class IO>
void fields(IO& io, OutageRecordedDto& v) {
  io("outage", v.outage);
}
template <class IO>
void fields(IO& io, CapacitySavedDto& v) {
  io("entry", v.entry)("created", v.created);
}
template <class IO>
void fields(IO& io, CapacityQueryUserDto& v) {
  io("id", v.id)("name", v.name)("role", v.role);
}
template <class IO>
void fields(IO& io, CapacityQueryDto& v) {
  io("id", v.id)("at", v.at)("user", v.user)("area", v.area)("client_address", v.client_address)("results", v.results);
}
template <class IO>
void fields(IO& io, CapacityQueryLogDto& v) {
  io("items", v.items)("total", v.total)("page", v.page)("page_size", v.page_size)("rule", v.rule);
}

GP_DTO_VIA_FIELDS(HallClaimDto)
GP_DTO_VIA_FIELDS(PendingClaimDto)
GP_DTO_VIA_FIELDS(PendingClaimsDto)
GP_DTO_VIA_FIELDS(AckSubjectDto)
GP_DTO_VIA_FIELDS(AcknowledgementDto)
GP_DTO_VIA_FIELDS(AcknowledgedDto)
GP_DTO_VIA_FIELDS(ReserveConvertedDto)
GP_DTO_VIA_FIELDS(ReservationConvertedDto)
GP_DTO_VIA_FIELDS(SmsCodeSentDto)
GP_DTO_VIA_FIELDS(OutageDto)
GP_DTO_VIA_FIELDS(OutageRecordedDto)
GP_DTO_VIA_FIELDS(CapacitySavedDto)
GP_DTO_VIA_FIELDS(CapacityQueryUserDto)
GP_DTO_VIA_FIELDS(CapacityQueryDto)
GP_DTO_VIA_FIELDS(CapacityQueryLogDto)

// The application's detail with the claim beside its keys (not nested).
void to_json(json& j, const ApplicationCreatedDto& v) {
  to_json(j, static_cast<const ApplicationDetail&>(v));
  put_if(j, "claim", v.claim);
}
void from_json(const json& j, ApplicationCreatedDto& v) {
  from_json(j, static_cast<ApplicationDetail&>(v));
  maybe(j, "claim", v.claim);
}

}  // namespace gp::dto
