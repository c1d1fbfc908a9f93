#include "gp/dto/published.h"

#include "gp/dto/wire.h"

namespace gp::dto {

using nlohmann::json;

void to_json(json& j, const ContractorDto& v) {
  j = {{"id", v.id}, {"kind", v.kind}, {"categories", v.categories}, {"name", v.name}, {"credit_code", v.credit_code},
       {"licence_number", v.licence_number}, {"licence_class", v.licence_class}, {"scope", v.scope},
       {"valid_from", v.valid_from}, {"valid_until", v.valid_until}, {"county", v.county}, {"phone", v.phone},
       {"status", v.status}, {"days_left", v.days_left}, {"withdrawn_at", opt(v.withdrawn_at)}, {"updated_at", v.updated_at},
       {"rule", v.rule}};
}
void from_json(const json& j, ContractorDto& v) {
  need(j, "id", v.id);
  need(j, "kind", v.kind);
  need_list(j, "categories", v.categories);
  need(j, "name", v.name);
  need(j, "credit_code", v.credit_code);
  need(j, "licence_number", v.licence_number);
  need(j, "licence_class", v.licence_class);
  need(j, "scope", v.scope);
  need(j, "valid_from", v.valid_from);
  need(j, "valid_until", v.valid_until);
  need(j, "county", v.county);
  need(j, "phone", v.phone);
  need(j, "status", v.status);
  need(j, "days_left", v.days_left);
  maybe(j, "withdrawn_at", v.withdrawn_at);
  need(j, "updated_at", v.updated_at);
  need(j, "rule", v.rule);
}

void to_json(json& j, const ContractorPageDto& v) {
  j = {{"items", v.items}, {"total", v.total}, {"page", v.page}, {"page_size", v.page_size}, {"today", v.today},
       {"expiring_days", {{"value", v.expiring_days}, {"source", v.expiring_days_source}}}};
}
void from_json(const json& j, ContractorPageDto& v) {
  need_list(j, "items", v.items);
  need(j, "total", v.total);
  need(j, "page", v.page);
  need(j, "page_size", v.page_size);
  need(j, "today", v.today);
  json e;
  need(j, "expiring_days", e);
  try {
    need(e, "value", v.expiring_days);
    need(e, "source", v.expiring_days_source);
  } catch (const DecodeError& err) {
    throw DecodeError("expiring_days." + err.path, err.what());
  }
}

void to_json(json& j, const AttachmentDto& v) {
  j = {{"id", v.id}, {"filename", v.filename}, {"mime", v.mime}, {"sha256", v.sha256}, {"size", v.size}};
}
void from_json(const json& j, AttachmentDto& v) {
  need(j, "id", v.id);
  need(j, "filename", v.filename);
  need(j, "mime", v.mime);
  need(j, "sha256", v.sha256);
  need(j, "size", v.size);
}

void to_json(json& j, const PublicationDto& v) {
  j = {{"id", v.id}, {"kind", v.kind}, {"version", v.version}, {"title", v.title}, {"body", v.body},
       {"published_at", v.published_at}, {"attachments", v.attachments}, {"current", v.current}, {"rule", v.rule}};
}
void from_json(const json& j, PublicationDto& v) {
  need(j, "id", v.id);
  need(j, "kind", v.kind);
  need(j, "version", v.version);
  need(j, "title", v.title);
  need(j, "body", v.body);
  need(j, "published_at", v.published_at);
  need_list(j, "attachments", v.attachments);
  need(j, "current", v.current);
  need(j, "rule", v.rule);
}

void to_json(json& j, const ExpiringDaysDto& v) { j = {{"days", v.days}, {"source", v.source}, {"rule", v.rule}}; }
void from_json(const json& j, ExpiringDaysDto& v) {
  need(j, "days", v.days);
  need(j, "source", v.source);
  need(j, "rule", v.rule);
}
void to_json(json& j, const PublicationListDto& v) { j = {{"items", v.items}}; }
void from_json(const json& j, PublicationListDto& v) { need_list(j, "items", v.items); }

}  // namespace gp::dto
