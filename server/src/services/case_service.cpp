// Customer requests and reports (rule M6); see case_service.h for who sees what.
#include "services/case_service.h"

#include <map>

#include "gp/dto/cases.h"
#include "gp/sla.h"
#include "services/json_fields.h"
#include "services/service_error.h"
#include "services/trace.h"
#include "store/applications.h"
#include "store/cases.h"
#include "store/counters.h"
#include "store/sla_marks.h"
#include "store/users.h"

namespace gp::server {
namespace {

using nlohmann::json;
using K = ServiceError::Kind;

bool is_report(const store::CaseRow& r) { return r.kind == "report"; }

// What a reader may see of one case (rule M6): nothing, the case without its text and identity, or all.
enum class Access { none, redacted, full };

Access access_of(const store::CaseRow& r, const Caller& c) {
  if (c.role == gp::Role::customer)
    return r.customer_id && *r.customer_id == c.user_id ? (is_report(r) ? Access::redacted : Access::full) : Access::none;
  if (is_report(r)) return c.role == gp::Role::discipline_inspector ? Access::full : Access::none;  // rule M6: that role only
  if (c.role == gp::Role::command_center || c.role == gp::Role::admin) return Access::full;
  if (r.assignee_id && *r.assignee_id == c.user_id) return Access::full;
  return Access::none;
}

// The desk that assigns and closes a case of this kind (rule M6).
bool is_desk(const store::CaseRow& r, const Caller& c) {
  if (is_report(r)) return c.role == gp::Role::discipline_inspector;
  return c.role == gp::Role::command_center || c.role == gp::Role::admin;
}

gp::CaseStatus status_of(const store::CaseRow& r) { return gp::parse_case_status(r.status).value_or(gp::CaseStatus::received); }

int limit_hours(const Env& env) { return env.cfg.current()->case_handling_hours; }

gp::SlaStatus clock_of(const Env& env, const store::CaseRow& r, gp::Instant now) {
  gp::SlaInput in;
  in.start = r.assigned_at;
  in.limit = static_cast<double>(r.due_at - r.assigned_at);
  if (r.answered_at) in.done = r.answered_at;
  return gp::evaluate_clock_time(in, now, env.cfg.current()->sla);
}

gp::dto::NameRefDto name_ref(store::Conn& db, std::int64_t id) {
  auto u = store::find_user(db, id);
  return {id, u ? u->name : ""};
}

gp::dto::CaseDto render(store::Conn& db, const Env& env, const store::CaseRow& r, Access a, gp::Instant now) {
  gp::dto::CaseDto d;
  d.number = r.number;
  if (auto k = gp::parse_case_kind(r.kind)) d.kind = gp::dto::code_name(gp::named(*k));
  if (const auto* cat = gp::find_case_category(r.category)) {
    d.category = {cat->code, cat->zh, cat->en};
    d.prohibition = cat->prohibition;
  }
  d.status = gp::dto::code_name(gp::named(status_of(r)));
  d.channel = r.channel;
  d.created_at = gp::format_datetime_cst(r.created_at);
  if (!r.application_number.empty()) d.application_number = r.application_number;
  d.anonymous = r.anonymous;
  d.redacted = a != Access::full;
  if (a == Access::full) {
    d.text = r.text;
    gp::dto::CaseContactDto contact;
    if (!r.contact_name.empty()) contact.name = r.contact_name;
    if (!r.contact_phone.empty()) contact.phone = r.contact_phone;
    contact.customer_id = r.customer_id;
    d.contact = contact;
  }
  if (auto dep = gp::parse_department(r.department)) d.department = gp::dto::code_name(gp::named(*dep));
  if (r.assignee_id) d.assignee = name_ref(db, *r.assignee_id);
  d.limit_hours = limit_hours(env);
  if (r.assigned_at) {
    d.assigned_at = gp::format_datetime_cst(r.assigned_at);
    d.due_at = gp::format_datetime_cst(r.due_at);
    d.limit_hours = static_cast<int>((r.due_at - r.assigned_at) / 3600);
    d.level = gp::to_string(clock_of(env, r, now).level);
  }
  d.answer = r.answer;
  if (r.answered_at) d.answered_at = gp::format_datetime_cst(r.answered_at);
  if (r.closed_at) {
    d.closed_at = gp::format_datetime_cst(r.closed_at);
    d.closing_note = r.closing_note;
    d.founded = r.founded;
  }
  if (r.responsible_person && a == Access::full) {
    gp::dto::CaseResponsibleDto resp;
    if (auto dep = gp::parse_department(r.responsible_department)) resp.department = gp::dto::code_name(gp::named(*dep));
    resp.team = r.responsible_team;
    resp.person = name_ref(db, *r.responsible_person);
    d.responsible = resp;
  }
  d.rating = r.rating;
  if (r.rating) d.rating_comment = r.rating_comment;
  if (a == Access::full) d.callback_id = r.callback_id;
  return d;
}

store::CaseRow load(store::Conn& db, const Caller& c, const std::string& number, Access* a) {
  if (number.empty() || number.size() > 40) not_found("诉求", "case");
  auto row = store::find_case_by_number(db, number);
  if (!row) not_found("诉求", "case");
  *a = access_of(*row, c);
  if (*a == Access::none) not_found("诉求", "case");  // never another's, and a report is not there for other roles
  return *row;
}

// Who hears of a case: its desk (the discipline inspectors for a report, else the command center).
std::vector<std::int64_t> desk_users(store::Conn& db, bool report) {
  std::vector<std::int64_t> out;
  for (const auto& u : store::users_with_role(db, report ? gp::Role::discipline_inspector : gp::Role::command_center))
    if (!u.disabled) out.push_back(u.id);
  return out;
}

// Notices name the case's number and kind only: a report's text never travels in one (rule M6).
void notify(const Env& env, store::Conn& db, std::int64_t user, const std::string& kind, const store::CaseRow& r,
            const std::string& what_zh, const std::string& what_en, gp::Instant now) {
  Notice n;
  n.user_id = user;
  n.kind = kind;
  const gp::Named k = gp::named(gp::parse_case_kind(r.kind).value_or(gp::CaseKind::complaint));
  n.title_zh = std::string(k.zh) + " " + r.number + " " + what_zh;
  n.title_en = std::string(k.en) + " " + r.number + " " + what_en;
  env.notifier.add(db, n, now);
}

// Events about a case: its number and kind; a report's category, text and reporter stay out (rule M6).
json event_data(const store::CaseRow& r, json extra = json::object()) {
  extra["case"] = r.number;
  extra["kind"] = r.kind;
  if (!is_report(r)) extra["category"] = r.category;
  extra["rule"] = "M6";
  return extra;
}

std::optional<gp::Date> month_start(const std::string& month) {
  if (month.size() != 7) return std::nullopt;
  return gp::parse_date(month + "-01");
}
gp::Date next_month(gp::Date d) { return d.month == 12 ? gp::Date{d.year + 1, 1, 1} : gp::Date{d.year, d.month + 1, 1}; }

}  // namespace

json CaseService::submit(const std::optional<Caller>& c, const std::string& channel, const json& body) {
  const bool by_phone = c && c->role == gp::Role::command_center;
  if (c && gp::is_staff(c->role) && !by_phone)
    fail(K::forbidden, "forbidden", "", "工作人员代客户登记诉求由供电服务指挥中心受理", "staff record requests for callers at the command center only");
  fields::require_object(body);
  fields::only_keys(body, {"kind", "category", "text", "contact_name", "contact_phone", "application_number", "anonymous"});
  gp::CaseSubmission s;
  s.kind = fields::text(body, "kind", true, 1, 40);
  s.category = fields::text(body, "category", true, 1, 40);
  s.text = fields::text(body, "text", true, gp::kCaseTextMin, gp::kCaseTextMax);
  s.contact_name = fields::text(body, "contact_name", false, 1, gp::kCaseNameMax);
  s.contact_phone = fields::text(body, "contact_phone", false, 1, 20);
  s.application_number = fields::text(body, "application_number", false, 1, 40);
  s.anonymous = fields::boolean(body, "anonymous", false).value_or(false);
  s.has_account = c && c->role == gp::Role::customer;
  if (auto e = gp::validate_case_submission(s)) fail(K::invalid, *e);  // rule M6, field-precise

  const Caller actor = c ? *c : Caller{0, gp::Role::customer, channel};
  json out = env_.db.write([&](store::Conn& db) {
    const gp::Instant now = env_.clock.now();
    store::CaseRow r;
    r.kind = s.kind;
    r.category = s.category;
    r.channel = by_phone ? "phone" : channel;
    r.text = s.text;
    r.anonymous = s.anonymous;
    r.contact_name = s.contact_name;
    r.contact_phone = s.contact_phone;
    if (by_phone) r.recorded_by = c->user_id;
    if (!s.anonymous) {
      if (s.has_account) {
        r.customer_id = c->user_id;
        if (r.contact_phone.empty())
          if (auto u = store::find_user(db, c->user_id)) r.contact_phone = u->phone;
      } else if (!r.contact_phone.empty()) {
        // A caller (or a public submitter) with an account: the case shows in their list too.
        if (auto u = store::find_user_by_phone(db, r.contact_phone); u && u->role == gp::Role::customer) r.customer_id = u->id;
      }
    }
    if (!s.application_number.empty()) {
      // rule M6: tied to an application the submitter owns, or whose phone they give; the same
      // answer for an unknown number, so it reveals nothing.
      auto app = store::find_application_by_number(db, s.application_number);
      bool ok = false;
      if (app) {
        if (s.has_account && app->customer_id == c->user_id) ok = true;
        if (!r.contact_phone.empty() && app->contact_phone == r.contact_phone) ok = true;
        if (!r.contact_phone.empty())
          if (auto owner = store::find_user(db, app->customer_id); owner && owner->phone == r.contact_phone) ok = true;
      }
      if (!ok)
        fail(K::invalid, "invalid", "application_number", "没有与您（或所填手机号）相关的该编号申请",
             "no application with this number belongs to you (or to the phone given)");
      r.application_id = app->id;
      r.application_number = app->number;
    }
    r.created_at = now;
    r.number = store::next_daily_number(db, "case", "SQ", gp::cst_date(now));
    r.id = store::insert_case(db, r);
    // rule M5: traced; a report's reporter is not (the event history is not confidential, rule M6).
    Caller who = actor;
    if (is_report(r) && !by_phone) who.user_id = 0;
    trace(db, who, "case_received", event_data(r, {{"channel", r.channel}}), now);
    for (auto u : desk_users(db, is_report(r))) notify(env_, db, u, "case_received", r, "新受理", "received", now);
    const Access a = s.has_account ? access_of(r, *c) : (by_phone ? Access::full : Access::redacted);
    return json(render(db, env_, r, a == Access::none ? Access::redacted : a, now));
  });
  env_.notifier.announce();
  return out;
}

json CaseService::list(const Caller& c, const std::string& kind, const std::string& status, int page, int page_size) {
  auto& db = env_.db.reader();
  const gp::Instant now = env_.clock.now();
  store::CaseQuery q;
  const std::vector<std::string> general = {"complaint", "opinion", "suggestion"};
  if (c.role == gp::Role::customer) {
    q.kinds = {"complaint", "report", "opinion", "suggestion"};
    q.customer_id = c.user_id;
  } else if (c.role == gp::Role::discipline_inspector) {
    q.kinds = {"report"};  // rule M6: reports, to this role only
  } else if (c.role == gp::Role::command_center || c.role == gp::Role::admin) {
    q.kinds = general;     // rule M6: a report never enters the command center's queue
  } else {
    q.kinds = general;
    q.assignee_id = c.user_id;
  }
  if (!kind.empty()) {
    std::vector<std::string> only;
    for (const auto& k : q.kinds)
      if (k == kind) only.push_back(k);
    q.kinds = only;
  }
  q.status = status;
  q.limit = page_size;
  q.offset = (page - 1) * page_size;
  std::int64_t total = 0;
  gp::dto::CasePageDto out;
  for (const auto& r : store::list_cases(db, q, &total)) {
    const Access a = access_of(r, c);
    if (a == Access::none) continue;  // cannot happen by the query; never shown
    out.items.push_back(render(db, env_, r, a, now));
  }
  out.total = total;
  out.page = page;
  out.page_size = page_size;
  return out;
}

json CaseService::get(const Caller& c, const std::string& number) {
  auto& db = env_.db.reader();
  Access a;
  const auto r = load(db, c, number, &a);
  return render(db, env_, r, a, env_.clock.now());
}

json CaseService::assign(const Caller& c, const std::string& number, const json& body) {
  fields::require_object(body);
  fields::only_keys(body, {"department", "assignee"});
  const std::string dep = fields::text(body, "department", true, 1, 40);
  if (!gp::parse_department(dep))
    fail(K::invalid, "invalid", "department", "部门应为 marketing、equipment、dispatch_control、materials 或 development",
         "department must be marketing, equipment, dispatch_control, materials or development");
  const std::int64_t assignee = *fields::integer(body, "assignee", true, 1, 1LL << 53);
  json out = env_.db.write([&](store::Conn& db) {
    const gp::Instant now = env_.clock.now();
    Access a;
    auto r = load(db, c, number, &a);
    if (!is_desk(r, c)) fail(K::forbidden, "forbidden", "", "派单由供电服务指挥中心负责", "the command center assigns requests");
    auto u = store::find_user(db, assignee);
    const bool fits = u && !u->disabled && gp::is_staff(u->role) &&
                      (is_report(r) ? u->role == gp::Role::discipline_inspector : u->role != gp::Role::discipline_inspector);
    if (!fits)
      fail(K::invalid, "invalid", "assignee",
           is_report(r) ? "举报只能交由纪检人员办理" : "承办人应为在岗的工作人员",
           is_report(r) ? "a report is handled by a discipline inspector only" : "the assignee must be an active staff member");
    if (auto e = gp::check_case_step(status_of(r), gp::CaseStep::assign, r.rating.has_value())) fail(K::conflict, *e);
    const gp::Instant due = now + static_cast<gp::Instant>(limit_hours(env_)) * 3600;  // company setting
    store::assign_case(db, r.id, dep, assignee, now, due);
    trace(db, c, "case_assigned", event_data(r, {{"department", dep}, {"assignee", assignee}, {"due_at", gp::format_datetime_cst(due)}}), now);
    notify(env_, db, assignee, "case_assigned", r, "已派给您办理", "assigned to you", now);
    r = *store::find_case(db, r.id);
    return json(render(db, env_, r, access_of(r, c), now));
  });
  env_.notifier.announce();
  return out;
}

json CaseService::answer(const Caller& c, const std::string& number, const json& body) {
  fields::require_object(body);
  fields::only_keys(body, {"answer"});
  const std::string text = fields::text(body, "answer", true, 2, 4000);
  json out = env_.db.write([&](store::Conn& db) {
    const gp::Instant now = env_.clock.now();
    Access a;
    auto r = load(db, c, number, &a);
    if (!r.assignee_id || *r.assignee_id != c.user_id)
      fail(K::forbidden, "forbidden", "", "只有承办人可以答复", "only the assignee answers");
    if (auto e = gp::check_case_step(status_of(r), gp::CaseStep::answer, r.rating.has_value())) fail(K::conflict, *e);
    store::answer_case(db, r.id, text, now);
    trace(db, c, "case_answered", event_data(r), now);
    for (auto u : desk_users(db, is_report(r))) notify(env_, db, u, "case_answered", r, "已答复，待办结", "answered, to close", now);
    r = *store::find_case(db, r.id);
    return json(render(db, env_, r, access_of(r, c), now));
  });
  env_.notifier.announce();
  return out;
}

json CaseService::close(const Caller& c, const std::string& number, const json& body) {
  fields::require_object(body);
  fields::only_keys(body, {"founded", "note", "responsible_department", "responsible_team", "responsible_person"});
  gp::CaseClosing cl;
  cl.founded = *fields::boolean(body, "founded", true);
  cl.note = fields::text(body, "note", false, 1, 2000);
  cl.department = fields::text(body, "responsible_department", false, 1, 40);
  cl.team = fields::text(body, "responsible_team", false, 1, 60);
  const auto person = fields::integer(body, "responsible_person", false, 1, 1LL << 53);
  cl.has_person = person.has_value();
  json out = env_.db.write([&](store::Conn& db) {
    const gp::Instant now = env_.clock.now();
    Access a;
    auto r = load(db, c, number, &a);
    if (!is_desk(r, c)) fail(K::forbidden, "forbidden", "", "办结由供电服务指挥中心负责", "the command center closes requests");
    if (auto e = gp::validate_case_closing(cl, r.category)) fail(K::invalid, *e);  // rule M6: traced to department, team, person
    if (person) {
      auto u = store::find_user(db, *person);
      if (!u || !gp::is_staff(u->role))
        fail(K::invalid, "invalid", "responsible_person", "责任人应为本公司工作人员", "the responsible person must be a staff member");
    }
    if (auto e = gp::check_case_step(status_of(r), gp::CaseStep::close, r.rating.has_value())) fail(K::conflict, *e);
    store::close_case(db, r.id, {cl.founded, cl.note, cl.department, cl.team, person}, now);
    json data = event_data(r, {{"founded", cl.founded}});
    if (person && !is_report(r)) data["responsible_person"] = *person;
    trace(db, c, "case_closed", data, now);
    if (r.customer_id) notify(env_, db, *r.customer_id, "case_closed", r, "已办结，请评价", "closed; please rate it", now);
    r = *store::find_case(db, r.id);
    return json(render(db, env_, r, access_of(r, c), now));
  });
  env_.notifier.announce();
  return out;
}

namespace {
struct Score {
  int score = 0;
  std::string comment;
};
Score read_score(const json& body) {
  Score s;
  s.score = static_cast<int>(*fields::integer(body, "score", true, 1, 5));
  s.comment = fields::text(body, "comment", false, 1, 500);
  return s;
}
}  // namespace

json CaseService::rate(const Caller& c, const std::string& number, const json& body) {
  if (c.role != gp::Role::customer) fail(K::forbidden, "forbidden", "", "由提出诉求的客户评价", "the customer who raised it rates it");
  fields::require_object(body);
  fields::only_keys(body, {"score", "comment"});
  const Score s = read_score(body);
  return env_.db.write([&](store::Conn& db) {
    const gp::Instant now = env_.clock.now();
    Access a;
    auto r = load(db, c, number, &a);
    if (auto e = gp::check_case_step(status_of(r), gp::CaseStep::rate, r.rating.has_value())) fail(K::conflict, *e);
    store::rate_case(db, r.id, s.score, s.comment, now);
    Caller who = c;
    if (is_report(r)) who.user_id = 0;  // rule M6: the reporter stays out of the history
    trace(db, who, "case_rated", event_data(r, {{"score", s.score}}), now);
    r = *store::find_case(db, r.id);
    return json(render(db, env_, r, a, now));
  });
}

namespace {
// The case whose number and phone match (the submitter's phone, or their account's), or 404.
store::CaseRow match_public(store::Conn& db, const json& body, std::initializer_list<const char*> keys) {
  fields::require_object(body);
  fields::only_keys(body, keys);
  const std::string number = fields::text(body, "number", true, 1, 40);
  const std::string phone = fields::text(body, "phone", true, 1, 20);
  auto r = store::find_case_by_number(db, number);
  bool ok = r && !phone.empty() && r->contact_phone == phone;
  if (r && !ok && r->customer_id)
    if (auto u = store::find_user(db, *r->customer_id)) ok = u->phone == phone;
  // One answer for an unknown number and a wrong phone (like POST /track).
  if (!ok) fail(K::not_found, "not_found", "", "未找到该编号与手机号对应的诉求", "no case with this number and phone");
  return *r;
}
}  // namespace

json CaseService::lookup(const json& body) {
  auto& db = env_.db.reader();
  const auto r = match_public(db, body, {"number", "phone"});
  return render(db, env_, r, Access::redacted, env_.clock.now());  // status and outcome only, never the text
}

json CaseService::rate_public(const json& body) {
  return env_.db.write([&](store::Conn& db) {
    const gp::Instant now = env_.clock.now();
    auto r = match_public(db, body, {"number", "phone", "score", "comment"});
    const Score s = read_score(body);
    if (auto e = gp::check_case_step(status_of(r), gp::CaseStep::rate, r.rating.has_value())) fail(K::conflict, *e);
    store::rate_case(db, r.id, s.score, s.comment, now);
    trace(db, Caller{0, gp::Role::customer, "online"}, "case_rated", event_data(r, {{"score", s.score}}), now);
    r = *store::find_case(db, r.id);
    return json(render(db, env_, r, Access::redacted, now));
  });
}

json CaseService::prohibitions(const Caller& c, const std::string& month) {
  if (c.role != gp::Role::command_center && c.role != gp::Role::admin && c.role != gp::Role::discipline_inspector)
    fail(K::forbidden, "forbidden", "", "仅供指挥中心、纪检和管理人员查看", "for the command center, discipline inspection and administrators");
  const auto start = month_start(month);
  if (!start) fail(K::invalid, "invalid", "month", "month 应为 YYYY-MM", "month must be YYYY-MM");
  auto& db = env_.db.reader();
  std::vector<std::string> cats;
  for (const auto& cat : gp::case_categories())
    if (cat.prohibition) cats.push_back(cat.code);
  gp::dto::ProhibitionCountsDto out;
  out.month = month;
  for (const auto& row : store::prohibition_counts(db, cats, gp::cst_midnight(*start), gp::cst_midnight(next_month(*start)))) {
    gp::dto::ProhibitionCountDto d;
    const auto* cat = gp::find_case_category(row.category);
    d.category = {cat->code, cat->zh, cat->en};
    if (auto dep = gp::parse_department(row.department)) d.department = gp::dto::code_name(gp::named(*dep));
    d.team = row.team;
    d.person = name_ref(db, row.person);
    d.count = row.count;
    out.total += row.count;
    out.rows.push_back(d);
  }
  return out;
}

std::string CaseService::open_from_callback(store::Conn& db, const Caller& c, std::int64_t callback_id, const std::string& category,
                                            const std::string& text, std::optional<std::int64_t> application_id,
                                            std::optional<std::int64_t> customer_id, const std::string& phone, gp::Instant now) {
  store::CaseRow r;
  r.kind = "complaint";
  r.category = category;
  r.channel = "callback";
  r.text = text;
  r.customer_id = customer_id;
  r.contact_phone = phone;
  r.application_id = application_id;
  r.recorded_by = c.user_id;
  r.callback_id = callback_id;
  r.created_at = now;
  r.number = store::next_daily_number(db, "case", "SQ", gp::cst_date(now));
  r.id = store::insert_case(db, r);
  trace(db, c, "case_received", event_data(r, {{"channel", "callback"}, {"callback", callback_id}, {"rule", "M5"}}), now);
  for (auto u : desk_users(db, false)) notify(env_, db, u, "case_received", r, "回访发现不符，已立案", "opened by a call-back mismatch", now);
  return r.number;
}

int CaseService::sweep(gp::Instant now) {
  // rules M1, M2: the handling limit of every assigned case, like a reservation's clock.
  const auto open = store::assigned_cases(env_.db.reader());
  int recorded = 0;
  for (const auto& due : open) {
    if (clock_of(env_, due, now).level == gp::SlaLevel::normal) continue;
    recorded += env_.db.write([&](store::Conn& db) {
      auto r = store::find_case(db, due.id);
      if (!r || r->status != "assigned") return 0;
      const auto st = clock_of(env_, *r, now);
      const std::string subject = "case:" + std::to_string(r->id);
      int n = 0;
      for (auto [reached, mark, type] : {std::tuple{st.level != gp::SlaLevel::normal, "warning", "sla_warning"},
                                         std::tuple{st.level == gp::SlaLevel::overdue, "overdue", "sla_overdue"},
                                         std::tuple{static_cast<int>(st.escalation) >= 3, "escalation_3", "escalated"}}) {
        if (!reached || !store::record_sla_mark(db, subject, mark, now)) continue;
        ++n;
        trace(db, Caller{0, gp::Role::system, "system"}, type,
              event_data(*r, {{"subject", subject}, {"level", gp::to_string(st.level)}, {"escalation", static_cast<int>(st.escalation)}}), now);
        std::vector<std::int64_t> to = desk_users(db, is_report(*r));
        if (r->assignee_id) to.push_back(*r->assignee_id);
        if (std::string(mark) == "escalation_3")  // leadership (admins); for a report its number only
          for (const auto& u : store::users_with_role(db, gp::Role::admin)) to.push_back(u.id);
        const gp::Named nm = gp::event_named(type);
        for (auto u : to) notify(env_, db, u, type, *r, std::string("办理时限") + nm.zh, std::string("handling limit: ") + nm.en, now);
      }
      return n;
    });
  }
  return recorded;
}

}  // namespace gp::server
