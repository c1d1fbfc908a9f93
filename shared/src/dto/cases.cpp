// Wire types of customer requests and reports (rule M6), call-backs and back-filled records (rule M5).
#include "gp/dto/cases.h"

#include "gp/dto/wire.h"

namespace gp::dto {

using nlohmann::json;

void to_json(json& j, const CaseContactDto& v) {
  j = {{"name", opt(v.name)}, {"phone", opt(v.phone)}, {"customer_id", opt(v.customer_id)}};
}
void from_json(const json& j, CaseContactDto& v) {
  maybe(j, "name", v.name);
  maybe(j, "phone", v.phone);
  maybe(j, "customer_id", v.customer_id);
}

void to_json(json& j, const CaseResponsibleDto& v) {
  j = {{"department", v.department}, {"team", v.team}, {"person", v.person}};
}
void from_json(const json& j, CaseResponsibleDto& v) {
  need(j, "department", v.department);
  need(j, "team", v.team);
  need(j, "person", v.person);
}

void to_json(json& j, const CaseDto& v) {
  j = {{"number", v.number}, {"kind", v.kind}, {"category", v.category}, {"status", v.status}, {"prohibition", v.prohibition},
       {"channel", v.channel}, {"created_at", v.created_at}, {"application_number", opt(v.application_number)},
       {"anonymous", v.anonymous}, {"redacted", v.redacted}, {"text", opt(v.text)}, {"contact", opt(v.contact)},
       {"department", opt(v.department)}, {"assignee", opt(v.assignee)}, {"assigned_at", opt(v.assigned_at)},
       {"due_at", opt(v.due_at)}, {"limit_hours", v.limit_hours}, {"limit_source", v.limit_source}, {"level", v.level},
       {"answer", opt(v.answer)}, {"answered_at", opt(v.answered_at)}, {"closed_at", opt(v.closed_at)},
       {"closing_note", opt(v.closing_note)}, {"founded", opt(v.founded)}, {"responsible", opt(v.responsible)},
       {"rating", opt(v.rating)}, {"rating_comment", opt(v.rating_comment)}, {"callback_id", opt(v.callback_id)}, {"rule", v.rule}};
}
void from_json(const json& j, CaseDto& v) {
  need(j, "number", v.number);
  need(j, "kind", v.kind);
  need(j, "category", v.category);
  need(j, "status", v.status);
  need(j, "prohibition", v.prohibition);
  need(j, "channel", v.channel);
  need(j, "created_at", v.created_at);
  maybe(j, "application_number", v.application_number);
  need(j, "anonymous", v.anonymous);
  need(j, "redacted", v.redacted);
  maybe(j, "text", v.text);
  maybe(j, "contact", v.contact);
  maybe(j, "department", v.department);
  maybe(j, "assignee", v.assignee);
  maybe(j, "assigned_at", v.assigned_at);
  maybe(j, "due_at", v.due_at);
  need(j, "limit_hours", v.limit_hours);
  need(j, "limit_source", v.limit_source);
  need(j, "level", v.level);
  maybe(j, "answer", v.answer);
  maybe(j, "answered_at", v.answered_at);
  maybe(j, "closed_at", v.closed_at);
  maybe(j, "closing_note", v.closing_note);
  maybe(j, "founded", v.founded);
  maybe(j, "responsible", v.responsible);
  maybe(j, "rating", v.rating);
  maybe(j, "rating_comment", v.rating_comment);
  maybe(j, "callback_id", v.callback_id);
  need(j, "rule", v.rule);
}

void to_json(json& j, const CasePageDto& v) {
  j = {{"items", v.items}, {"total", v.total}, {"page", v.page}, {"page_size", v.page_size}};
}
void from_json(const json& j, CasePageDto& v) {
  need_list(j, "items", v.items);
  need(j, "total", v.total);
  need(j, "page", v.page);
  need(j, "page_size", v.page_size);
}

void to_json(json& j, const ProhibitionCountDto& v) {
  j = {{"category", v.category}, {"department", v.department}, {"team", v.team}, {"person", v.person}, {"count", v.count}};
}
void from_json(const json& j, ProhibitionCountDto& v) {
  need(j, "category", v.category);
  need(j, "department", v.department);
  need(j, "team", v.team);
  need(j, "person", v.person);
  need(j, "count", v.count);
}

void to_json(json& j, const ProhibitionCountsDto& v) {
  j = {{"month", v.month}, {"rows", v.rows}, {"total", v.total}, {"rule", v.rule}};
}
void from_json(const json& j, ProhibitionCountsDto& v) {
  need(j, "month", v.month);
  need_list(j, "rows", v.rows);
  need(j, "total", v.total);
  need(j, "rule", v.rule);
}

void to_json(json& j, const CallbackSaidDto& v) {
  j = {{"extra_document", v.extra_document}, {"visited_more_than_once", v.visited_more_than_once},
       {"asked_to_pay", v.asked_to_pay}, {"exceeded_time", v.exceeded_time}};
}
void from_json(const json& j, CallbackSaidDto& v) {
  need(j, "extra_document", v.extra_document);
  need(j, "visited_more_than_once", v.visited_more_than_once);
  need(j, "asked_to_pay", v.asked_to_pay);
  need(j, "exceeded_time", v.exceeded_time);
}

void to_json(json& j, const CallbackMismatchDto& v) {
  j = {{"said", v.said}, {"category", v.category}, {"zh", v.zh}, {"en", v.en}, {"case_number", v.case_number}};
}
void from_json(const json& j, CallbackMismatchDto& v) {
  need(j, "said", v.said);
  need(j, "category", v.category);
  need(j, "zh", v.zh);
  need(j, "en", v.en);
  need(j, "case_number", v.case_number);
}

void to_json(json& j, const CallbackDto& v) {
  j = {{"id", v.id}, {"application_number", opt(v.application_number)}, {"case_number", opt(v.case_number)},
       {"reached", v.reached}, {"satisfied", opt(v.satisfied)}, {"said", v.said}, {"other", v.other},
       {"mismatches", v.mismatches}, {"customer_manager", opt(v.customer_manager)}, {"recorded_by", v.recorded_by},
       {"recorded_at", v.recorded_at}, {"rule", v.rule}};
}
void from_json(const json& j, CallbackDto& v) {
  need(j, "id", v.id);
  maybe(j, "application_number", v.application_number);
  maybe(j, "case_number", v.case_number);
  need(j, "reached", v.reached);
  maybe(j, "satisfied", v.satisfied);
  need(j, "said", v.said);
  need(j, "other", v.other);
  need_list(j, "mismatches", v.mismatches);
  maybe(j, "customer_manager", v.customer_manager);
  need(j, "recorded_by", v.recorded_by);
  need(j, "recorded_at", v.recorded_at);
  need(j, "rule", v.rule);
}

void to_json(json& j, const CallbackPageDto& v) {
  j = {{"items", v.items}, {"total", v.total}, {"page", v.page}, {"page_size", v.page_size}};
}
void from_json(const json& j, CallbackPageDto& v) {
  need_list(j, "items", v.items);
  need(j, "total", v.total);
  need(j, "page", v.page);
  need(j, "page_size", v.page_size);
}

void to_json(json& j, const AccountabilityRowDto& v) {
  j = {{"manager", v.manager}, {"backfilled", v.backfilled}, {"callback_mismatches", v.callback_mismatches}};
}
void from_json(const json& j, AccountabilityRowDto& v) {
  need(j, "manager", v.manager);
  need(j, "backfilled", v.backfilled);
  need(j, "callback_mismatches", v.callback_mismatches);
}

void to_json(json& j, const AccountabilityDto& v) {
  j = {{"month", v.month}, {"managers", v.managers}, {"backfilled", v.backfilled}, {"callback_mismatches", v.callback_mismatches},
       {"backfill_after_hours", {{"value", v.backfill_after_hours}, {"source", v.backfill_source}}}, {"rule", v.rule}};
}
void from_json(const json& j, AccountabilityDto& v) {
  need(j, "month", v.month);
  need_list(j, "managers", v.managers);
  need(j, "backfilled", v.backfilled);
  need(j, "callback_mismatches", v.callback_mismatches);
  json after;
  need(j, "backfill_after_hours", after);
  try {
    need(after, "value", v.backfill_after_hours);
    need(after, "source", v.backfill_source);
  } catch (const DecodeError& e) {
    throw DecodeError("backfill_after_hours." + e.path, e.what());
  }
  need(j, "rule", v.rule);
}

}  // namespace gp::dto
