#include "services/contractor_service.h"

#include <map>

#include "gp/contractors.h"
#include "services/json_fields.h"
#include "services/service_error.h"
#include "services/trace.h"
#include "store/conn.h"
#include "store/contractors.h"
#include "store/settings.h"

namespace gp::server {
namespace {

using nlohmann::json;
using K = ServiceError::Kind;

void require_staff_role(const Caller& c) {
  if (c.role != gp::Role::admin && c.role != gp::Role::command_center)
    fail(K::forbidden, "forbidden", "", "仅管理员和指挥中心可维护资质信息", "only admin and the command center maintain the contractor directory");
}

json record_json(const gp::ContractorRecord& r) {
  return {{"kind", r.kind}, {"categories", r.categories}, {"name", r.name}, {"credit_code", r.credit_code},
          {"licence_number", r.licence_number}, {"licence_class", r.licence_class}, {"scope", r.scope},
          {"valid_from", r.valid_from.iso()}, {"valid_until", r.valid_until.iso()}, {"county", r.county}, {"phone", r.phone}};
}

// A record from a JSON body: types first (each field named), then the shared rule's validation.
gp::ContractorRecord record_from(const json& body) {
  fields::require_object(body);
  fields::only_keys(body, {"kind", "categories", "name", "credit_code", "licence_number", "licence_class", "scope", "valid_from",
                           "valid_until", "county", "phone"});
  gp::ContractorRecord r;
  auto str = [&](const char* key) -> std::string {
    if (!body.contains(key) || body.at(key).is_null()) fail(K::invalid, "required", key, std::string(key) + " 必填", std::string(key) + " is required");
    if (!body.at(key).is_string()) fail(K::invalid, "invalid_type", key, std::string(key) + " 应为字符串", std::string(key) + " must be a string");
    return body.at(key).get<std::string>();
  };
  r.kind = str("kind");
  r.name = str("name");
  r.credit_code = str("credit_code");
  r.licence_number = str("licence_number");
  r.licence_class = str("licence_class");
  r.scope = str("scope");
  r.county = str("county");
  r.phone = str("phone");
  for (const char* key : {"valid_from", "valid_until"}) {
    auto d = gp::parse_date(str(key));
    if (!d) fail(K::invalid, "invalid", key, std::string(key) + " 应为 YYYY-MM-DD 格式的有效日期", std::string(key) + " must be a real date YYYY-MM-DD");
    (std::string(key) == "valid_from" ? r.valid_from : r.valid_until) = *d;
  }
  if (body.contains("categories") && !body.at("categories").is_null()) {
    const json& cats = body.at("categories");
    if (!cats.is_array() || cats.size() > 3) fail(K::invalid, "invalid_type", "categories", "categories 应为至多 3 项的数组", "categories must be an array of at most 3");
    for (const auto& c : cats) {
      if (!c.is_string()) fail(K::invalid, "invalid_type", "categories", "categories 的每项应为字符串", "each category must be a string");
      for (const auto& have : r.categories)
        if (have == c.get<std::string>()) fail(K::invalid, "duplicate", "categories", "类别重复", "a category appears twice");
      r.categories.push_back(c.get<std::string>());
    }
  }
  auto errors = gp::validate_contractor(r);  // rule P3
  if (!errors.empty()) fail(K::invalid, errors.front());
  return r;
}

gp::dto::ContractorDto render(const store::ContractorRow& row, const gp::Date& today, int expiring_days) {
  const gp::ContractorRecord& r = row.record;
  gp::dto::ContractorDto d;
  d.id = row.id;
  d.kind = r.kind;
  d.categories = r.categories;
  d.name = r.name;
  d.credit_code = r.credit_code;
  d.licence_number = r.licence_number;
  d.licence_class = r.licence_class;
  d.scope = r.scope;
  d.valid_from = r.valid_from.iso();
  d.valid_until = r.valid_until.iso();
  d.county = r.county;
  d.phone = r.phone;
  d.status = gp::licence_status(r, row.withdrawn_at.has_value(), today, expiring_days);  // rule P3
  d.days_left = gp::licence_days_left(r, today);
  if (row.withdrawn_at) d.withdrawn_at = gp::format_datetime_cst(*row.withdrawn_at);
  d.updated_at = gp::format_datetime_cst(row.updated_at);
  return d;
}

constexpr int kDefaultExpiringDays = 30;  // company setting (rule P3 gives no figure)
constexpr const char* kExpiringKey = "licence_expiring_days";

int read_expiring_days(store::Conn& db) {
  auto v = store::find_setting(db, kExpiringKey);
  if (!v) return kDefaultExpiringDays;
  try {
    const int d = std::stoi(*v);
    return d >= 1 && d <= 365 ? d : kDefaultExpiringDays;
  } catch (...) {
    return kDefaultExpiringDays;
  }
}

void refuse_duplicate(store::Conn& db, const gp::ContractorRecord& r, std::int64_t self) {
  const std::int64_t other = store::find_contractor_by_licence(db, r.kind, r.licence_number);
  if (other && other != self)
    fail(K::conflict, "duplicate", "licence_number", "该类单位的许可证编号 " + r.licence_number + " 已登记",
         "licence number " + r.licence_number + " is already listed for this kind");
}

}  // namespace

gp::dto::ContractorPageDto ContractorService::list(const std::string& kind, const std::string& q, const std::string& county, int page,
                                                  int page_size) {
  auto& db = env_.db.reader();
  const gp::Date today = gp::cst_date(env_.clock.now());
  const int days = read_expiring_days(db);  // company setting
  store::ContractorQuery f;
  f.kind = kind;
  f.search = q;
  f.county = county;
  f.limit = page_size;
  f.offset = (page - 1) * page_size;
  std::int64_t total = 0;
  gp::dto::ContractorPageDto out;
  for (const auto& row : store::list_contractors(db, f, &total)) out.items.push_back(render(row, today, days));
  out.total = total;
  out.page = page;
  out.page_size = page_size;
  out.today = today.iso();
  out.expiring_days = days;
  return out;
}

gp::dto::ContractorDto ContractorService::get(std::int64_t id) {
  auto& db = env_.db.reader();
  auto row = store::find_contractor(db, id);
  if (!row) not_found("单位", "contractor");
  return render(*row, gp::cst_date(env_.clock.now()), read_expiring_days(db));
}

gp::dto::ContractorDto ContractorService::create(const Caller& c, const json& body) {
  require_staff_role(c);
  const gp::ContractorRecord r = record_from(body);
  const gp::Instant now = env_.clock.now();
  const std::int64_t id = env_.db.write([&](store::Conn& db) {
    refuse_duplicate(db, r, 0);
    const std::int64_t id = store::insert_contractor(db, r, now, c.user_id);
    trace(db, c, "contractor_added", {{"id", id}, {"record", record_json(r)}, {"rule", "P3"}}, now);
    return id;
  });
  return get(id);
}

gp::dto::ContractorDto ContractorService::update(const Caller& c, std::int64_t id, const json& body) {
  require_staff_role(c);
  const gp::ContractorRecord r = record_from(body);
  const gp::Instant now = env_.clock.now();
  env_.db.write([&](store::Conn& db) {
    auto before = store::find_contractor(db, id);
    if (!before) not_found("单位", "contractor");
    refuse_duplicate(db, r, id);
    store::update_contractor(db, id, r, now, c.user_id);
    // the earlier record stays in the history (rule M5: traced; nothing overwritten silently)
    trace(db, c, "contractor_edited", {{"id", id}, {"before", record_json(before->record)}, {"after", record_json(r)}, {"rule", "P3"}}, now);
  });
  return get(id);
}

gp::dto::ContractorDto ContractorService::expire(const Caller& c, std::int64_t id, const json& body) {
  require_staff_role(c);
  fields::require_object(body);
  fields::only_keys(body, {"reason"});
  const std::string reason = fields::text(body, "reason", true, 2, 200);
  const gp::Instant now = env_.clock.now();
  env_.db.write([&](store::Conn& db) {
    auto row = store::find_contractor(db, id);
    if (!row) not_found("单位", "contractor");
    if (!store::withdraw_contractor(db, id, now, c.user_id))
      fail(K::conflict, "already_expired", "", "该单位资质已被标记为失效", "this record was already expired");
    trace(db, c, "contractor_expired", {{"id", id}, {"name", row->record.name}, {"licence_number", row->record.licence_number},
                                        {"reason", reason}, {"rule", "P3"}}, now);
  });
  return get(id);
}

ContractorImportResult ContractorService::import_json(const Caller& c, const json& items) {
  require_staff_role(c);
  gp::ContractorImport in;
  if (!items.is_array() || items.empty() || items.size() > 5000)
    return {0, {gp::make_error("invalid_type", "file", "应为 1–5000 项的 JSON 数组", "must be a JSON array of 1–5000 objects")}};
  std::map<std::string, std::size_t> seen;
  for (std::size_t i = 0; i < items.size() && in.errors.size() < 100; ++i) {
    const std::string where = "[" + std::to_string(i) + "].";
    try {
      gp::ContractorRecord r = record_from(items[i]);
      if (!seen.emplace(r.kind + "|" + r.licence_number, i).second) {
        in.errors.push_back(gp::make_error("duplicate", where + "licence_number", where + "licence_number：与前面的记录重复",
                                           where + "licence_number: duplicates an earlier item"));
        continue;
      }
      in.records.push_back(std::move(r));
      in.lines.push_back(static_cast<int>(i));
    } catch (const ServiceError& e) {
      gp::Error err = e.error();
      err.field = where + err.field;
      err.message_zh = where + err.field.substr(where.size()) + "：" + err.message_zh;
      err.message_en = where + err.field.substr(where.size()) + ": " + err.message_en;
      in.errors.push_back(std::move(err));
    }
  }
  if (!in.errors.empty()) return {0, in.errors};
  return store_import(c, in, "json");
}

ContractorImportResult ContractorService::import_csv(const Caller& c, const std::string& text) {
  require_staff_role(c);
  gp::ContractorImport in = gp::parse_contractor_csv(text);  // rule P3, all or nothing
  if (!in.errors.empty()) return {0, in.errors};
  return store_import(c, in, "csv");
}

ContractorImportResult ContractorService::store_import(const Caller& c, const gp::ContractorImport& in, const std::string& source) {
  const gp::Instant now = env_.clock.now();
  return env_.db.write([&](store::Conn& db) -> ContractorImportResult {
    std::vector<gp::Error> errors;
    for (std::size_t i = 0; i < in.records.size() && errors.size() < 100; ++i) {
      const auto& r = in.records[i];
      if (store::find_contractor_by_licence(db, r.kind, r.licence_number)) {
        const std::string where = source == "csv" ? "line " + std::to_string(in.lines[i]) + ": " : "[" + std::to_string(in.lines[i]) + "].";
        errors.push_back(gp::make_error("duplicate", where + "licence_number", where + "licence_number：" + r.licence_number + " 已登记",
                                        where + "licence_number: " + r.licence_number + " is already listed"));
      }
    }
    if (!errors.empty()) return {0, errors};  // nothing written
    json numbers = json::array();
    for (const auto& r : in.records) {
      store::insert_contractor(db, r, now, c.user_id);
      if (numbers.size() < 50) numbers.push_back(r.licence_number);
    }
    trace(db, c, "contractors_imported", {{"source", source}, {"count", in.records.size()}, {"licence_numbers", numbers}, {"rule", "P3"}}, now);
    return {static_cast<int>(in.records.size()), {}};
  });
}

}  // namespace gp::server

namespace gp::server {

int ContractorService::expiring_days() { return read_expiring_days(env_.db.reader()); }

int ContractorService::set_expiring_days(const Caller& c, const json& body) {
  if (c.role != gp::Role::admin) fail(K::forbidden, "forbidden", "", "仅管理员可修改公司设定", "only admin changes company settings");
  fields::require_object(body);
  fields::only_keys(body, {"days"});
  const int days = static_cast<int>(*fields::integer(body, "days", true, 1, 365));
  const gp::Instant now = env_.clock.now();
  env_.db.write([&](store::Conn& db) {
    const int before = read_expiring_days(db);
    store::put_setting(db, kExpiringKey, std::to_string(days));
    trace(db, c, "setting_changed", {{"key", kExpiringKey}, {"before", before}, {"after", days}, {"source", "company_setting"}, {"rule", "P3"}}, now);
  });
  return days;
}

}  // namespace gp::server
