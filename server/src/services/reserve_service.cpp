#include "services/reserve_service.h"

#include <set>

#include "gp/dto/outcomes.h"
#include "gp/dto/wire.h"
#include "gp/csv.h"
#include "gp/dto/reserve.h"
#include "gp/reserve.h"
#include "services/json_fields.h"
#include "gp/dto/plan.h"
#include "services/service_error.h"
#include "services/trace.h"
#include "store/conn.h"
#include "store/reserve_projects.h"

namespace gp::server {
namespace {

using nlohmann::json;
using K = ServiceError::Kind;

// One record as staff see it: the record, its status and link, and its preliminary supply plan (R1).
// The shared wire type (gp/dto/reserve.h).
gp::dto::ReserveItemDto render_row(store::Conn& db, const store::ReserveProjectRow& row, const gp::ServiceConfig& cfg) {
  const gp::ReserveRecord& r = row.record;
  gp::dto::ReserveItemDto d;
  d.approval_number = r.approval_number;
  d.project_name = r.project_name;
  d.company = r.company;
  d.credit_code = r.credit_code;
  d.address = r.address;
  d.capacity_kw = r.capacity_kw;
  d.voltage_kv = r.voltage_kv;
  d.industry = gp::to_string(r.industry);
  d.in_provincial_park = r.in_provincial_park;
  if (r.expected_date) d.expected_date = r.expected_date->iso();
  d.contact_name = r.contact_name;
  d.contact_phone = r.contact_phone;
  d.status = row.status;
  d.source = row.source;
  d.imported_at = gp::format_datetime_cst(row.imported_at);
  if (row.converted_at) d.converted_at = gp::format_datetime_cst(*row.converted_at);
  if (row.application_id)
    if (auto app = store::find_application(db, *row.application_id)) d.application_number = app->number;
  auto plan = gp::evaluate(gp::reserve_facts(r, cfg), cfg);
  d.preliminary_plan = plan ? json(gp::dto::plan_summary_dto(plan.value())) : json(nullptr);  // gp/dto/plan.h
  return d;
}

gp::dto::ReserveItemDto render_one(store::Conn& db, const std::string& approval_number, const gp::ServiceConfig& cfg) {
  auto row = store::find_reserve_project(db, approval_number);
  if (!row) not_found("储备项目", "reserve record");
  return render_row(db, *row, cfg);
}

}  // namespace

ReserveImportResult ReserveService::import(const Caller& c, const std::string& format, const std::string& text) {
  const gp::Instant now = env_.clock.now();
  const gp::Date today = gp::cst_date(now);
  const bool csv = format == "csv";
  gp::ReserveImport in = csv ? gp::parse_reserve_csv(text, today) : gp::parse_reserve_json(text, today);
  if (!in.errors.empty()) return {0, in.errors};
  if (in.records.empty())
    return {0, {gp::make_error("required", "file", "文件中没有记录", "the file holds no records")}};

  // Where each record came from, to name it in errors: "line N: " (CSV) or "[i]." (JSON). The
  // CSV is read again with the same limits parse_reserve_csv uses, so rows and records align.
  std::vector<std::string> wheres;
  if (csv) {
    auto rows = gp::parse_csv(text, 20000, 32);
    for (std::size_t i = 0; i < in.records.size(); ++i)
      wheres.push_back(rows && i + 1 < rows.value().size() ? "line " + std::to_string(rows.value()[i + 1].line) + ": " : "");
  } else {
    for (std::size_t i = 0; i < in.records.size(); ++i) wheres.push_back("[" + std::to_string(i) + "].");
  }

  return env_.db.write([&](store::Conn& db) -> ReserveImportResult {
    std::vector<gp::Error> errors;
    for (std::size_t i = 0; i < in.records.size() && errors.size() < 100; ++i) {
      if (store::reserve_project_exists(db, in.records[i].approval_number))
        errors.push_back(gp::make_error("duplicate", wheres[i] + "approval_number",
                                        wheres[i] + "approval_number：" + in.records[i].approval_number + " 已在储备库中",
                                        wheres[i] + "approval_number: " + in.records[i].approval_number + " is already in the pool"));
    }
    if (!errors.empty()) return {0, errors};  // nothing written: all or nothing
    store::insert_reserve_projects(db, in.records, format, now, c.user_id);
    json numbers = json::array();
    for (std::size_t i = 0; i < in.records.size() && i < 50; ++i) numbers.push_back(in.records[i].approval_number);
    trace(db, c, "reserve_imported", {{"source", format}, {"count", in.records.size()}, {"approval_numbers", numbers}, {"rule", "R1"}}, now);
    return {static_cast<int>(in.records.size()), {}};
  });
}

json ReserveService::list(const std::string& status, const std::string& search, int page, int page_size) {
  auto& db = env_.db.reader();
  const auto cfg = env_.cfg.current();
  store::ReserveQuery f;
  f.status = status;
  f.search = search;
  f.limit = page_size;
  f.offset = (page - 1) * page_size;
  std::int64_t total = 0;
  gp::dto::ReservePageDto out;  // the shared wire type (gp/dto/reserve.h)
  for (const auto& row : store::list_reserve_projects(db, f, &total)) out.items.push_back(render_row(db, row, *cfg));
  out.total = total;
  out.page = page;
  out.page_size = page_size;
  return out;
}

json ReserveService::get(const std::string& approval_number) {
  if (approval_number.empty() || approval_number.size() > 64) not_found("储备项目", "reserve record");
  return render_one(env_.db.reader(), approval_number, *env_.cfg.current());
}

json ReserveService::convert(const Caller& c, const std::string& approval_number, const json& body) {
  if (c.role != gp::Role::customer_manager && c.role != gp::Role::command_center && c.role != gp::Role::admin)
    fail(K::forbidden, "forbidden", "", "您的角色无权转为正式申请", "your role may not convert reserve records");
  fields::require_object(body);
  static const std::set<std::string> kOwn = {"customer", "contact_phone", "contact_name", "address", "preferred_manager"};
  for (auto it = body.begin(); it != body.end(); ++it) {
    const std::string& k = it.key();
    bool fact = false;
    for (const auto& f : gp::fact_keys()) fact = fact || f == k;
    if (!kOwn.count(k) && (!fact || k == "business"))
      fail(K::invalid, "unknown_field", k, "未知字段：" + k, "unknown field: " + k);
  }
  // rule R3 with S2/S4: the conversion is proactive service by definition.
  if (body.contains("proactive") && body.at("proactive") != json(true))
    fail(K::invalid, "invalid", "proactive", "由储备项目转入的申请为主动办电（proactive 必须为 true）",
         "an application converted from the reserve pool is proactive service (proactive must be true)");
  if (body.contains("customer") && !body.at("customer").is_object())
    fail(K::invalid, "invalid_type", "customer", "customer 应为对象 {phone, name}", "customer must be an object {phone, name}");

  json out = env_.db.write([&](store::Conn& db) {
    auto project = store::find_reserve_project(db, approval_number);
    if (!project) not_found("储备项目", "reserve record");
    const std::int64_t id = project->id;
    if (project->status == "converted")
      fail(K::conflict, "already_converted", "", "该储备项目已转为正式申请", "this reserve record has already been converted");
    const gp::ReserveRecord r = project->record;
    const gp::Instant now = env_.clock.now();

    // Everything carried over (rule R3): the facts of the preliminary plan, address, contact and the
    // company as the customer; the body may correct or add facts the approval system does not hold.
    json app_body = gp::reserve_facts(r, *env_.cfg.current());  // with its preliminary works (R1)
    for (auto it = body.begin(); it != body.end(); ++it)
      if (!kOwn.count(it.key())) app_body[it.key()] = it.value();
    app_body["proactive"] = true;
    app_body["channel"] = "proactive";
    app_body["address"] = body.contains("address") ? body.at("address") : json(r.address);
    if (body.contains("contact_name")) app_body["contact_name"] = body.at("contact_name");
    else if (!r.contact_name.empty()) app_body["contact_name"] = r.contact_name;
    if (body.contains("contact_phone")) app_body["contact_phone"] = body.at("contact_phone");
    else if (!r.contact_phone.empty()) app_body["contact_phone"] = r.contact_phone;
    json customer = json::object();
    if (!r.contact_phone.empty()) customer["phone"] = r.contact_phone;
    customer["name"] = r.company;
    if (body.contains("customer"))
      for (auto it = body.at("customer").begin(); it != body.at("customer").end(); ++it) customer[it.key()] = it.value();
    app_body["customer"] = customer;
    if (body.contains("preferred_manager")) app_body["preferred_manager"] = body.at("preferred_manager");
    else if (c.role == gp::Role::customer_manager) app_body["preferred_manager"] = c.user_id;  // the converting manager keeps it

    Caller staff = c;
    staff.channel = "proactive";
    const json created = apps_.create_in(db, staff, app_body);
    auto row = store::find_application_by_number(db, created.at("number").get<std::string>());
    if (!row) throw std::runtime_error("converted application not found");
    if (!store::mark_reserve_converted(db, id, row->id, now, c.user_id)) fail(K::conflict, "already_converted", "", "该储备项目已转为正式申请", "this reserve record has already been converted");
    gp::Event e;
    e.at = now;
    e.type = "converted_from_reserve";
    e.role = c.role;
    e.channel = "proactive";
    e.data = {{"approval_number", r.approval_number}, {"project_name", r.project_name}, {"company", r.company},
              {"credit_code", r.credit_code}, {"capacity_kw", r.capacity_kw}, {"voltage_kv", r.voltage_kv},
              {"expected_date", r.expected_date ? json(r.expected_date->iso()) : json(nullptr)}, {"rule", "R3"}};
    auto loaded = apps_.load(db, *row);
    apps_.append(db, loaded, e, c.user_id, /*notify=*/false);
    gp::dto::ReserveConvertedDto converted{render_one(db, approval_number, *env_.cfg.current()), apps_.detail(db, c, loaded), std::nullopt};
    if (created.contains("claim")) converted.claim = gp::dto::decode<gp::dto::HallClaimDto>(created.at("claim"));  // the company's papers (issue 15)
    return json(converted);
  });
  env_.notifier.announce();
  return out;
}

}  // namespace gp::server
