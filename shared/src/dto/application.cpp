#include "gp/dto/application.h"

#include "gp/dto/wire.h"

namespace gp::dto {
namespace {

using nlohmann::json;

// A limit's keys written into `j` (the object that has the limit).
void merge(json& j, const json& more) {
  for (auto it = more.begin(); it != more.end(); ++it) j[it.key()] = it.value();
}

template <class T>
void put_opt(json& j, const char* key, const std::optional<T>& v) {
  if (v) j[key] = *v;
}

}  // namespace

SlaDto sla_dto(const SlaStatus& s) {
  SlaDto d;
  if (s.deadline) d.deadline = format_datetime_cst(*s.deadline);
  if (s.warning_at) d.warning_at = format_datetime_cst(*s.warning_at);
  d.elapsed_working_days = s.used;
  d.remaining_working_days = s.remaining;
  d.used_fraction = s.used_fraction;
  d.level = to_string(s.level);
  d.escalation = static_cast<int>(s.escalation);
  d.escalation_to = to_string(s.escalation);
  d.paused = s.paused;
  d.done = s.done;
  d.on_time = s.on_time;
  d.calendar_confirmed = s.confirmed;
  return d;
}

void to_json(json& j, const SlaDto& v) {
  j = {{"deadline", opt(v.deadline)}, {"warning_at", opt(v.warning_at)}, {"elapsed_working_days", v.elapsed_working_days},
       {"remaining_working_days", v.remaining_working_days}, {"used_fraction", v.used_fraction}, {"level", v.level},
       {"escalation", v.escalation}, {"escalation_to", v.escalation_to}, {"paused", v.paused}, {"done", v.done},
       {"on_time", v.on_time}, {"calendar_confirmed", v.calendar_confirmed}};
}
void from_json(const json& j, SlaDto& v) {
  maybe(j, "deadline", v.deadline);
  maybe(j, "warning_at", v.warning_at);
  need(j, "elapsed_working_days", v.elapsed_working_days);
  need(j, "remaining_working_days", v.remaining_working_days);
  need(j, "used_fraction", v.used_fraction);
  need(j, "level", v.level);
  need(j, "escalation", v.escalation);
  need(j, "escalation_to", v.escalation_to);
  need(j, "paused", v.paused);
  need(j, "done", v.done);
  need(j, "on_time", v.on_time);
  need(j, "calendar_confirmed", v.calendar_confirmed);
}

void to_json(json& j, const PartyDto& v) {
  j = {{"role", v.role}};
  put_opt(j, "id", v.id);
  put_opt(j, "name", v.name);
  put_opt(j, "phone", v.phone);
  put_opt(j, "username", v.username);
}
void from_json(const json& j, PartyDto& v) {
  need(j, "role", v.role);
  maybe(j, "id", v.id);
  maybe(j, "name", v.name);
  maybe(j, "phone", v.phone);
  maybe(j, "username", v.username);
}

void to_json(json& j, const StageDto& v) {
  j = {{"code", v.code}, {"name_zh", v.name_zh}, {"name_en", v.name_en}, {"state", v.state}, {"customer_side", v.customer_side},
       {"limit_working_days", opt(v.limit_working_days)}, {"started_at", opt(v.started_at)}, {"done_at", opt(v.done_at)},
       {"rules", v.rules}, {"source", opt(v.source)}, {"holder", v.holder}};
  if (v.sla) {
    merge(j, json(*v.sla));
  } else {
    j["deadline"] = nullptr;
    j["remaining_working_days"] = nullptr;
    j["level"] = "normal";
  }
}
void from_json(const json& j, StageDto& v) {
  need(j, "code", v.code);
  need(j, "name_zh", v.name_zh);
  need(j, "name_en", v.name_en);
  need(j, "state", v.state);
  need(j, "customer_side", v.customer_side);
  maybe(j, "limit_working_days", v.limit_working_days);
  maybe(j, "started_at", v.started_at);
  maybe(j, "done_at", v.done_at);
  need(j, "rules", v.rules);
  maybe(j, "source", v.source);
  need(j, "holder", v.holder);
  if (j.contains("elapsed_working_days")) v.sla = j.get<SlaDto>();
  else v.sla.reset();
}

void to_json(json& j, const DocumentDto& v) {
  j = {{"id", v.id}, {"kind", v.kind}, {"filename", v.filename}, {"mime", v.mime}, {"size", v.size}, {"sha256", v.sha256},
       {"uploaded_at", v.uploaded_at}, {"url", v.url}};
}
void from_json(const json& j, DocumentDto& v) {
  need(j, "id", v.id);
  need(j, "kind", v.kind);
  need(j, "filename", v.filename);
  need(j, "mime", v.mime);
  need(j, "size", v.size);
  need(j, "sha256", v.sha256);
  need(j, "uploaded_at", v.uploaded_at);
  need(j, "url", v.url);
}

void to_json(json& j, const ChecklistItemDto& v) {
  j = {{"code", v.code}, {"name_zh", v.name_zh}, {"name_en", v.name_en}, {"state", v.state}, {"rule", v.rule}};
}
void from_json(const json& j, ChecklistItemDto& v) {
  need(j, "code", v.code);
  need(j, "name_zh", v.name_zh);
  need(j, "name_en", v.name_en);
  need(j, "state", v.state);
  need(j, "rule", v.rule);
}

void to_json(json& j, const ArchiveItemDto& v) {
  j = {{"stage", v.stage}, {"stage_zh", v.stage_zh}, {"stage_en", v.stage_en}, {"code", v.code},
       {"name_zh", v.name_zh}, {"name_en", v.name_en}, {"mark", v.mark}, {"state", v.state}};
}
void from_json(const json& j, ArchiveItemDto& v) {
  need(j, "stage", v.stage);
  need(j, "stage_zh", v.stage_zh);
  need(j, "stage_en", v.stage_en);
  need(j, "code", v.code);
  need(j, "name_zh", v.name_zh);
  need(j, "name_en", v.name_en);
  need(j, "mark", v.mark);
  need(j, "state", v.state);
}

void to_json(json& j, const WorksItemDto& v) {
  j = {{"item", v.item}, {"kind", v.kind}, {"name_zh", v.name_zh}, {"name_en", v.name_en}, {"voltage_kv", v.voltage_kv},
       {"urgent", v.urgent}, {"limit_working_days", v.limit_working_days}, {"funding_route", v.funding_route},
       {"funding_route_zh", v.funding_route_zh}, {"agreed_completion_date", v.agreed_completion_date},
       {"started_at", v.started_at}, {"done_at", opt(v.done_at)}};
  merge(j, json(v.sla));
  j["breach"] = v.breach;
  j["contract_signed"] = v.contract_signed;
}
void from_json(const json& j, WorksItemDto& v) {
  need(j, "item", v.item);
  need(j, "kind", v.kind);
  need(j, "name_zh", v.name_zh);
  need(j, "name_en", v.name_en);
  need(j, "voltage_kv", v.voltage_kv);
  need(j, "urgent", v.urgent);
  need(j, "limit_working_days", v.limit_working_days);
  need(j, "funding_route", v.funding_route);
  need(j, "funding_route_zh", v.funding_route_zh);
  need(j, "agreed_completion_date", v.agreed_completion_date);
  need(j, "started_at", v.started_at);
  maybe(j, "done_at", v.done_at);
  v.sla = j.get<SlaDto>();
  need(j, "breach", v.breach);
  need(j, "contract_signed", v.contract_signed);
}

void to_json(json& j, const WorksContractDto& v) {
  j = {{"version", v.version}, {"sha256", v.sha256}, {"signed", v.is_signed}, {"signed_at", opt(v.signed_at)},
       {"breach", v.breach}, {"url", v.url}};
}
void from_json(const json& j, WorksContractDto& v) {
  need(j, "version", v.version);
  need(j, "sha256", v.sha256);
  need(j, "signed", v.is_signed);
  maybe(j, "signed_at", v.signed_at);
  need(j, "breach", v.breach);
  need(j, "url", v.url);
}

void to_json(json& j, const ApplicationClockDto& v) {
  j = {{"rule", v.rule}, {"limit_working_days", v.limit_working_days}, {"excludes_supporting_works", v.excludes_supporting_works},
       {"excludes_customer_time", v.excludes_customer_time}};
  merge(j, json(v.sla));
}
void from_json(const json& j, ApplicationClockDto& v) {
  need(j, "rule", v.rule);
  need(j, "limit_working_days", v.limit_working_days);
  need(j, "excludes_supporting_works", v.excludes_supporting_works);
  need(j, "excludes_customer_time", v.excludes_customer_time);
  v.sla = j.get<SlaDto>();
}

void to_json(json& j, const WorksClockDto& v) {
  j = {{"rules", v.rules}, {"limit_working_days", v.limit_working_days}, {"elapsed_working_days", v.elapsed_working_days},
       {"items", v.items}, {"open_items", v.open_items}, {"agreed_completion_date", opt(v.agreed_completion_date)},
       {"level", v.level}, {"counted_in_application_limit", v.counted_in_application_limit}};
}
void from_json(const json& j, WorksClockDto& v) {
  need(j, "rules", v.rules);
  need(j, "limit_working_days", v.limit_working_days);
  need(j, "elapsed_working_days", v.elapsed_working_days);
  need(j, "items", v.items);
  need(j, "open_items", v.open_items);
  maybe(j, "agreed_completion_date", v.agreed_completion_date);
  need(j, "level", v.level);
  need(j, "counted_in_application_limit", v.counted_in_application_limit);
}

void to_json(json& j, const ClocksDto& v) { j = {{"application", v.application}, {"supporting_works", opt(v.supporting_works)}}; }
void from_json(const json& j, ClocksDto& v) {
  need(j, "application", v.application);
  maybe(j, "supporting_works", v.supporting_works);
}

void to_json(json& j, const EventDto& v) {
  j = {{"seq", v.seq}, {"at", v.at}, {"type", v.type}, {"label_zh", v.label_zh}, {"label_en", v.label_en},
       {"actor", opt(v.actor)}, {"role", v.role}, {"channel", v.channel}, {"data", v.data}};
}
void from_json(const json& j, EventDto& v) {
  need(j, "seq", v.seq);
  need(j, "at", v.at);
  need(j, "type", v.type);
  need(j, "label_zh", v.label_zh);
  need(j, "label_en", v.label_en);
  maybe(j, "actor", v.actor);
  need(j, "role", v.role);
  need(j, "channel", v.channel);
  need(j, "data", v.data);
}

void to_json(json& j, const ContractDto& v) {
  j = {{"available", v.available}, {"signed", v.is_signed}};
  if (v.sha256) {  // issued: the signature's facts, null until signed
    j["sha256"] = *v.sha256;
    j["signed_at"] = opt(v.signed_at);
    j["method"] = opt(v.method);
  }
}
void from_json(const json& j, ContractDto& v) {
  need(j, "available", v.available);
  need(j, "signed", v.is_signed);
  maybe(j, "sha256", v.sha256);
  maybe(j, "signed_at", v.signed_at);
  maybe(j, "method", v.method);
}

void to_json(json& j, const RatingDto& v) {
  j = {{"service_score", v.service_score}, {"manager_score", opt(v.manager_score)}, {"comment", v.comment}, {"at", v.at}};
}
void from_json(const json& j, RatingDto& v) {
  need(j, "service_score", v.service_score);
  maybe(j, "manager_score", v.manager_score);
  need(j, "comment", v.comment);
  need(j, "at", v.at);
}

void to_json(json& j, const WaitingDto& v) {
  j = {{"for", v.for_}, {"party", v.party}, {"message_zh", v.message_zh}, {"message_en", v.message_en}};
}
void from_json(const json& j, WaitingDto& v) {
  need(j, "for", v.for_);
  need(j, "party", v.party);
  need(j, "message_zh", v.message_zh);
  need(j, "message_en", v.message_en);
}

void to_json(json& j, const LocationDto& v) { j = {{"latitude", v.latitude}, {"longitude", v.longitude}}; }
void from_json(const json& j, LocationDto& v) {
  need(j, "latitude", v.latitude);
  need(j, "longitude", v.longitude);
}

void to_json(json& j, const CustomerDto& v) {
  j = {{"id", v.id}, {"name", v.name}, {"phone", v.phone}};
  put_opt(j, "online_account", v.online_account);
}
void from_json(const json& j, CustomerDto& v) {
  need(j, "id", v.id);
  need(j, "name", v.name);
  need(j, "phone", v.phone);
  maybe(j, "online_account", v.online_account);
}

void to_json(json& j, const ApplicationDetail& v) {
  j = {{"number", v.number},
       {"status", v.status},
       {"business", v.business},
       {"customer_type", v.customer_type},
       {"channel", v.channel},
       {"submitted_at", v.submitted_at},
       {"completed_at", opt(v.completed_at)},
       {"withdrawn_at", opt(v.withdrawn_at)},
       {"address", v.address},
       {"contact_name", v.contact_name},
       {"contact_phone", v.contact_phone},
       {"meter_location", opt(v.meter_location)},
       {"plan", v.plan},
       {"time_limit_working_days", v.time_limit_working_days},
       {"sla", v.sla},
       {"clocks", v.clocks},
       {"deadline", opt(v.deadline)},
       {"remaining_working_days", v.remaining_working_days},
       {"level", v.level},
       {"escalation", v.escalation},
       {"current_stage", opt(v.current_stage)},
       {"stages", v.stages},
       {"waiting_for", v.waiting_for},
       {"waiting_message", v.waiting_message},
       {"waiting", opt(v.waiting)},
       {"customer_manager", opt(v.customer_manager)},
       {"project_manager", opt(v.project_manager)},
       {"documents", v.documents},
       {"checklist", v.checklist},
       {"archive_checklist", v.archive_checklist},
       {"supporting_works", v.supporting_works},
       {"contract", v.contract},
       {"works_contract", opt(v.works_contract)},
       {"intended_connection_date", opt(v.intended_connection_date)},
       {"rating", opt(v.rating)},
       {"events", v.events},
       {"next_actions", v.next_actions}};
  put_opt(j, "customer", v.customer);
}
void from_json(const json& j, ApplicationDetail& v) {
  need(j, "number", v.number);
  need(j, "status", v.status);
  need(j, "business", v.business);
  need(j, "customer_type", v.customer_type);
  need(j, "channel", v.channel);
  need(j, "submitted_at", v.submitted_at);
  maybe(j, "completed_at", v.completed_at);
  maybe(j, "withdrawn_at", v.withdrawn_at);
  need(j, "address", v.address);
  need(j, "contact_name", v.contact_name);
  need(j, "contact_phone", v.contact_phone);
  maybe(j, "meter_location", v.meter_location);
  need(j, "plan", v.plan);
  need(j, "time_limit_working_days", v.time_limit_working_days);
  need(j, "sla", v.sla);
  need(j, "clocks", v.clocks);
  maybe(j, "deadline", v.deadline);
  need(j, "remaining_working_days", v.remaining_working_days);
  need(j, "level", v.level);
  need(j, "escalation", v.escalation);
  maybe(j, "current_stage", v.current_stage);
  need_list(j, "stages", v.stages);
  need(j, "waiting_for", v.waiting_for);
  need(j, "waiting_message", v.waiting_message);
  maybe(j, "waiting", v.waiting);
  maybe(j, "customer_manager", v.customer_manager);
  maybe(j, "project_manager", v.project_manager);
  need_list(j, "documents", v.documents);
  need_list(j, "checklist", v.checklist);
  need_list(j, "archive_checklist", v.archive_checklist);
  need_list(j, "supporting_works", v.supporting_works);
  need(j, "contract", v.contract);
  maybe(j, "works_contract", v.works_contract);
  maybe(j, "intended_connection_date", v.intended_connection_date);
  maybe(j, "rating", v.rating);
  need_list(j, "events", v.events);
  need_list(j, "next_actions", v.next_actions);
  maybe(j, "customer", v.customer);
}

}  // namespace gp::dto
