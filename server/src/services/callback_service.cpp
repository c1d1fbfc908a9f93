// Telephone call-backs and back-filled records (rule M5); see callback_service.h.
#include "services/callback_service.h"

#include <map>

#include "gp/cases.h"
#include "gp/dto/cases.h"
#include "services/json_fields.h"
#include "services/service_error.h"
#include "services/trace.h"
#include "store/applications.h"
#include "store/backfill_counts.h"
#include "store/callbacks.h"
#include "store/cases.h"
#include "store/users.h"

namespace gp::server {
namespace {

using nlohmann::json;
using K = ServiceError::Kind;

void require_command_center(const Caller& c) {
  if (c.role != gp::Role::command_center && c.role != gp::Role::admin)
    fail(K::forbidden, "forbidden", "", "电话回访由供电服务指挥中心负责", "call-backs are the command center's");
}

gp::dto::NameRefDto name_ref(store::Conn& db, std::int64_t id) {
  auto u = store::find_user(db, id);
  return {id, u ? u->name : ""};
}

gp::dto::CallbackDto render(store::Conn& db, const store::CallbackRow& r) {
  gp::dto::CallbackDto d;
  d.id = r.id;
  if (!r.application_number.empty()) d.application_number = r.application_number;
  if (!r.case_number.empty()) d.case_number = r.case_number;
  d.reached = r.reached;
  d.satisfied = r.satisfied;
  d.said = {r.extra_document, r.visited_more_than_once, r.asked_to_pay, r.exceeded_time};
  d.other = r.other;
  for (const auto& m : json::parse(r.mismatches)) {
    gp::dto::CallbackMismatchDto x;
    x.said = m.at("said");
    const auto* cat = gp::find_case_category(m.at("category").get<std::string>());
    if (cat) x.category = {cat->code, cat->zh, cat->en};
    x.zh = m.at("zh");
    x.en = m.at("en");
    x.case_number = m.at("case_number");
    d.mismatches.push_back(x);
  }
  if (r.customer_manager_id) d.customer_manager = name_ref(db, *r.customer_manager_id);
  d.recorded_by = name_ref(db, r.recorded_by);
  d.recorded_at = gp::format_datetime_cst(r.recorded_at);
  return d;
}

bool said_flag(const json& said, const char* key) {
  auto v = fields::boolean(said, key, false);
  return v.value_or(false);
}

}  // namespace

json CallbackService::record(const Caller& c, const json& body) {
  require_command_center(c);
  fields::require_object(body);
  fields::only_keys(body, {"application_number", "case_number", "reached", "satisfied", "said", "other"});
  const std::string app_number = fields::text(body, "application_number", false, 1, 40);
  const std::string case_number = fields::text(body, "case_number", false, 1, 40);
  if (app_number.empty() == case_number.empty())
    fail(K::invalid, "required", "application_number", "请填写申请编号或诉求编号（二选一）", "give either application_number or case_number");
  gp::CallbackAnswers a;
  a.reached = *fields::boolean(body, "reached", true);
  a.satisfied = fields::boolean(body, "satisfied", false);
  if (body.contains("said")) {
    const json& said = body.at("said");
    fields::require_object(said, "said");
    fields::only_keys(said, {"extra_document", "visited_more_than_once", "asked_to_pay", "exceeded_time"}, "said.");
    try {
      a.extra_document = said_flag(said, "extra_document");
      a.visited_more_than_once = said_flag(said, "visited_more_than_once");
      a.asked_to_pay = said_flag(said, "asked_to_pay");
      a.exceeded_time = said_flag(said, "exceeded_time");
    } catch (const ServiceError& e) {
      gp::Error err = e.error();
      err.field = "said." + err.field;
      fail(e.kind(), err);
    }
  }
  a.other = fields::text(body, "other", false, 1, 1000);
  if (auto e = gp::validate_callback(a)) fail(K::invalid, *e);

  json out = env_.db.write([&](store::Conn& db) {
    const gp::Instant now = env_.clock.now();
    store::CallbackRow row;
    gp::CallbackRecord rec;
    std::optional<std::int64_t> customer_id;
    std::string phone;
    if (!app_number.empty()) {
      auto app = store::find_application_by_number(db, app_number);
      if (!app) fail(K::invalid, "invalid", "application_number", "没有该编号的申请", "no application with this number");
      const auto loaded = apps_.load(db, *app);
      // rule M5: the call-back follows energizing.
      if (loaded.state.status != gp::AppStatus::completed)
        fail(K::conflict, "not_allowed_now", "application_number", "申请送电（办结）后才回访", "call-backs follow energizing (a completed application)");
      const auto view = gp::view_of(loaded.state, *env_.cal.current(), now, env_.cfg.current()->sla);
      rec.fee_recorded = loaded.state.high_reliability_fee_fen.value_or(0) > 0;  // rule F1
      rec.on_time = view.overall.on_time;
      row.application_id = app->id;
      row.customer_manager_id = app->customer_manager_id;
      customer_id = app->customer_id;
      phone = app->contact_phone;
    } else {
      auto cs = store::find_case_by_number(db, case_number);
      // A report is not the command center's to call about (rule M6): the same answer as unknown.
      if (!cs || cs->kind == "report") fail(K::invalid, "invalid", "case_number", "没有该编号的诉求", "no case with this number");
      if (cs->status != "closed")
        fail(K::conflict, "not_allowed_now", "case_number", "诉求办结后才回访", "call-backs follow a closed case");
      rec.on_time = cs->assigned_at == 0 || (cs->answered_at && cs->answered_at <= cs->due_at);
      rec.has_limit = cs->assigned_at != 0;
      row.case_id = cs->id;
      if (cs->application_id)
        if (auto app = store::find_application(db, *cs->application_id)) row.customer_manager_id = app->customer_manager_id;
      customer_id = cs->customer_id;
      phone = cs->contact_phone;
    }
    row.reached = a.reached;
    row.satisfied = a.satisfied;
    row.extra_document = a.extra_document;
    row.visited_more_than_once = a.visited_more_than_once;
    row.asked_to_pay = a.asked_to_pay;
    row.exceeded_time = a.exceeded_time;
    row.other = a.other;
    row.recorded_by = c.user_id;
    row.recorded_at = now;
    row.id = store::insert_callback(db, row);
    // rule M5 → M6: every answer that contradicts the record opens a case.
    json mismatches = json::array();
    for (const auto& m : gp::callback_mismatches(a, rec)) {
      const std::string subject = app_number.empty() ? ("诉求 " + case_number) : ("申请 " + app_number);
      const std::string text = "电话回访（" + subject + "）：" + m.zh + "。";
      const std::string number = cases_.open_from_callback(db, c, row.id, m.category, text, row.application_id, customer_id, phone, now);
      mismatches.push_back({{"said", m.said}, {"category", m.category}, {"zh", m.zh}, {"en", m.en}, {"case_number", number}});
    }
    store::set_callback_mismatches(db, row.id, mismatches.dump(), static_cast<int>(mismatches.size()));
    trace(db, c, "callback_recorded",
          {{"callback", row.id}, {"application", app_number}, {"case", case_number}, {"reached", a.reached},
           {"satisfied", a.satisfied ? json(*a.satisfied) : json(nullptr)}, {"mismatches", mismatches.size()}, {"rule", "M5"}},
          now);
    return json(render(db, *store::find_callback(db, row.id)));
  });
  env_.notifier.announce();
  return out;
}

json CallbackService::list(const Caller& c, int page, int page_size) {
  require_command_center(c);
  auto& db = env_.db.reader();
  gp::dto::CallbackPageDto out;
  for (const auto& r : store::list_callbacks(db, (page - 1) * page_size, page_size, &out.total)) out.items.push_back(render(db, r));
  out.page = page;
  out.page_size = page_size;
  return out;
}

json CallbackService::accountability(const Caller& c, const std::string& month) {
  require_command_center(c);
  std::optional<gp::Date> start;
  if (month.size() == 7) start = gp::parse_date(month + "-01");
  if (!start) fail(K::invalid, "invalid", "month", "month 应为 YYYY-MM", "month must be YYYY-MM");
  const gp::Date next = start->month == 12 ? gp::Date{start->year + 1, 1, 1} : gp::Date{start->year, start->month + 1, 1};
  const gp::Instant from = gp::cst_midnight(*start), to = gp::cst_midnight(next);
  auto& db = env_.db.reader();
  std::map<std::int64_t, gp::dto::AccountabilityRowDto> rows;
  gp::dto::AccountabilityDto out;
  out.month = month;
  out.backfill_after_hours = env_.cfg.current()->backfill_after_hours;  // company setting
  for (const auto& [who, n] : store::backfilled_per_actor(db, from, to)) {
    auto& r = rows[who];
    r.manager = name_ref(db, who);
    r.backfilled += n;
    out.backfilled += n;
  }
  for (const auto& [who, n] : store::callback_mismatches_per_manager(db, from, to)) {
    auto& r = rows[who];
    r.manager = name_ref(db, who);
    r.callback_mismatches += n;
    out.callback_mismatches += n;
  }
  for (auto& [id, r] : rows) out.managers.push_back(r);
  return out;
}

}  // namespace gp::server
