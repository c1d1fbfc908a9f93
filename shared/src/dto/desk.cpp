#include "gp/dto/desk.h"

#include "gp/dto/wire.h"

namespace gp::dto {

using nlohmann::json;

void to_json(json& j, const NotificationDto& v) {
  j = {{"id", v.id}, {"at", v.at}, {"kind", v.kind}, {"title_zh", v.title_zh}, {"title_en", v.title_en}, {"body_zh", v.body_zh},
       {"body_en", v.body_en}, {"read", v.read}, {"application_number", opt(v.application_number)}};
}
void from_json(const json& j, NotificationDto& v) {
  need(j, "id", v.id);
  need(j, "at", v.at);
  need(j, "kind", v.kind);
  need(j, "title_zh", v.title_zh);
  need(j, "title_en", v.title_en);
  need(j, "body_zh", v.body_zh);
  need(j, "body_en", v.body_en);
  need(j, "read", v.read);
  maybe(j, "application_number", v.application_number);
}

void to_json(json& j, const NotificationPageDto& v) { j = {{"items", v.items}, {"unread", v.unread}, {"last_id", v.last_id}}; }
void from_json(const json& j, NotificationPageDto& v) {
  need_list(j, "items", v.items);
  need(j, "unread", v.unread);
  need(j, "last_id", v.last_id);
}

void to_json(json& j, const ReservationDto& v) {
  j = {{"number", v.number}, {"channel", v.channel}, {"name", v.name}, {"address", v.address}, {"business", v.business},
       {"customer_type", v.customer_type}, {"note", v.note}, {"created_at", v.created_at}, {"due_at", v.due_at},
       {"due_rule", v.due_rule}, {"due_action", v.due_action}, {"status", v.status}, {"handled_at", opt(v.handled_at)},
       {"level", v.level}, {"escalation", v.escalation}, {"remaining_seconds", v.remaining_seconds}, {"on_time", v.on_time}};
  if (v.application_number) j["application_number"] = *v.application_number;
  if (v.phone) j["phone"] = *v.phone;
  if (v.customer_manager) j["customer_manager"] = *v.customer_manager;
}
void from_json(const json& j, ReservationDto& v) {
  need(j, "number", v.number);
  need(j, "channel", v.channel);
  need(j, "name", v.name);
  need(j, "address", v.address);
  need(j, "business", v.business);
  need(j, "customer_type", v.customer_type);
  need(j, "note", v.note);
  need(j, "created_at", v.created_at);
  need(j, "due_at", v.due_at);
  need(j, "due_rule", v.due_rule);
  need(j, "due_action", v.due_action);
  need(j, "status", v.status);
  maybe(j, "handled_at", v.handled_at);
  need(j, "level", v.level);
  need(j, "escalation", v.escalation);
  need(j, "remaining_seconds", v.remaining_seconds);
  need(j, "on_time", v.on_time);
  maybe(j, "application_number", v.application_number);
  maybe(j, "phone", v.phone);
  maybe(j, "customer_manager", v.customer_manager);
}

void to_json(json& j, const ConsultationReplyDto& v) {
  j = {{"opinion", v.opinion}, {"replied_at", v.replied_at}, {"replied_by", opt(v.replied_by)}};
}
void from_json(const json& j, ConsultationReplyDto& v) {
  need(j, "opinion", v.opinion);
  need(j, "replied_at", v.replied_at);
  maybe(j, "replied_by", v.replied_by);
}

void to_json(json& j, const ConsultationDto& v) {
  j = {{"id", v.id}, {"status", v.status}, {"company", v.company}, {"credit_code", v.credit_code}, {"capacity_kw", v.capacity_kw},
       {"voltage_kv", v.voltage_kv}, {"address", v.address}, {"industry", v.industry}, {"in_provincial_park", v.in_provincial_park},
       {"asset_transfer", v.asset_transfer}, {"created_at", v.created_at}, {"preliminary_plan", v.preliminary_plan},
       {"pre_review", v.pre_review}, {"reply", opt(v.reply)}, {"note_zh", v.note_zh}, {"note_en", v.note_en}, {"rule", v.rule}};
  if (v.customer) j["customer"] = {{"id", v.customer->id}, {"name", v.customer->name}, {"phone", v.customer->phone}};
}
void from_json(const json& j, ConsultationDto& v) {
  need(j, "id", v.id);
  need(j, "status", v.status);
  need(j, "company", v.company);
  need(j, "credit_code", v.credit_code);
  need(j, "capacity_kw", v.capacity_kw);
  need(j, "voltage_kv", v.voltage_kv);
  need(j, "address", v.address);
  need(j, "industry", v.industry);
  need(j, "in_provincial_park", v.in_provincial_park);
  need(j, "asset_transfer", v.asset_transfer);
  need(j, "created_at", v.created_at);
  need(j, "preliminary_plan", v.preliminary_plan);
  need(j, "pre_review", v.pre_review);
  maybe(j, "reply", v.reply);
  need(j, "note_zh", v.note_zh);
  need(j, "note_en", v.note_en);
  need(j, "rule", v.rule);
  if (j.contains("customer")) {
    Person p;
    const json& c = j.at("customer");
    try {
      need(c, "id", p.id);
      need(c, "name", p.name);
      need(c, "phone", p.phone);
    } catch (const DecodeError& e) {
      throw DecodeError("customer." + e.path, e.what());
    }
    v.customer = p;
  }
}

void to_json(json& j, const ReservationListDto& v) { j = {{"items", v.items}, {"total", v.total}}; }
void from_json(const json& j, ReservationListDto& v) {
  need_list(j, "items", v.items);
  need(j, "total", v.total);
}

void to_json(json& j, const ConsultationPageDto& v) {
  j = {{"items", v.items}, {"total", v.total}, {"page", v.page}, {"page_size", v.page_size}};
}
void from_json(const json& j, ConsultationPageDto& v) {
  need_list(j, "items", v.items);
  need(j, "total", v.total);
  need(j, "page", v.page);
  need(j, "page_size", v.page_size);
}

void to_json(json& j, const CapacityEntryDto& v) {
  j = {{"area", v.area}, {"feeder", v.feeder}, {"voltage_kv", v.voltage_kv}, {"capacity_kva", v.capacity_kva},
       {"available_kva", v.available_kva}, {"utilization", v.utilization}, {"note", v.note}, {"updated_at", v.updated_at}};
}
void from_json(const json& j, CapacityEntryDto& v) {
  need(j, "area", v.area);
  need(j, "feeder", v.feeder);
  need(j, "voltage_kv", v.voltage_kv);
  need(j, "capacity_kva", v.capacity_kva);
  need(j, "available_kva", v.available_kva);
  need(j, "utilization", v.utilization);
  need(j, "note", v.note);
  need(j, "updated_at", v.updated_at);
}

void to_json(json& j, const CapacityAnswerDto& v) {
  j = {{"area", v.area}, {"entries", v.entries}, {"total_available_kva", v.total_available_kva}, {"queried_at", v.queried_at}, {"rule", v.rule}};
}
void from_json(const json& j, CapacityAnswerDto& v) {
  need(j, "area", v.area);
  need_list(j, "entries", v.entries);
  need(j, "total_available_kva", v.total_available_kva);
  need(j, "queried_at", v.queried_at);
  need(j, "rule", v.rule);
}

}  // namespace gp::dto
