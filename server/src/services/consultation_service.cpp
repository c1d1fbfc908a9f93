#include "services/consultation_service.h"

#include <cmath>

#include "gp/dto/desk.h"
#include "gp/reserve.h"
#include "gp/validate.h"
#include "services/json_fields.h"
#include "gp/dto/plan.h"
#include "services/service_error.h"
#include "services/trace.h"
#include "store/conn.h"
#include "store/consultations.h"

namespace gp::server {
namespace {

using nlohmann::json;
using K = ServiceError::Kind;

// The facts of the preliminary plan: the same mapping as a reserve record (rule R1), plus the
// asset-transfer flag that brings design review and mid-term inspection back (rule S5).
gp::Facts facts_of(const gp::ReserveRecord& r, bool asset_transfer) {
  gp::Facts f = gp::reserve_facts(r);
  f.asset_transfer = asset_transfer;
  return f;
}

gp::dto::PreReviewDto pre_review(bool asset_transfer) {  // gp/dto/plan.h
  if (asset_transfer)
    return {true,
            "资产移交客户：可在线提交移交工程的设计图纸，由供电公司预审并答复意见（R2）；正式申请后按供电方案进行设计审查和中间检查（S5）。",
            "Asset-transfer customer: submit the drawings of the works to be transferred online for a pre-review and the "
                   "company's opinion (R2); after the formal application, design review and mid-term inspection follow the plan (S5).",
            "R2"};
  return {false,
          "非资产移交客户无需图纸预审；设计审查和中间检查已取消（S5，重要客户除外）。",
          "Not an asset-transfer customer: no drawing pre-review is needed; design review and mid-term inspection are "
                 "abolished (S5, except for important customers).",
          "R2"};
}

gp::dto::ConsultationDto render_row(store::Conn& db, const store::ConsultationRow& row, const gp::ServiceConfig& cfg) {
  gp::ReserveRecord r;
  r.company = row.company;
  r.credit_code = row.credit_code;
  r.capacity_kw = row.capacity_kw;
  r.voltage_kv = row.voltage_kv;
  r.address = row.address;
  r.industry = gp::parse_industry(row.industry).value_or(gp::Industry::industrial);
  r.in_provincial_park = row.in_provincial_park;
  const bool asset_transfer = row.asset_transfer;
  auto plan = gp::evaluate(facts_of(r, asset_transfer), cfg);
  gp::dto::ConsultationDto d;  // the shared wire type (gp/dto/desk.h)
  d.id = row.id;
  if (row.opinion) {
    gp::dto::ConsultationReplyDto reply{*row.opinion, gp::format_datetime_cst(row.replied_at), std::nullopt};
    if (row.replied_by)
      if (auto u = store::find_user(db, *row.replied_by)) reply.replied_by = gp::dto::NameRefDto{u->id, u->name};
    d.reply = reply;
  }
  d.status = d.reply ? "replied" : "open";
  d.company = r.company;
  d.credit_code = r.credit_code;
  d.capacity_kw = r.capacity_kw;
  d.voltage_kv = r.voltage_kv;
  d.address = r.address;
  d.industry = gp::to_string(r.industry);
  d.in_provincial_park = r.in_provincial_park;
  d.asset_transfer = asset_transfer;
  d.created_at = gp::format_datetime_cst(row.created_at);
  d.preliminary_plan = plan ? json(gp::dto::plan_summary_dto(plan.value())) : json(nullptr);  // gp/dto/plan.h
  d.pre_review = pre_review(asset_transfer);
  d.note_zh = "咨询只需营业执照信息；正式申请时提供主体资格证明和产权证明即可（两证，D1）。";
  d.note_en = "A consultation needs only the business licence; the formal application needs the subject proof and the "
              "property proof (two documents, D1).";
  return d;
}

// Rule R2 (issue 15): a supply-plan consultation is answered by the people who draw supply plans
// (project managers) and the command center that supervises them; they alone see every one. Other
// staff (customer managers, admins) have no business with a firm's plans: 403. Customers: their own.
bool answers_consultations(gp::Role r) { return r == gp::Role::project_manager || r == gp::Role::command_center; }

void require_customer_or_answerer(const Caller& c) {
  if (c.role != gp::Role::customer && !answers_consultations(c.role))
    fail(K::forbidden, "forbidden", "", "供电方案咨询仅由方案人员和指挥中心处理", "supply-plan consultations are handled by project managers and the command center only");
}

json render_one(store::Conn& db, std::int64_t id, const Caller& c, const gp::ServiceConfig& cfg) {
  require_customer_or_answerer(c);
  auto row = store::find_consultation(db, id);
  if (!row) not_found("咨询", "consultation");
  if (c.role == gp::Role::customer && row->customer_id != c.user_id) not_found("咨询", "consultation");  // never another's
  return render_row(db, *row, cfg);
}

}  // namespace

json ConsultationService::create(const Caller& c, const json& body) {
  require_customer_or_answerer(c);
  fields::require_object(body);
  fields::only_keys(body, {"company", "credit_code", "capacity_kw", "voltage_kv", "address", "asset_transfer", "industry", "in_provincial_park"});
  gp::ReserveRecord r;
  r.company = fields::text(body, "company", true, 1, 100);
  r.credit_code = fields::text(body, "credit_code", true, 1, 18);
  if (auto e = gp::validate::social_credit_code(r.credit_code, "credit_code")) fail(K::invalid, *e);
  r.capacity_kw = *fields::number(body, "capacity_kw", true, 0, 1'000'000);
  r.voltage_kv = *fields::number(body, "voltage_kv", true, 0, 1000);
  bool hv = false;
  for (double kv : {10.0, 35.0, 110.0}) hv = hv || std::fabs(kv - r.voltage_kv) < 1e-9;
  if (!hv)
    fail(K::invalid, "invalid", "voltage_kv", "供电方案咨询面向 10、35、110 千伏客户（R2）；低压客户可直接在线申请",
         "supply-plan consultation is for 10, 35 and 110 kV customers (R2); low-voltage customers apply online directly");
  r.address = fields::text(body, "address", true, 2, 200);
  const std::string industry = fields::text(body, "industry", false, 1, 40);
  if (!industry.empty()) {
    auto ind = gp::parse_industry(industry);
    if (!ind || *ind == gp::Industry::residential)
      fail(K::invalid, "invalid", "industry", "不支持的行业：" + industry, "unknown or residential industry: " + industry);
    r.industry = *ind;
  }
  r.in_provincial_park = fields::boolean(body, "in_provincial_park", false).value_or(false);
  const bool asset_transfer = fields::boolean(body, "asset_transfer", false).value_or(false);
  const auto cfg = env_.cfg.current();
  if (auto plan = gp::evaluate(facts_of(r, asset_transfer), *cfg); !plan) fail(K::invalid, plan.error());

  return env_.db.write([&](store::Conn& db) {
    const gp::Instant now = env_.clock.now();
    store::ConsultationRow row;
    row.customer_id = c.user_id;
    row.company = r.company;
    row.credit_code = r.credit_code;
    row.capacity_kw = r.capacity_kw;
    row.voltage_kv = r.voltage_kv;
    row.address = r.address;
    row.industry = gp::to_string(r.industry);
    row.in_provincial_park = r.in_provincial_park;
    row.asset_transfer = asset_transfer;
    row.created_at = now;
    const std::int64_t id = store::insert_consultation(db, row);
    trace(db, c, "consultation_created", {{"consultation", id}, {"company", r.company}, {"voltage_kv", r.voltage_kv}, {"rule", "R2"}}, now);
    return render_one(db, id, c, *cfg);
  });
}

json ConsultationService::list(const Caller& c, const std::string& status, int page, int page_size) {
  require_customer_or_answerer(c);
  auto& db = env_.db.reader();
  const auto cfg = env_.cfg.current();
  store::ConsultationQuery f;
  if (!gp::is_staff(c.role)) f.customer_id = c.user_id;
  f.status = status;
  f.limit = page_size;
  f.offset = (page - 1) * page_size;
  std::int64_t total = 0;
  gp::dto::ConsultationPageDto out;  // the shared wire type (gp/dto/desk.h)
  for (const auto& row : store::list_consultations(db, f, &total)) {
    gp::dto::ConsultationDto d = render_row(db, row, *cfg);
    if (gp::is_staff(c.role))
      if (auto u = store::find_user(db, row.customer_id)) d.customer = gp::dto::Person{u->id, u->name, u->phone, ""};
    out.items.push_back(std::move(d));
  }
  out.total = total;
  out.page = page;
  out.page_size = page_size;
  return out;
}

json ConsultationService::get(const Caller& c, std::int64_t id) {
  return render_one(env_.db.reader(), id, c, *env_.cfg.current());
}

json ConsultationService::reply(const Caller& c, std::int64_t id, const json& body) {
  if (!answers_consultations(c.role))
    fail(K::forbidden, "forbidden", "", "咨询由方案人员或指挥中心答复", "consultations are answered by project managers or the command center");
  fields::require_object(body);
  fields::only_keys(body, {"opinion"});
  const std::string opinion = fields::text(body, "opinion", true, 1, 4000);
  json out = env_.db.write([&](store::Conn& db) {
    const gp::Instant now = env_.clock.now();
    auto row = store::find_consultation(db, id);
    if (!row) not_found("咨询", "consultation");
    if (row->opinion) fail(K::conflict, "already_replied", "", "该咨询已答复", "this consultation has already been answered");
    const std::int64_t customer = row->customer_id;
    const std::string company = row->company;
    store::reply_consultation(db, id, opinion, c.user_id, now);
    trace(db, c, "consultation_replied", {{"consultation", id}, {"rule", "R2"}}, now);
    if (customer != c.user_id) {
      Notice n;
      n.user_id = customer;
      n.kind = "consultation_replied";
      n.title_zh = "供电方案咨询已答复：" + company;
      n.title_en = "Supply-plan consultation answered: " + company;
      n.body_zh = opinion;
      n.body_en = opinion;
      env_.notifier.add(db, n, now);
    }
    return render_one(db, id, c, *env_.cfg.current());
  });
  env_.notifier.announce();
  return out;
}

}  // namespace gp::server
