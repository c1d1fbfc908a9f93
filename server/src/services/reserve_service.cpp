#include "services/reserve_service.h"

#include <set>

#include "gp/csv.h"
#include "gp/reserve.h"
#include "services/json_fields.h"
#include "services/plan_summary.h"
#include "services/service_error.h"
#include "services/trace.h"

namespace gp::server {
namespace {

using nlohmann::json;
using K = ServiceError::Kind;

constexpr const char* kCols =
    "SELECT id, approval_number, project_name, company, credit_code, address, capacity_kw, voltage_kv, industry, "
    "in_provincial_park, expected_date, contact_name, contact_phone, source, imported_at, status, application_id, "
    "converted_at FROM reserve_projects ";

gp::ReserveRecord record_of(SQLite::Statement& q) {
  gp::ReserveRecord r;
  r.approval_number = q.getColumn(1).getString();
  r.project_name = q.getColumn(2).getString();
  r.company = q.getColumn(3).getString();
  r.credit_code = q.getColumn(4).getString();
  r.address = q.getColumn(5).getString();
  r.capacity_kw = q.getColumn(6).getDouble();
  r.voltage_kv = q.getColumn(7).getDouble();
  r.industry = gp::parse_industry(q.getColumn(8).getString()).value_or(gp::Industry::industrial);
  r.in_provincial_park = q.getColumn(9).getInt() != 0;
  if (!q.getColumn(10).isNull()) r.expected_date = gp::parse_date(q.getColumn(10).getString());
  r.contact_name = q.getColumn(11).getString();
  r.contact_phone = q.getColumn(12).getString();
  return r;
}

// One record as staff see it: the record, its status and link, and its preliminary supply plan (R1).
json render_row(SQLite::Database& db, SQLite::Statement& q, const gp::ServiceConfig& cfg) {
  const gp::ReserveRecord r = record_of(q);
  json j = r;
  j["status"] = q.getColumn(15).getString();
  j["source"] = q.getColumn(13).getString();
  j["imported_at"] = gp::format_datetime_cst(q.getColumn(14).getInt64());
  j["application_number"] = nullptr;
  j["converted_at"] = q.getColumn(17).isNull() ? json(nullptr) : json(gp::format_datetime_cst(q.getColumn(17).getInt64()));
  if (!q.getColumn(16).isNull())
    if (auto app = store::find_application(db, q.getColumn(16).getInt64())) j["application_number"] = app->number;
  auto plan = gp::evaluate(gp::reserve_facts(r, cfg), cfg);
  j["preliminary_plan"] = plan ? plan_summary(plan.value()) : json(nullptr);
  j["rule"] = "R1";
  return j;
}

json render_one(SQLite::Database& db, const std::string& approval_number, const gp::ServiceConfig& cfg) {
  SQLite::Statement q(db, std::string(kCols) + "WHERE approval_number = ?");
  q.bind(1, approval_number);
  if (!q.executeStep()) not_found("储备项目", "reserve record");
  return render_row(db, q, cfg);
}

}  // namespace

ReserveImportResult ReserveService::import(const Caller& c, const std::string& format, const std::string& text) {
  const gp::Instant now = apps_.clock().now();
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

  return apps_.db().write([&](SQLite::Database& db) -> ReserveImportResult {
    std::vector<gp::Error> errors;
    for (std::size_t i = 0; i < in.records.size() && errors.size() < 100; ++i) {
      SQLite::Statement q(db, "SELECT 1 FROM reserve_projects WHERE approval_number = ?");
      q.bind(1, in.records[i].approval_number);
      if (q.executeStep())
        errors.push_back(gp::make_error("duplicate", wheres[i] + "approval_number",
                                        wheres[i] + "approval_number：" + in.records[i].approval_number + " 已在储备库中",
                                        wheres[i] + "approval_number: " + in.records[i].approval_number + " is already in the pool"));
    }
    if (!errors.empty()) return {0, errors};  // nothing written: all or nothing
    SQLite::Statement ins(db,
                          "INSERT INTO reserve_projects(approval_number, project_name, company, credit_code, address, capacity_kw, "
                          "voltage_kv, industry, in_provincial_park, expected_date, contact_name, contact_phone, source, imported_at, "
                          "imported_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    for (const auto& r : in.records) {
      ins.reset();
      ins.clearBindings();
      ins.bind(1, r.approval_number);
      ins.bind(2, r.project_name);
      ins.bind(3, r.company);
      ins.bind(4, r.credit_code);
      ins.bind(5, r.address);
      ins.bind(6, r.capacity_kw);
      ins.bind(7, r.voltage_kv);
      ins.bind(8, gp::to_string(r.industry));
      ins.bind(9, r.in_provincial_park ? 1 : 0);
      if (r.expected_date) ins.bind(10, r.expected_date->iso()); else ins.bind(10);
      ins.bind(11, r.contact_name);
      ins.bind(12, r.contact_phone);
      ins.bind(13, format);
      ins.bind(14, static_cast<std::int64_t>(now));
      ins.bind(15, c.user_id);
      ins.exec();
    }
    json numbers = json::array();
    for (std::size_t i = 0; i < in.records.size() && i < 50; ++i) numbers.push_back(in.records[i].approval_number);
    trace(db, c, "reserve_imported", {{"source", format}, {"count", in.records.size()}, {"approval_numbers", numbers}, {"rule", "R1"}}, now);
    return {static_cast<int>(in.records.size()), {}};
  });
}

json ReserveService::list(const std::string& status, const std::string& search, int page, int page_size) {
  auto& db = apps_.db().reader();
  const auto cfg = apps_.config().current();
  std::string where = "WHERE 1=1";
  if (!status.empty()) where += " AND status = :status";
  if (!search.empty())
    where += " AND (approval_number LIKE :like ESCAPE '\\' OR project_name LIKE :like ESCAPE '\\' OR company LIKE :like ESCAPE '\\')";
  auto bind_all = [&](SQLite::Statement& q) {
    if (!status.empty()) q.bind(":status", status);
    if (!search.empty()) {
      std::string esc;
      for (char ch : search) {
        if (ch == '%' || ch == '_' || ch == '\\') esc += '\\';
        esc += ch;
      }
      q.bind(":like", "%" + esc + "%");
    }
  };
  SQLite::Statement count(db, "SELECT COUNT(*) FROM reserve_projects " + where);
  bind_all(count);
  count.executeStep();
  const std::int64_t total = count.getColumn(0).getInt64();
  SQLite::Statement q(db, std::string(kCols) + where + " ORDER BY id DESC LIMIT :limit OFFSET :offset");
  bind_all(q);
  q.bind(":limit", page_size);
  q.bind(":offset", (page - 1) * page_size);
  json items = json::array();
  while (q.executeStep()) items.push_back(render_row(db, q, *cfg));
  return {{"items", items}, {"total", total}, {"page", page}, {"page_size", page_size}};
}

json ReserveService::get(const std::string& approval_number) {
  if (approval_number.empty() || approval_number.size() > 64) not_found("储备项目", "reserve record");
  return render_one(apps_.db().reader(), approval_number, *apps_.config().current());
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

  json out = apps_.db().write([&](SQLite::Database& db) {
    SQLite::Statement q(db, std::string(kCols) + "WHERE approval_number = ?");
    q.bind(1, approval_number);
    if (!q.executeStep()) not_found("储备项目", "reserve record");
    const std::int64_t id = q.getColumn(0).getInt64();
    if (q.getColumn(15).getString() == "converted")
      fail(K::conflict, "already_converted", "", "该储备项目已转为正式申请", "this reserve record has already been converted");
    const gp::ReserveRecord r = record_of(q);
    const gp::Instant now = apps_.clock().now();

    // Everything carried over (rule R3): the facts of the preliminary plan, address, contact and the
    // company as the customer; the body may correct or add facts the approval system does not hold.
    json app_body = gp::reserve_facts(r, *apps_.config().current());  // with its preliminary works (R1)
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
    SQLite::Statement u(db, "UPDATE reserve_projects SET status = 'converted', application_id = ?, converted_at = ?, converted_by = ? "
                            "WHERE id = ? AND status = 'reserve'");
    u.bind(1, row->id);
    u.bind(2, static_cast<std::int64_t>(now));
    u.bind(3, c.user_id);
    u.bind(4, id);
    if (u.exec() != 1) fail(K::conflict, "already_converted", "", "该储备项目已转为正式申请", "this reserve record has already been converted");
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
    json converted = {{"reserve", render_one(db, approval_number, *apps_.config().current())}, {"application", apps_.render(db, c, loaded)}};
    if (created.contains("claim")) converted["claim"] = created.at("claim");  // for the company's papers (issue 15)
    return converted;
  });
  apps_.notifier().announce();
  return out;
}

}  // namespace gp::server
