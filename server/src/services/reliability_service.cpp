#include "services/reliability_service.h"

#include "gp/dto/admin.h"
#include "gp/dto/outcomes.h"
#include "gp/csv.h"
#include "gp/dto/reliability.h"
#include "gp/reliability.h"
#include "services/json_fields.h"
#include "services/service_error.h"
#include "services/trace.h"
#include "store/conn.h"
#include "store/outages.h"
#include "store/settings.h"

namespace gp::server {
namespace {

using nlohmann::json;
using K = ServiceError::Kind;

constexpr const char* kHeader = "area,start,end,customers_affected,feeder,cause";

std::string csv_cell(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char ch : s) out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
  return out + "\"";
}

std::string csv_line(const std::vector<std::string>& cells) {
  std::string out;
  for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + csv_cell(cells[i]);
  return out;
}

void replace_first(std::string& s, const std::string& what, const std::string& with) {
  const auto p = s.find(what);
  if (p != std::string::npos) s.replace(p, what.size(), with);
}

// shared/'s parser stops at the first bad line. To report every bad line, each data row is
// checked again on its own (header + that row, where it is line 2) and the error renumbered.
std::vector<gp::Error> every_error(const std::string& text, const gp::Error& first) {
  auto rows = gp::parse_csv(text, 100000, 16);
  if (!rows || rows.value().empty()) return {first};
  const auto& rs = rows.value();
  if (first.field.rfind("line 1", 0) == 0) return {first};  // the header itself
  const std::string header = csv_line(rs[0].cells);
  std::vector<gp::Error> out;
  for (std::size_t i = 1; i < rs.size() && out.size() < 100; ++i) {
    auto one = gp::parse_outages_csv(header + "\n" + csv_line(rs[i].cells) + "\n");
    if (one) continue;
    gp::Error e = one.error();
    const std::string n = std::to_string(rs[i].line);
    replace_first(e.field, "line 2", "line " + n);
    replace_first(e.message_en, "line 2", "line " + n);
    replace_first(e.message_zh, "第 2 行", "第 " + n + " 行");
    out.push_back(e);
  }
  return out.empty() ? std::vector<gp::Error>{first} : out;
}

gp::dto::OutageDto outage_json(std::int64_t id, const gp::OutageRecord& o) {  // gp/dto/outcomes.h
  return {id, gp::to_string(o.area), gp::format_datetime_cst(o.start), gp::format_datetime_cst(o.end),
          static_cast<double>(o.end - o.start) / 3600.0, o.customers_affected, o.feeder, o.cause};
}

}  // namespace

json ReliabilityService::record(const Caller& c, const json& body) {
  fields::require_object(body);
  fields::only_keys(body, {"area", "start", "end", "customers_affected", "feeder", "cause"});
  const std::string area = fields::text(body, "area", true, 1, 10);
  const std::string start = fields::text(body, "start", true, 1, 40);
  const std::string end = fields::text(body, "end", true, 1, 40);
  const long long n = *fields::integer(body, "customers_affected", true, 0, 999'999'999);
  const std::string feeder = fields::text(body, "feeder", false, 0, 60);
  const std::string cause = fields::text(body, "cause", false, 0, 200);
  // The same checks as an imported line: shared/'s parser on a one-line file.
  auto parsed = gp::parse_outages_csv(std::string(kHeader) + "\n" + csv_line({area, start, end, std::to_string(n), feeder, cause}) + "\n");
  if (!parsed) {
    gp::Error e = parsed.error();
    replace_first(e.field, "line 2: ", "");
    replace_first(e.message_en, "line 2: ", "");
    replace_first(e.message_zh, "第 2 行 ", "");
    fail(K::invalid, e);
  }
  const gp::OutageRecord o = parsed.value().at(0);
  return env_.db.write([&](store::Conn& db) {
    const gp::Instant now = env_.clock.now();
    const std::int64_t id = store::insert_outage(db, o, c.user_id, now);
    trace(db, c, "outage_recorded", {{"outage", id}, {"area", area}, {"customers_affected", n}, {"rule", "G5"}}, now);
    return json(gp::dto::OutageRecordedDto{outage_json(id, o)});
  });
}

OutageImportResult ReliabilityService::import_csv(const Caller& c, const std::string& text) {
  auto parsed = gp::parse_outages_csv(text);
  if (!parsed) return {0, every_error(text, parsed.error())};
  const auto& list = parsed.value();
  if (list.empty()) return {0, {gp::make_error("required", "file", "文件中没有停电记录", "the file holds no outage records")}};
  return env_.db.write([&](store::Conn& db) {
    const gp::Instant now = env_.clock.now();
    for (const auto& o : list) store::insert_outage(db, o, c.user_id, now);
    trace(db, c, "outages_imported", {{"count", list.size()}, {"rule", "G5"}}, now);
    return OutageImportResult{static_cast<int>(list.size()), {}};
  });
}

json ReliabilityService::set_customers(const Caller& c, const json& body) {
  fields::require_object(body);
  fields::only_keys(body, {"urban", "rural"});
  const long long urban = *fields::integer(body, "urban", true, 1, 1'000'000'000);
  const long long rural = *fields::integer(body, "rural", true, 1, 1'000'000'000);
  const json value = {{"urban", urban}, {"rural", rural}};
  env_.db.write([&](store::Conn& db) {
    store::put_setting(db, "customers_served", value.dump());
    trace(db, c, "setting_changed", {{"key", "customers_served"}, {"value", value}, {"rule", "G5"}}, env_.clock.now());
  });
  return gp::dto::CustomersServedDto{{urban, rural}};  // gp/dto/admin.h
}

json ReliabilityService::reliability(const gp::Date& from, const gp::Date& to) {
  auto& db = env_.db.reader();
  json customers = nullptr;
  if (auto stored = store::find_setting(db, "customers_served")) customers = json::parse(*stored, nullptr, false);
  if (!customers.is_object() || !customers.contains("urban") || !customers.contains("rural"))
    fail(K::conflict, "not_configured", "customers", "尚未设置城区和农村的供电客户数（PUT /api/v1/admin/settings/customers）",
         "the customers served per area are not set yet (PUT /api/v1/admin/settings/customers)");
  const gp::Instant p0 = gp::cst_midnight(from), p1 = gp::cst_midnight(to.plus_days(1));
  const std::vector<gp::OutageRecord> outages = store::outages_overlapping(db, p0, p1);
  const auto figures = gp::compute_reliability(outages, from, to, customers.at("urban").get<long long>(), customers.at("rural").get<long long>());
  // Each area's figures carry their targets (asai_target, meets_*) from shared/; the body is the
  // shared wire type (gp/dto/reliability.h).
  gp::dto::ReliabilityBody out;
  out.from = from.iso();
  out.to = to.iso();
  out.urban_customers = customers.at("urban").get<long long>();
  out.rural_customers = customers.at("rural").get<long long>();
  out.outages = static_cast<long long>(outages.size());
  for (const auto& r : figures) (r.area == gp::Area::urban ? out.urban : out.rural) = gp::dto::area_reliability_dto(r);
  return out;
}

}  // namespace gp::server
